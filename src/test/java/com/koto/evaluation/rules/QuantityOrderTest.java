package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quantity before the noun it counts, on the learner's own words ({@link QuantityOrder}). Rows are new
 * sentences, not the sets'.
 */
class QuantityOrderTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // register; answer; accepted; category; subtype; original; correction
        "POLITE; 편의점에서 한 병 물을 샀어요.; 편의점에서 물 한 병 샀어요.; WORD_ORDER; word_order/numeral_before_noun; 한 병 물을; 물 한 병을",
        "POLITE; 세 장 우표를 주세요.; 우표 세 장 주세요.|우표 세 장 사고 싶어요.; WORD_ORDER; word_order/numeral_before_noun; 세 장 우표를; 우표 세 장을",
        "POLITE; 하나 김밥이랑 라면 주세요.; 김밥 하나랑 라면 하나 주세요.; WORD_ORDER; word_order/numeral_before_noun; 하나 김밥이랑; 김밥 하나랑",
        "POLITE; 이 세 벌 바지를 입어 봐도 돼요?; 이 바지 세 벌 입어 봐도 돼요?; WORD_ORDER; word_order/numeral_before_noun; 세 벌 바지를; 바지 세 벌을",
        "CASUAL; 둘 티켓 샀어.; 표 두 장 샀어.; WORD_ORDER; word_order/numeral_before_noun; 둘 티켓; 티켓 둘"
    })
    void theQuantityMovesAfterItsNoun(String register, String answer, String expected, String category,
            String subtype, String original, String correction) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, expected, ErrorCategory.valueOf(category),
                subtype, original, correction);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // correct answers of the same shapes pass
        "POLITE; 커피 두 잔 케이크를 하나 주세요.; 커피 두 잔하고 케이크 하나 주세요.",
        "POLITE; 떡볶이 하나 순대 하나 주세요.; 떡볶이 하나하고 순대 하나 주세요.",
        "POLITE; 한 개 가격이 얼마예요?; 한 개 가격이 얼마예요?",
        "POLITE; 두 권의 책을 빌렸어요.; 두 권의 책을 빌렸어요.",
        "POLITE; 두 사람이 왔어요.; 두 사람이 왔어요.",
        "CASUAL; 둘 사이에 앉아.; 둘 사이에 앉아.",
        "POLITE; 사과 세 개를 샀어요.; 사과 세 개 샀어요."
    })
    void aCorrectAnswerOfTheSameShapePasses(String register, String answer, String expected) {
        RuleRows.check(EVALUATOR, "quantity order", answer, expected, Register.valueOf(register), "PASS");
    }
}
