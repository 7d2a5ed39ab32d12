package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wrong number said in a verbless sentence of its own (session 25, lead; {@link MissingNumbers#otherNumberInFragment}):
 * 자리 있어요? 세 명이요. for 네 명 자리 있어요? passed, because the comparison excuses the fragment's shape and never
 * compared its number. The right number in the same shape keeps passing. Rows: answer; accepted answers ({@code |});
 * register; verdict ({@code PASS}, a subtype, or {@code NO prefix}); span ({@code original→correction} or {@code *}).
 */
class NumbersInFragmentsSession25Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = ';', value = {
            "자리 있어요? 세 명이요.; 네 명 자리 있어요?; POLITE; vocabulary/other_number; 세→네",
            "오늘 저녁 7시에 예약하고 싶어요. 세 명이요.; 오늘 저녁 7시에 네 명 예약하고 싶어요.; POLITE; vocabulary/other_number; 세→네",
            "오늘 저녁 7시에 예약되나요? 세 명이요.; 오늘 저녁 7시에 네 명 예약할 수 있어요?; POLITE; vocabulary/other_number; 세→네",
            "아메리카노 주세요. 세 잔이요.; 아메리카노 두 잔 주세요.; POLITE; vocabulary/other_number; 세→두",
            "아메리카노 주세요. 세 잔이요.; 아메리카노 두 잔 주세요.; POLITE; NO incomplete; *",
            "자리 있어요? 세 명인데요.; 네 명 자리 있어요?; POLITE; vocabulary/other_number; 세→네",
            // the right number in the same shape, in letters or digits
            "자리 있어요? 네 명이요.; 네 명 자리 있어요?; POLITE; PASS; *",
            "예약하고 싶어요. 4명이요.; 네 명 예약하고 싶어요.; POLITE; PASS; *",
            "예약하고 싶어요. 네 명이요.; 네 명 예약하고 싶어요.|4명 예약하고 싶어요.; POLITE; PASS; *",
            "아메리카노 주세요. 두 잔이요.; 아메리카노 두 잔 주세요.; POLITE; PASS; *",
            // accepted answers that count it otherwise leave the number alone
            "자리 있어요? 세 명이요.; 세 명이나 네 명 자리 있어요?; POLITE; NO vocabulary/other_number; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
