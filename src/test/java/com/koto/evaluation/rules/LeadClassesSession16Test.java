package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes the lead added in session 16, each with look-alikes that must still fail: an added 안/못 counts as a
 * negation of the accepted answer only against a predicate ({@link Certainty}'s negatesPredicate), not in a reason
 * clause the learner added before a request; 며칠 동안 = 얼마 동안 (equivalents.json); a clock time after a part of
 * the day in native numbers against digits ({@link Numerals#accept}), and 오전/아침 against 오후/저녁 as a contrast;
 * another number named as a wrong number, not a misspelling ({@link ArgumentCheck#otherNumber}). Rows written for this test, not taken from the gold sets. Verdict:
 * {@code PASS}, {@code FAIL}, {@code NOT CATEGORY}, or the category or subtype the answer fails with.
 */
class LeadClassesSession16Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // a negated reason clause added before the request (failed as an added negation before session 16)
        "못 들었어요 as the reason; 죄송한데요, 잘 못 들었어요. 크게 다시 말씀해 주실 수 있어요?; 좀 크게 말해 주세요.|조금만 더 크게 말씀해 주시겠어요?; POLITE; PASS; ; ",
        "못 알아들었어요 as the reason; 죄송한데요, 잘 못 알아들었어요. 천천히 말씀해 주실 수 있어요?; 좀 천천히 말해 주세요.|조금만 더 천천히 말씀해 주시겠어요?; POLITE; PASS; ; ",
        // a negated clause of the learner's own against another verb of the accepted answer
        "못 드리고 against 간다고; 할머니께서 주무셔서 인사 못 드리고 가. 대신 말씀 좀 전해 줘.; 할머니 주무시니까 나 간다고 인사 좀 전해 줘.; CASUAL; PASS; ; ",
        // 안 before 알다 where Korean says 모르다 stays an error
        "안 알아요 for 몰라요; 저는 운전은 할 줄 안 알아요.; 저는 운전은 할 줄 몰라요.; POLITE; VOCABULARY; ; ",
        // a negation of the accepted predicate stays an error
        "안 on the accepted adjective; 이 옷은 안 비싸요.; 이 옷은 비싸요.; POLITE; VOCABULARY; ; ",
        "못 on the accepted verb; 저는 어제 그 영화를 못 봤어요.; 저는 어제 그 영화를 봤어요.; POLITE; FAIL; ; ",
        // 며칠 동안 asks what 얼마 동안 asks (equivalents.json)
        "며칠 동안 for 얼마 동안; 이 노트북은 며칠 동안 빌릴 수 있어요?; 노트북을 얼마 동안 빌릴 수 있어요?; POLITE; PASS; ; ",
        "몇 권 asks another thing; 책을 몇 권 빌릴 수 있어요?; 책을 얼마 동안 빌릴 수 있어요?; POLITE; VOCABULARY; 몇; 얼마",
        // a clock time after a part of the day: 오후 = 저녁 before the hour; 아침 for 저녁 says another time
        "오후 일곱 시 for 저녁 7시; 토요일 오후 일곱 시에 두 명 예약할 수 있어요?; 토요일 저녁 7시에 두 명 예약하고 싶어요.; POLITE; PASS; ; ",
        "아침 for 저녁 before the hour; 토요일 아침 일곱 시에 두 명 예약할 수 있어요?; 토요일 저녁 7시에 두 명 예약하고 싶어요.; POLITE; vocabulary/contrast; 아침; 저녁",
        "아침에 for 저녁에; 내일 아침에 만나요.; 내일 저녁에 만나요.; POLITE; vocabulary/contrast; 아침에; 저녁에",
        "오후에 for 저녁에; 내일 오후에 만나요.; 내일 저녁에 만나요.; POLITE; PASS; ; ",
        // another number is another quantity, never a misspelling (was spelling/letters: 세/네 one jamo apart)
        "3잔 for 2잔; 아메리카노 3잔 주세요.; 아메리카노 2잔 주세요.; POLITE; vocabulary/other_number; 3잔; 2잔",
        "세 명 for 네 명; 세 명 예약하고 싶어요.; 네 명 예약하고 싶어요.; POLITE; vocabulary/other_number; 세; 네",
        "two notations of one number; 아메리카노 두 잔 주세요.; 아메리카노 2잔 주세요.; POLITE; PASS; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }
}
