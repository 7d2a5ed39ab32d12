package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 드리다 to an animal ({@link HumbleGiving}, session 10): the humble giving verb raises its recipient, so
 * to an animal one gives with 주다; 드리다 to an honoured person keeps passing. Answers written for this test.
 */
class HumbleGivingTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} → {4}")
    @CsvSource(delimiter = ';', value = {
        "CASUAL; 아까 고양이에게 밥을 드렸어; 고양이 밥은 아까 챙겼어; 드렸어; 줬어",
        "POLITE; 강아지한테 간식 드려도 돼요?; 강아지 간식은 괜찮아요?; 드려도; 줘도",
        "CASUAL; 비둘기한테 과자 드리지 마; 비둘기 먹이는 금지야; 드리지; 주지",
    })
    void anAnimalIsGivenWithJuda(String register, String answer, String expected, String original,
            String correction) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, expected, ErrorCategory.HONORIFIC,
                "honorific/humble_extra", original, correction);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "an honoured recipient; 할머니께 선물을 드렸어요; 할머니께 선물 드렸어요",
        "a recipient not named; 이 꽃을 선생님께 드릴 거예요; 이 꽃은 선생님께 드릴 거예요",
    })
    void drigaToAPersonPasses(String rule, String answer, String expected) {
        RuleRows.check(EVALUATOR, rule, answer, expected, Register.POLITE, "PASS");
    }
}
