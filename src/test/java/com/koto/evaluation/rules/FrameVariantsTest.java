package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 10 (eval16d): correct answers in another frame than the accepted one pass ({@link FrameVariants},
 * and the 그렇다 link after -아/어서 of {@link ClauseEndings}). Rows are new sentences, not the sets'.
 */
class FrameVariantsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // register; answer; accepted
        "CASUAL; 오늘 저녁 사 주면 안 돼?; 네가 오늘 저녁 사 주면 안 돼?",
        "POLITE; 이 서류는 어디에 내면 될까요?; 이 서류는 어디에 내야 돼요?",
        "CASUAL; 너무 졸려서 그런데 좀 자자.; 너무 졸리니까 좀 자자.",
        "CASUAL; 밖에 엄청 더워. 모자 꼭 쓰고 가!; 밖에 덥대. 모자 쓰고 가."
    })
    void aCorrectAnswerInAnotherFramePasses(String register, String answer, String expected) {
        RuleRows.check(EVALUATOR, "frame variants", answer, expected, Register.valueOf(register), "PASS");
    }
}
