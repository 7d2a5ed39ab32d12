package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Slips of form the comparison took for another word, named before the held-out gate (session 23, s23b,
 * {@link SlipsOfForm}): they fail as a certain error under their own name; real other words stay gated.
 */
class SlipsOfFormTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    /** Rows of HeldOutPrecisionTest's cost list that fail again, and made-up rows of the same shapes. */
    @ParameterizedTest(name = "{0}: {3} {4}")
    @CsvSource(delimiter = ';', textBlock = """
            머리가 아파고 학교에 못 가요.; 머리가 아파서 학교에 못 가요.; POLITE; ending/modifier_or_connective; 아파고→아파서
            내일 같이 책 빌려고 도서관에서 읽자.; 내일 같이 책 빌려서 도서관에서 읽자.; CASUAL; ending/modifier_or_connective; 빌려고→빌려서
            역까지 뛰서 가면 몇 분 걸려요?; 역까지 뛰어가면 몇 분 걸려요?; POLITE; ending/infinitive_contraction; 뛰서→뛰어서
            오늘 일찍 가 보도 될까요?; 오늘 일찍 가도 될까요?; POLITE; ending/infinitive_contraction; 보도→봐도
            주문할께요. 김밥 두 줄하고 라면 하나요.; 여기요, 김밥 두 줄하고 라면 하나 주세요.; POLITE; spelling/lgeyo; 주문할께요→주문할게요
            방학 떄 제주도 갈 거야.; 방학에 제주도 갈 거야.; CASUAL; spelling/letters; 떄→때
            아니예요, 괜찮아요.; 아니요, 괜찮아요.; POLITE; spelling/letters; 아니예요→아니에요
            배가 아파고 집에 일찍 갔어요.; 배가 아파서 집에 일찍 갔어요.; POLITE; ending/modifier_or_connective; 아파고→아파서
            """)
    void aSlipOfFormFailsUnderItsOwnName(String answer, String accepted, Register register, String subtype, String span) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, register);
        assertThat(e.passed()).as("%s should fail: %s", answer, e.errors()).isFalse();
        assertThat(e.errors()).as(answer).anyMatch(x -> subtype.equals(x.subtype())
                && span.equals(x.original() + "→" + x.correction()));
        assertThat(e.errors()).extracting(EvaluationError::explanation).as(answer).allMatch(t -> t != null && !t.isBlank());
    }

    /** Real other words and well-formed look-alikes: not renamed, so gated or passed as before. */
    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource(delimiter = ';', textBlock = """
            저기요, 이거 강남역 가는 버스예요?; 이 버스 강남역에 가요?|이 버스 강남역 가나요?; POLITE
            실례합니다. 2호선으로 갈아타려면 어느 쪽으로 가야 합니까?; 2호선으로 갈아타려면 어디로 가야 합니까?|2호선 환승은 어디에서 합니까?; FORMAL
            8시 영화 두 장이요.; 8시 영화 표 두 장 주세요.|여덟 시 영화 두 장 주세요.; POLITE
            한번 신어 봐도 돼요?; 한번 신어 봐도 돼요?; POLITE
            아니에요, 괜찮아요.; 아니요, 괜찮아요.; POLITE
            이 버스 서울역 가죠?; 이 버스 서울역에 가요?; POLITE
            주문할게요. 김밥 두 줄하고 라면 하나요.; 여기요, 김밥 두 줄하고 라면 하나 주세요.; POLITE
            방학 때 제주도 갈 거야.; 방학에 제주도 갈 거야.; CASUAL
            """)
    void otherWordsAndWellFormedLookAlikesAreNotRenamed(String answer, String accepted, Register register) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, register);
        assertThat(e.passed()).as("%s should pass: %s", answer, e.errors()).isTrue();
    }

    @Test
    void theClassesReadTheLearnersWord() {
        assertThat(SlipsOfForm.connectiveOnInfinitive("아파고", "아파서")).isTrue();
        assertThat(SlipsOfForm.connectiveOnInfinitive("빌려고", "빌려서")).isTrue();
        assertThat(SlipsOfForm.connectiveOnInfinitive("가면", "가서")).isFalse(); // 가 is a stem: 가면 is well-formed
        assertThat(SlipsOfForm.connectiveOnInfinitive("오니까", "오면")).isFalse();
        assertThat(SlipsOfForm.connectiveOnInfinitive("서고", "서서")).isFalse();
        assertThat(SlipsOfForm.promiseKke("할께요")).isEqualTo("할게요");
        assertThat(SlipsOfForm.promiseKke("갈께")).isEqualTo("갈게");
        assertThat(SlipsOfForm.bareStemConnective("뛰서", "")).isEqualTo("뛰어서");
        assertThat(SlipsOfForm.bareStemConnective("되서", "")).isEqualTo("돼서");
        assertThat(SlipsOfForm.bareStemConnective("가서", "")).isNull();
        assertThat(SlipsOfForm.bareStemConnective("비서", "")).isNull(); // a noun, 'secretary'
        assertThat(SlipsOfForm.bareStemConnective("보도", "신문")).isNull(); // a noun, 'report'
        assertThat(SlipsOfForm.bareStemConnective("보도", "가")).isEqualTo("봐도");
        assertThat(SlipsOfForm.pairedVowel("떄")).isEqualTo("때");
        assertThat(SlipsOfForm.pairedVowel("때")).isNull();
    }
}
