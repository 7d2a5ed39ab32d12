package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 10 (eval16a): speech levels mixed in one sentence, and 지내다 asked of an honoured listener, on
 * the learner's own words ({@link HonorificWords}, {@link SpeechLevels}): a bare 저 before adverbs and a
 * 반말 predicate (저 너무 힘들어 → 나), -(으)세요 in a sentence that calls the listener 너 (네가 … 불러 주세요 →
 * 줘), 잘 지냈습니까 to 선생님 (→ 지내셨습니까); the demonstrative 저, and the patient's own medicine asked of
 * the doctor, keep passing. Answers written for this test.
 */
class RegisterMixingTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} → {4}")
    @CsvSource(delimiter = ';', value = {
        // humble 저 with a 반말 ending (one sentence, one level)
        "CASUAL; 저 진짜 배고파. 밥 먹으러 가자; 나 진짜 배고파. 밥 먹으러 가자; 저; 나; honorific/plain_pronoun",
        "CASUAL; 저 벌써 다 했어; 나 벌써 다 했어; 저; 나; honorific/plain_pronoun",
        // 너/네가 with -(으)세요 in a casual activity
        "CASUAL; 너 먼저 앉으세요; 너 먼저 앉아; 앉으세요; 앉아; honorific/speech_level",
        "CASUAL; 네가 이 상자 좀 들어 주세요; 네가 이 상자 좀 들어 줘; 주세요; 줘; honorific/speech_level",
        // 지내다 asked of an honoured listener without -(으)시-
        "FORMAL; 교수님, 그동안 잘 지냈습니까?; 교수님, 그동안 잘 지내셨습니까?; 지냈습니까; 지내셨습니까; honorific/si_missing",
        "POLITE; 할머니, 요즘 잘 지내요?; 할머니, 요즘 건강하세요?; 지내요; 지내세요; honorific/si_missing",
    })
    void theMixedLevelIsCorrectedOnTheLearnersWord(String register, String answer, String expected,
            String original, String correction, String subtype) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, expected, ErrorCategory.HONORIFIC, subtype,
                original, correction);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // the demonstrative 저 before a noun phrase
        "CASUAL; demonstrative; 저 큰 건물 앞에서 만나자; 저 큰 건물 앞에서 보자",
        // 해요체 with 저 throughout, in a casual activity: politer than needed
        "CASUAL; politer; 저 너무 힘들어요. 좀 쉬어요; 나 너무 힘들어. 좀 쉬자",
        // the honoured form already
        "FORMAL; honoured; 선생님, 그동안 잘 지내셨습니까?; 선생님, 그동안 건강하셨습니까?",
        // the patient's own medicine, asked of the doctor called in an earlier sentence
        "FORMAL; own medicine; 선생님, 이 약은 하루에 몇 번 먹어야 합니까? 식후에 먹습니까?; 선생님, 이 약은 하루에 몇 번 먹어야 합니까? 식후에 먹으면 됩니까?",
    })
    void otherLevelsPass(String register, String rule, String answer, String expected) {
        RuleRows.variant(EVALUATOR, register + "|" + rule, answer, expected, "PASS");
    }
}
