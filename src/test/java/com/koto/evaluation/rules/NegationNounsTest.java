package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 10 (eval16d): 안/못 before a verbal noun + 하다/되다 verb or before the verb's object or
 * adverbial, where Nori misreads the noun ({@link NegationNouns}, {@link ClauseOrder}), and the 에 of a rest's place (여기에 쉬자 → 여기서, {@link ActionPlace}).
 * Rows are new sentences, not the sets'.
 */
class NegationNounsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // register; answer; accepted; category; subtype; original; correction
        "POLITE; 저는 주말에는 안 공부해요.; 저는 주말에는 공부를 안 해요.; WORD_ORDER; word_order/negation; 안 공부해요; 공부 안 해요",
        "POLITE; 이 가방은 안 할인돼요?; 이 가방도 할인돼요?; WORD_ORDER; word_order/negation; 안 할인돼요; 할인 안 돼요",
        "CASUAL; 어제 너무 바빠서 못 청소했어.; 어제 바빠서 청소 못 했어.; WORD_ORDER; word_order/negation; 못 청소했어; 청소 못 했어",
        "CASUAL; 비가 와서 못 한라산에 올라갔어.; 비가 와서 한라산에 못 올라갔어.; WORD_ORDER; word_order/negation; 못 한라산에 올라갔어; 한라산에 못 올라갔어",
        "POLITE; 저는 안 커피를 마셔요.; 저는 커피를 안 마셔요.; WORD_ORDER; word_order/negation; 안 커피를 마셔요; 커피를 안 마셔요",
        // (session 16: the place of an action in the accepted answer's own form, here its contraction 여기서)
        "CASUAL; 나 너무 힘들어. 여기에 좀 쉬자.; 나 힘들어. 여기서 좀 쉬자.; PARTICLE_WRONG; particle_wrong/location_for_action_place; 여기에; 여기서",
    })
    void caught(String register, String answer, String accepted, ErrorCategory category, String subtype,
            String original, String correction) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, accepted, category, subtype, original, correction);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        "POLITE; 오늘은 너무 안 피곤해요.; 오늘은 안 피곤해요.",
        "POLITE; 가방 안 물건을 보여 주세요.; 가방 안에 있는 물건을 보여 주세요.",
        "POLITE; 저는 주말에는 공부 안 해요.; 저는 주말에는 공부를 안 해요.",
        "POLITE; 저는 커피를 안 마셔요.; 저는 커피를 안 마셔요.",
        "POLITE; 지금은 안 필요해요.; 지금은 필요 없어요.",
    })
    void leftAlone(String register, String answer, String accepted) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(accepted.split("\\|")), List.of(), answer, "en",
                Register.valueOf(register), null));
        assertThat(e.errors()).noneMatch(err -> err.subtype() != null && err.subtype().equals("word_order/negation"));
    }
}
