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
 * The held-out gate (session 23, {@link HeldOutPrecision}): a word other than the accepted one, alone, passes
 * unsure with the model answer shown; another amount, a question about something else, or another error
 * beside it still fails.
 */
class HeldOutPrecisionTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    /** Correct answers of set AH3 (sealed in session 22) that failed on another word alone before the gate. */
    @ParameterizedTest(name = "{0} for {1}: passes unsure with the model answer")
    @CsvSource(delimiter = ';', textBlock = """
            저기요, 이거 강남역 가는 버스예요?; 이 버스 강남역에 가요?|이 버스 강남역 가나요?; POLITE
            실례합니다. 2호선으로 갈아타려면 어느 쪽으로 가야 합니까?; 2호선으로 갈아타려면 어디로 가야 합니까?|2호선 환승은 어디에서 합니까?; FORMAL
            8시 영화 두 장이요.; 8시 영화 표 두 장 주세요.|여덟 시 영화 두 장 주세요.; POLITE
            """)
    void aWordOtherThanTheAcceptedOneAloneIsLeftToTheModel(String answer, String accepted, Register register) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, register);
        assertThat(e.passed()).as("%s should pass, got %s", answer, e.errors()).isTrue();
        assertThat(e.errors()).as(answer).isEmpty();
        // below the hybrid evaluator's threshold (0.75): with a model configured, the model decides
        assertThat(e.confidence()).as(answer).isLessThanOrEqualTo(SentenceCheck.UNSURE);
        assertThat(e.score()).as(answer).isLessThan(100);
        assertThat(java.util.List.of(accepted.split("\\|"))).as("the model answer").contains(e.modelAnswer());
        assertThat(e.feedback()).as("the model answer is shown").contains(e.modelAnswer());
    }

    /**
     * The gate's cost, stated: wrong answers whose only decisive finding was another word, which failed before
     * session 23 and now pass unsure with the model answer shown (moved here from the classes that added them).
     * With a model configured they go to the model (confidence below 0.75). The slips of form the comparison had
     * named {@code vocabulary/word} (떄, 아파고, 빌려고, 뛰서, 보도, 할께요, 아니예요) are named before the gate since
     * session 23 (s23b, {@link SlipsOfForm}) and fail again: their rows are in SlipsOfFormTest. 가조 stays here: Nori's
     * dictionary has 가조 as a noun, so no criterion of the learner's word alone tells it from another word.
     */
    @ParameterizedTest(name = "{0} for {1}: left to the model")
    @CsvSource(delimiter = ';', textBlock = """
            너 생일에 뭐 할 거야?; 동생 생일에 뭐 할 거야?; CASUAL
            우리 일요일 오후에 축구 할까?; 이번 일요일 오후에 같이 축구 할래?; CASUAL
            저기요, 이 좀 더 작은 사이즈로 입어 볼 수 있어요?; 이거 더 작은 사이즈로 입어 볼 수 있을까요?; POLITE
            책이랑 사진이 들어 있어요. 상하 건 하나도 없어요.; 책하고 사진이 들어 있어요. 상하는 물건은 없어요.|책과 사진이에요. 상하기 쉬운 물건은 없어요.; POLITE
            안녕하세요 어머님 지영이 친구 데위예요. 지영이 집에 있어요?; 안녕하세요, 저는 지영이 친구 데위인데요. 지영이 집에 있어요?; POLITE
            안녕하세요, 사과 지영이 친구 데위예요. 지영이 집에 있어요?; 안녕하세요, 저는 지영이 친구 데위인데요. 지영이 집에 있어요?; POLITE
            그러는데 좀 도와주세요.; 그런데 좀 도와주세요.; POLITE
            주말에 친구랑 밥 먹자.; 주말에 우리 밥 먹자.; CASUAL
            주말에 나는 밥 먹자.; 주말에 우리 밥 먹자.; CASUAL
            음료는 이런 걸로 드릴까요?; 음료는 뭘로 드릴까요?; POLITE
            요금은 육만 원 정도 나와요.; 요금은 얼마쯤 나와요?; POLITE
            이 버스 서울역 가조?; 이 버스 서울역에 가요?; POLITE
            다음에는 재료를 넣으면 될까요?; 다음에 뭘 넣어야 해요?|이제 뭐 넣으면 돼요?; POLITE
            이 가방 몇 원이에요; 이 가방 얼마예요; POLITE
            저는 야구장을 좋아해요; 저는 야구를 좋아해요; POLITE
            그 회의실요, 내일 오후 두 시로 바뀌었대요.; 회의가 내일 오후 두 시로 바뀌었어요.; POLITE
            이 수박 몇 개예요?; 이 수박 얼마예요?; POLITE
            저기서 내려 주세요.; 여기서 내려 주세요.; POLITE
            어디 있습니다.; 여기 있습니다.; POLITE
            이 신발 몇 원이에요?; 이 신발 얼마예요?; POLITE
            내일 같이 영화관 볼래?; 내일 같이 영화 볼래?|내일 영화 같이 보러 갈래?; CASUAL
            """)
    void wrongWordsTheRulesCannotTellFromAParaphraseAreLeftToTheModel(String answer, String accepted,
            Register register) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, register);
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isTrue();
        assertThat(e.confidence()).as(answer).isLessThanOrEqualTo(SentenceCheck.UNSURE);
        assertThat(e.score()).as(answer).isLessThan(100);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', textBlock = """
            대학교 근처에 월세 오만 원 이하 원룸을 찾고 있어요.; 대학교 근처에 월세 50만 원 이하 원룸을 찾고 있어요.; POLITE; vocabulary/word
            좀 비싸지만 오천만 원에 살게요.; 좀 비싸지만 만오천 원에 살게요.; POLITE; vocabulary/word
            화장실이 언제예요?; 화장실이 어디예요?|화장실 어디에 있어요?; POLITE; vocabulary/word
            이번 주말에 어디 해?; 이번 주말에 뭐 해?|이번 주말에 뭐 할 거야?; CASUAL; vocabulary/word
            내일 같이 영화관를 볼래?; 내일 같이 영화를 볼래?; CASUAL; particle_allomorph/object
            갈색 가죽 지갑이에요. 안에 학생카드가 있었어요.; 갈색 가죽 지갑이에요. 안에 학생증이 있어요.; POLITE; tense/present
            김밥 셋이랑 라면 하나 주세요.; 김밥 2인분하고 라면 하나 주세요.; POLITE; vocabulary/word
            이것 좀 선물룡으로 포장해 주세요.; 이것 좀 선물용으로 포장해 주세요.; POLITE; spelling/letters
            화장실 한 잔 주세요; 아메리카노 한 잔 주세요; POLITE; vocabulary/word
            """)
    void anotherAmountAnotherQuestionOrAnotherErrorStillFails(String answer, String accepted, Register register,
            String subtype) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, register);
        assertThat(e.passed()).as("%s should fail", answer).isFalse();
        assertThat(e.errors()).extracting(EvaluationError::subtype).as(answer).contains(subtype);
    }

    @Test
    void amountsCountInMyriads() {
        assertThat(Numerals.amount("오만")).isEqualTo(50_000L);
        assertThat(Numerals.amount("50만")).isEqualTo(500_000L);
        assertThat(Numerals.amount("오십만")).isEqualTo(500_000L);
        assertThat(Numerals.amount("만오천")).isEqualTo(15_000L);
        assertThat(Numerals.amount("오천만")).isEqualTo(50_000_000L);
        assertThat(Numerals.amount("세")).isEqualTo(3L);
        // 'only one', 'to meet', a native numeral before 만: not amounts
        assertThat(Numerals.amount("하나만")).isNull();
        assertThat(Numerals.amount("만나요")).isNull();
        assertThat(Numerals.amount("서른만")).isNull();
    }
}
