package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 드시다 about the speaker's own eating ({@link SpeakersOwnEating}, session 10): the one who is full, and
 * the patient's own medicine asked of the doctor; an honoured eater named, and the listener's own medicine,
 * keep passing. Also 먹어 보세요 → 드셔 보세요 ({@link SuppletiveHonorifics}). Answers written for this test.
 */
class SpeakersOwnEatingTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} → {4}")
    @CsvSource(delimiter = ';', value = {
        "POLITE; 잘 먹었습니다. 너무 많이 드셔서 배가 불러요; 잘 먹었습니다. 정말 맛있었어요; 드셔서; 먹어서; honorific/si_extra",
        "POLITE; 저는 벌써 드시고 배불러요; 저는 괜찮아요. 이미 식사했어요; 드시고; 먹고; honorific/si_extra",
        "FORMAL; 약사님, 이 약은 하루에 몇 번 드셔야 됩니까?; 약사님, 이 약은 하루에 몇 번 복용해야 합니까?; 드셔야; 먹어야; honorific/si_extra",
        "POLITE; 이 떡 한번 먹어 보세요; 이 떡 맛 좀 보세요; 먹어; 드셔; honorific/verb",
    })
    void theSpeakersOwnEatingTakesMeokda(String register, String answer, String expected, String original,
            String correction, String subtype) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, expected, ErrorCategory.HONORIFIC, subtype,
                original, correction);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "POLITE|honoured eater; 할머니가 많이 드셔서 기뻐요; 할머니가 많이 드셔서 좋아요",
        "POLITE|the listener's medicine; 할머니, 약 드셨어요?; 할머니, 약은 드셨어요?",
        "POLITE|not the doctor; 선생님, 점심 드셨어요?; 선생님, 점심 식사하셨어요?",
    })
    void anotherEaterPasses(String rule, String answer, String expected) {
        RuleRows.variant(EVALUATOR, rule, answer, expected, "PASS");
    }
}
