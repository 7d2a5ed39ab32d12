package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link LeftOutNegation} (session 23, s23a): a negation every accepted answer has and the learner's answer leaves
 * out fails the answer (vocabulary/negation_left_out); other negations, fixed expressions, questions and a positive
 * accepted answer leave it alone.
 */
class LeftOutNegationSession23aTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            // short negation left out
            "저는 매운 음식을 먹어요.; 저는 매운 음식을 못 먹어요.; vocabulary/negation_left_out; 먹어요→못 먹어요",
            "오늘은 학교에 가요.; 오늘은 학교에 안 가요.; vocabulary/negation_left_out; 가요→안 가요",
            "이 버스는 시청에 가요.; 이 버스는 시청에 안 가요.; vocabulary/negation_left_out; 가요→안 가요",
            "어제 잠을 잤어요.; 어제 잠을 못 잤어요.; vocabulary/negation_left_out; 잤어요→못 잤어요",
            "저는 고기를 잘 먹어요.; 저는 고기를 잘 못 먹어요.; vocabulary/negation_left_out; 먹어요→못 먹어요",
            // formerly a stated cost in HeldOutPrecisionTest (a wrong answer left to the model): now caught
            "저는 뜨거운 음식을 잘 먹어요.; 저는 뜨거운 걸 잘 못 먹어요.; vocabulary/negation_left_out; 먹어요→못 먹어요",
            // long negation left out
            "저는 고기를 먹어요.; 저는 고기를 먹지 않아요.; vocabulary/negation_left_out; 먹어요→먹지 않아요",
            // 없다 where the learner says 있다
            "오늘은 시간이 있어요.; 오늘은 시간이 없어요.; vocabulary/negation_left_out; 있어요→없어요",
            // the learner negates otherwise: another question, left alone
            "저는 매운 음식을 안 먹어요.; 저는 매운 음식을 못 먹어요.; NO vocabulary/negation_left_out; *",
            "저는 매운 음식을 먹을 수 없어요.; 저는 매운 음식을 못 먹어요.; NO vocabulary/negation_left_out; *",
            "저는 고기를 먹지 않아요.; 저는 고기를 안 먹어요.; PASS; *",
            "오늘은 학교에 안가요.; 오늘은 학교에 안 가요.; NO vocabulary/negation_left_out; *",
            // another accepted answer is positive
            "오늘은 학교에 가요.; 오늘은 학교에 안 가요.|오늘은 학교에 가요.; PASS; *",
            // questions and offers
            "영화 보러 갈래?; 영화 보러 안 갈래?; NO vocabulary/negation_left_out; *",
            "오늘 추워요?; 오늘 안 추워요?; NO vocabulary/negation_left_out; *",
            "오늘 학교에 가요?; 오늘은 학교에 안 가요.; NO vocabulary/negation_left_out; *",
            // a question in another sentence of the accepted answer leaves the negated statement read
            "이거 매워? 나 매운 거 잘 먹어.; 이거 매워? 나 매운 거 잘 못 먹어.; vocabulary/negation_left_out; 먹어→못 먹어",
            // the formal style and the past, the learner's own form kept
            "어제 숙제를 했습니다.; 어제 숙제를 못 했습니다.; vocabulary/negation_left_out; 했습니다→못 했습니다",
            // the prohibitive is another construction
            "여기에서 사진을 찍으세요.; 여기에서 사진을 찍지 마세요.; NO vocabulary/negation_left_out; *",
            // fixed expressions are not negations
            "괜찮아요.; 괜찮아요.; PASS; *",
            "안녕하세요. 저는 민수예요.; 안녕하세요. 저는 민수예요.; PASS; *",
            // a duty with two negations is no negated predicate
            "내일은 학교에 가야 돼요.; 내일은 학교에 가지 않으면 안 돼요.; NO vocabulary/negation_left_out; *",
            // another predicate: not the negated one
            "저는 매운 음식을 좋아해요.; 저는 매운 음식을 못 먹어요.; NO vocabulary/negation_left_out; *",
    })
    void rows(String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.POLITE, answer, accepted, expected, span);
    }

    @Test
    void theExplanationNamesTheMissingNegator() {
        RuleRows.explainedIn(EVALUATOR, "저는 매운 음식을 먹어요.", "en", "저는 매운 음식을 못 먹어요.", "못 먹어요");
        RuleRows.explainedIn(EVALUATOR, "저는 매운 음식을 먹어요.", "id", "저는 매운 음식을 못 먹어요.", "못 먹어요");
        Evaluation e = RuleRows.evaluate(EVALUATOR, "오늘은 학교에 가요.", "오늘은 학교에 안 가요.", Register.POLITE);
        assertThat(e.errors()).anyMatch(x -> x.explanation().contains("안"));
    }
}
