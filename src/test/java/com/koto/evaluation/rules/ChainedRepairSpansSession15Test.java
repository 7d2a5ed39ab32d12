package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15 (eval28c): two whole-answer repairs of one category in one word (아퍼고 → 아파고, then
 * 아파고 → 아프고) are one finding whose original is the word as written (docs/blind-brief.md, "Span
 * convention"). Sentences written for this test, not taken from the gold sets.
 */
class ChainedRepairSpansSession15Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} ⇒ {2}")
    @CsvSource(delimiter = ';', value = {
        // 으-stem written with the wrong vowel and the infinitive before -고: one ending error in the word
        "배가 아퍼고 열도 나요; 배가 아프고 열도 나요; 아퍼고→아프고",
        "요즘 너무 바뻐고 피곤해요; 요즘 너무 바쁘고 피곤해요; 바뻐고→바쁘고",
        "다리가 아퍼서 쉬고 싶어요; 다리가 아파서 쉬고 싶어요; 아퍼서→아파서",
    })
    void oneErrorInOneWordIsOneFindingFromTheWordAsWritten(String answer, String accepted, String span) {
        RuleRows.learnersWordCorrected(RuleRows.evaluate(EVALUATOR, answer, accepted, Register.POLITE), answer, span);
    }

    @ParameterizedTest(name = "{0} passes")
    @CsvSource(delimiter = ';', value = {
        "배가 아프고 열도 나요; 배가 아프고 열도 나요",
        "요즘 너무 바쁘고 피곤해요; 요즘 너무 바쁘고 피곤해요",
        "다리가 아파서 쉬고 싶어요; 다리가 아파서 쉬고 싶어요",
    })
    void correctFormsStillPass(String answer, String accepted) {
        assertThat(RuleRows.evaluate(EVALUATOR, answer, accepted, Register.POLITE).passed()).as(answer).isTrue();
    }

    @ParameterizedTest(name = "{0} still fails")
    @CsvSource(delimiter = ';', value = {
        // two errors in two words stay two findings
        "손을 씻어고 밥을 먹어고 싶어요; 손을 씻고 밥을 먹고 싶어요; 씻어고; 먹어고",
    })
    void errorsInTwoWordsStayTwo(String answer, String accepted, String first, String second) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.POLITE);
        assertThat(e.passed()).isFalse();
        assertThat(e.errors()).anySatisfy(err -> assertThat(err.original()).isEqualTo(first));
        assertThat(e.errors()).anySatisfy(err -> assertThat(err.original()).isEqualTo(second));
    }
}
