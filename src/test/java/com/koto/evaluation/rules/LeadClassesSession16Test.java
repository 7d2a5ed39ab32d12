package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes the lead added in session 16, each with look-alikes that must still fail: an added 안/못 counts as a
 * negation of the accepted answer only against a predicate ({@link Certainty}'s negatesPredicate), not in a reason
 * clause the learner added before a request. Rows written for this test, not taken from the gold sets. Verdict:
 * {@code PASS}, {@code FAIL}, {@code NOT CATEGORY}, or the category or subtype the answer fails with.
 */
class LeadClassesSession16Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // a negated reason clause added before the request (failed as an added negation before session 16)
        "못 들었어요 as the reason; 죄송한데요, 잘 못 들었어요. 크게 다시 말씀해 주실 수 있어요?; 좀 크게 말해 주세요.|조금만 더 크게 말씀해 주시겠어요?; POLITE; PASS; ; ",
        "못 알아들었어요 as the reason; 죄송한데요, 잘 못 알아들었어요. 천천히 말씀해 주실 수 있어요?; 좀 천천히 말해 주세요.|조금만 더 천천히 말씀해 주시겠어요?; POLITE; PASS; ; ",
        // a negation of the accepted predicate stays an error
        "안 on the accepted adjective; 이 옷은 안 비싸요.; 이 옷은 비싸요.; POLITE; VOCABULARY; ; ",
        "못 on the accepted verb; 저는 어제 그 영화를 못 봤어요.; 저는 어제 그 영화를 봤어요.; POLITE; FAIL; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        if (verdict.equals("FAIL")) {
            RuleRows.check(EVALUATOR, rule, answer, accepted, com.koto.evaluation.Register.valueOf(register), "FAIL");
            return;
        }
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }
}
