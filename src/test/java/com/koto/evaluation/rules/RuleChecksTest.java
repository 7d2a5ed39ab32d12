package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each grammar check with cases where it must fire (the category) and where it must stay quiet
 * ({@code PASS}); {@code SPACING} passes with a spacing note. Accepted answers are separated by {@code |}.
 */
class RuleChecksTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    private static void check(String answer, String expected, String verdict) {
        Evaluation e = RuleRows.evaluateIn("id", EVALUATOR, answer, expected, Register.POLITE);
        if (verdict.equals("SPACING")) {
            assertThat(e.passed()).as("%s passes with a spacing note", answer).isTrue();
            assertThat(e.errors()).extracting(EvaluationError::category).containsExactly(ErrorCategory.SPACING);
        } else if (verdict.equals("PASS")) {
            assertThat(e.passed()).as("%s should pass, got %s", answer, e.errors()).isTrue();
            assertThat(e.errors()).extracting(EvaluationError::category)
                    .allMatch(c -> c == ErrorCategory.SPACING);
        } else {
            assertThat(e.passed()).as("%s should fail", answer).isFalse();
            assertThat(e.errors()).extracting(EvaluationError::category).contains(ErrorCategory.valueOf(verdict));
        }
    }

    @ParameterizedTest(name = "{0} ⇒ {2}")
    @CsvSource(delimiter = ';', value = {
        "커피을 주세요; 커피를 주세요; PARTICLE_ALLOMORPH",
        "커피를 주세요; 커피를 주세요; PASS",
        "서울으로 가요; 서울로 가요; PARTICLE_ALLOMORPH",
        "서울로 가요; 서울에 가요|서울로 가요; PASS",
        "지하철으로 가세요; 지하철로 가세요; PARTICLE_ALLOMORPH",
        "공항로 가 주세요; 공항으로 가 주세요; PARTICLE_ALLOMORPH",
        "짐가 두 개 있어요; 짐이 두 개 있어요; PARTICLE_ALLOMORPH",
        "저은 학생이에요; 저는 학생이에요; PARTICLE_ALLOMORPH",
        "친구과 같이 왔어요; 친구하고 같이 왔어요; PARTICLE_ALLOMORPH",
        "친구와 같이 왔어요; 친구하고 같이 왔어요; PASS",
        "아메리카노을 한 잔 주세요; 아메리카노 한 잔 주세요; PARTICLE_ALLOMORPH"
    })
    void particleAllomorph(String answer, String expected, String verdict) {
        check(answer, expected, verdict);
    }

    @ParameterizedTest(name = "{0} ⇒ {2}")
    @CsvSource(delimiter = ';', value = {
        "저는 학생예요; 저는 학생이에요; ENDING",
        "저는 학생예요; 저는 학생입니다; ENDING",
        "얼마이에요; 얼마예요; ENDING",
        "얼마에요; 얼마예요; SPELLING",
        "인도네시아 사람이예요; 인도네시아 사람이에요; SPELLING",
        "제 이름은 민수예요; 제 이름은 민수예요; PASS",
        "저는 학생이에요; 저는 학생입니다; PASS",
        "제 이름은 민수입니다; 제 이름은 민수예요; PASS",
        "아니에요; 아니에요; PASS",
        "따뜻하는 라떼 주세요; 따뜻한 라떼 주세요; ENDING",
        "만나고 반가워요; 만나서 반가워요; ENDING"
    })
    void copulaAndOtherEndings(String answer, String expected, String verdict) {
        check(answer, expected, verdict);
    }

    @ParameterizedTest(name = "{0} ⇒ {2}")
    @CsvSource(delimiter = ';', value = {
        "자카르타 왔어요; 자카르타에서 왔어요; PARTICLE_MISSING",
        "은행은 우체국 옆 있어요; 은행은 우체국 옆에 있어요; PARTICLE_MISSING",
        "친구 같이 왔어요; 친구하고 같이 왔어요; PARTICLE_MISSING",
        "짐 두 개 있어요; 짐이 두 개 있어요; PASS",
        "저기서 버스 타세요; 저기서 버스를 타세요; PASS",
        "화장실이 어디 있어요; 화장실이 어디에 있어요; PASS",
        "아메리카노 한 잔 주세요; 아메리카노 한 잔 주세요; PASS"
    })
    void particleMissing(String answer, String expected, String verdict) {
        check(answer, expected, verdict);
    }

    @ParameterizedTest(name = "{0} ⇒ {2}")
    @CsvSource(delimiter = ';', value = {
        "아메리카노가 한 잔 주세요; 아메리카노 한 잔 주세요; PARTICLE_WRONG",
        "영수증이 주세요; 영수증 주세요; PARTICLE_WRONG",
        "여기에 마실게요; 여기서 마실게요; PARTICLE_WRONG",
        "자카르타에 왔어요; 자카르타에서 왔어요; PARTICLE_WRONG",
        "동생을 선물을 줬어요; 동생한테 선물을 줬어요; PARTICLE_WRONG",
        "여권을 여기 있어요; 여권 여기 있어요; PARTICLE_WRONG",
        "저는 축구를 좋아요; 저는 축구를 좋아해요; PARTICLE_WRONG",
        "여권이 여기 있어요; 여권 여기 있어요; PASS",
        "아메리카노를 한 잔 주세요; 아메리카노 한 잔 주세요; PASS",
        "이 치마를 입어 봐도 돼요; 이 치마 입어 봐도 돼요; PASS",
        "화장실은 어디예요; 화장실이 어디예요; PASS",
        "동생에게 선물을 줬어요; 동생한테 선물을 줬어요; PASS"
    })
    void particleWrong(String answer, String expected, String verdict) {
        check(answer, expected, verdict);
    }

    @ParameterizedTest(name = "{0} ⇒ {2}")
    @CsvSource(delimiter = ';', value = {
        "선생님이 왔어요; 선생님이 오셨어요; HONORIFIC",
        "할머니께서 자요; 할머니께서 주무세요; HONORIFIC",
        "할아버지께서 밥을 먹어요; 할아버지께서 진지를 드세요; HONORIFIC",
        "아버지께서 신문을 읽어요; 아버지께서 신문을 읽으세요; HONORIFIC",
        "한국어를 공부하세요; 한국어를 공부해요; HONORIFIC",
        "동생에게 선물을 드렸어요; 동생에게 선물을 줬어요; HONORIFIC",
        "여권 여기 있어; 여권 여기 있어요; HONORIFIC",
        "아메리카노 한 잔 줘; 아메리카노 한 잔 주세요; HONORIFIC",
        "나는 학생이야; 저는 학생이에요; HONORIFIC",
        "안녕하십니까; 안녕하세요; PASS",
        "할머니가 주무세요; 할머니께서 주무세요; PASS",
        "감사해요; 감사합니다; PASS",
        "할머니께서 댁에 계세요; 할머니께서 집에 계세요; PASS"
    })
    void honorific(String answer, String expected, String verdict) {
        check(answer, expected, verdict);
    }

    @ParameterizedTest(name = "{0} ⇒ {2}")
    @CsvSource(delimiter = ';', value = {
        "카드로 계산했어요; 카드로 계산할게요; TENSE",
        "어제 도착해요; 어제 도착했어요; TENSE",
        "서울로 갈 거예요; 서울로 가요; TENSE",
        "선생님이 오세요; 선생님이 오셨어요; TENSE",
        "내일 출발했어요; 내일 출발해요; TENSE",
        "내일 출발할 거예요; 내일 출발해요; PASS",
        "카드로 계산할 거예요; 카드로 계산할게요; PASS",
        "자카르타에서 왔습니다; 자카르타에서 왔어요; PASS"
    })
    void tense(String answer, String expected, String verdict) {
        check(answer, expected, verdict);
    }

    @ParameterizedTest(name = "{0} ⇒ {2}")
    @CsvSource(delimiter = ';', value = {
        "감사함니다; 감사합니다; SPELLING",
        "안녕하새요; 안녕하세요; SPELLING",
        "괜찬아요; 괜찮아요; SPELLING",
        "정말 마시써요; 정말 맛있어요; SPELLING",
        "카드로 계산할께요; 카드로 계산할게요; SPELLING",
        "아메리카노 주세여; 아메리카노 주세요; SPELLING",
        "커피를주세요; 커피를 주세요; SPACING",
        "이 신발 좀 보여주세요; 이 신발 좀 보여 주세요; PASS"
    })
    void spellingAndSpacing(String answer, String expected, String verdict) {
        check(answer, expected, verdict);
    }

    @ParameterizedTest(name = "{0} ⇒ {2}")
    @CsvSource(delimiter = ';', value = {
        "세 개 사과 주세요; 사과 세 개 주세요; WORD_ORDER",
        "공부해요 한국어를; 한국어를 공부해요; WORD_ORDER",
        "한 잔 아메리카노 주세요; 아메리카노 한 잔 주세요; WORD_ORDER",
        "이 옷을 어제 샀어요; 어제 이 옷을 샀어요; PASS",
        "버스를 저기에서 타세요; 저기에서 버스를 타세요; PASS",
        "라떼 한 잔 주세요; 아메리카노 한 잔 주세요; VOCABULARY",
        "뜨거운 아메리카노 주세요; 아이스 아메리카노 주세요; VOCABULARY",
        "아메리카노 둘 잔 주세요; 아메리카노 두 잔 주세요; VOCABULARY",
        "사과 삼 개 주세요; 사과 세 개 주세요; VOCABULARY",
        "아메리카노 하나 주세요; 아메리카노 한 잔 주세요; PASS",
        "아메리카노 한 잔 주시겠어요?; 아메리카노 한 잔 주세요; PASS",
        "모두 얼마예요; 얼마예요; PASS",
        "아메리카노 한 잔; 아메리카노 한 잔 주세요; INCOMPLETE",
        "저는 학생; 저는 학생이에요; INCOMPLETE",
        "체크인하고; 체크인하고 싶어요; INCOMPLETE",
        "회사에서 일해요; 저는 회사에서 일해요; PASS"
    })
    void orderWordsAndCompleteness(String answer, String expected, String verdict) {
        check(answer, expected, verdict);
    }
}
