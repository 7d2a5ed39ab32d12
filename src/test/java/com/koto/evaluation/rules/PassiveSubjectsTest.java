package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 13 (helper eval22a): a passive answer against an active accepted answer. With a passive
 * predicate (noun + 되다, a -이/히/리/기- passive such as 열리다/닫히다/팔리다, -아/어 있다, -아/어지다) the
 * thing is the subject and takes 이/가 (방이 예약됐어요 for 방을 예약했어요); the reverse, 을/를 before a
 * passive (방을 예약됐어요), stays wrong. Sources: Yeon &amp; Brown, Korean: A Comprehensive Grammar
 * (passives, 되다); 표준국어대사전 "되다". Rows written for this test, not taken from the gold sets.
 * Verdict: {@code PASS}, {@code FAIL}, {@code NOT CATEGORY} or a category name, as in {@link RuleRows}.
 */
class PassiveSubjectsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        "되다 passive, past; 방이 예약됐어요.; 방을 예약했어요.; PASS",
        "되다 passive, full; 방이 예약되었어요.; 방을 예약했어요.; PASS",
        "되어 있다; 방이 예약돼 있어요.; 방을 예약했어요.; PASS",
        "되어 있다, formal; 방이 예약되어 있습니다.; 방을 예약했습니다.; PASS",
        "취소되다; 주문이 취소됐어요.; 주문을 취소했어요.; PASS",
        "배달되다; 음식이 배달됐어요.; 음식을 배달했어요.; PASS",
        "결제되다; 카드가 결제됐어요.; 카드를 결제했어요.; PASS",
        "주문되다; 커피가 주문됐어요.; 커피를 주문했어요.; PASS",
        "열리다; 문이 열렸어요.; 문을 열었어요.; PASS",
        "닫히다; 문이 닫혔어요.; 문을 닫았어요.; PASS",
        "reverse: object with 되다; 방을 예약됐어요.; 방을 예약했어요.; FAIL",
        "reverse: object with 취소되다; 주문을 취소됐어요.; 주문을 취소했어요.; FAIL",
        "reverse: object with 배달되다; 음식을 배달됐어요.; 음식을 배달했어요.; FAIL",
        "active with subject still wrong; 방이 예약했어요.; 방을 예약했어요.; PARTICLE_WRONG",
        "active with subject still wrong, 취소; 주문이 취소했어요.; 주문을 취소했어요.; PARTICLE_WRONG",
        "active 열다 with subject; 문이 열었어요.; 문을 열었어요.; PARTICLE_WRONG",
    })
    void rows(String rule, String answer, String accepted, String verdict) {
        RuleRows.check(EVALUATOR, rule, answer, accepted, com.koto.evaluation.Register.POLITE, verdict);
    }
}
