package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 18 (s18d): span convention classes (docs/blind-brief.md, "Span convention": the smallest whole word of
 * the answer that holds the error, copied as written, corrected). Each row is an answer written for this test, in
 * other scenes than the dev sets; each class has rows that keep their verdict or their span.
 * <ul>
 * <li>a wrong particle on a noun the lexicon put for the learner's is given on the learner's noun
 * ({@link LearnerSpans}, otherNoun);</li>
 * <li>a join on words the lexicon put for the learner's is given on the learner's words (joinedAsWritten);</li>
 * <li>a tense correction of a modifier before its bound noun stays a modifier (늦었을 것 → 늦을);</li>
 * <li>a tense correction keeps the learner's ending, not the accepted answer's -나요, -는데요, -네요, -겠어요
 * ({@link SpanChoices});</li>
 * <li>a plain question in a formal activity is corrected to the formal -(스)ㅂ니까;</li>
 * <li>the blend -자까 is corrected to the proposal question -(으)ㄹ까 on the learner's stem.</li>
 * </ul>
 */
class SpanConventionSession18Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // a wrong particle on the noun the lexicon put for the learner's: the learner's noun, its particle re-formed
        "통로 자리에서 부탁드립니다.; 통로 좌석으로 해 주시겠습니까?|통로 자리로 부탁드립니다.; FORMAL; 자리에서→자리로",
        // a modifier before its bound noun stays a modifier (not the accepted answer's 늦을 거예요)
        "비가 와서 좀 늦었을 것 같아요.; 비가 와서 좀 늦을 것 같아요.|비가 와서 좀 늦을 거예요.; POLITE; 늦었을→늦을",
        // a finite past for a plan is still corrected to the accepted future
        "이번 주말에 등산했어요.; 이번 주말에 등산할 거예요.; POLITE; 등산했어요→등산할 거예요",
        // the tense keeps the learner's ending, not the accepted -나요, whichever accepted answer comes first
        "이 기차 부산에 갔어요?; 이 기차 부산에 가요?|이 기차 부산 가나요?; POLITE; 갔어요→가요",
        "이 지하철 시청에 갔어요?; 이 지하철 시청 가나요?|이 지하철 시청에 가요?; POLITE; 갔어요→가요",
        // a plain question in a formal activity: the formal question of the learner's word
        "회의실이 어디야?; 회의실이 어디입니까?|회의실은 어디에 있습니까?; FORMAL; 어디야→어디입니까",
        // the blend -자까: the proposal question on the learner's stem
        "같이 공원에 가자까?; 같이 공원에 갈래?|같이 공원에 가자.; CASUAL; 가자까→갈까",
    })
    void theFindingIsTheLearnersWordCorrected(String answer, String accepted, Register register, String span) {
        RuleRows.learnersWordCorrected(RuleRows.evaluate(EVALUATOR, answer, accepted, register), answer, span);
    }

    @ParameterizedTest(name = "{0} passes")
    @CsvSource(delimiter = ';', value = {
        "어저께 부터 기침이 나요.; 어제부터 기침이 나요.; POLITE",
        "어저께부터 기침이 나요.; 어제부터 기침이 나요.; POLITE",
        "비가 와서 좀 늦을 것 같아요.; 비가 와서 좀 늦을 것 같아요.|비가 와서 좀 늦을 거예요.; POLITE",
        "통로 자리로 부탁드립니다.; 통로 좌석으로 해 주시겠습니까?|통로 자리로 부탁드립니다.; FORMAL",
        "이 기차 부산에 가요?; 이 기차 부산에 가요?|이 기차 부산 가나요?; POLITE",
        "회의실이 어디입니까?; 회의실이 어디입니까?|회의실은 어디에 있습니까?; FORMAL",
        "같이 공원에 갈까?; 같이 공원에 갈래?|같이 공원에 가자.; CASUAL",
    })
    void correctAnswersStillPass(String answer, String accepted, Register register) {
        assertThat(RuleRows.evaluate(EVALUATOR, answer, accepted, register).passed()).as(answer).isTrue();
    }

    @Test
    void aJoinOnWordsTheLexiconRewroteQuotesTheLearnersWords() {
        // 어저께 = 어제 in the lexicon: the spacing note quotes 어저께 부터, as written; the answer passes (spacing)
        Evaluation e = RuleRows.evaluate(EVALUATOR, "어저께 부터 기침이 나요.", "어제부터 기침이 나요.", Register.POLITE);
        assertThat(e.passed()).isTrue();
        assertThat(e.errors()).anySatisfy(err -> {
            assertThat(err.original()).isEqualTo("어저께 부터");
            assertThat(err.correction()).isEqualTo("어저께부터");
        });
        // a join next to a repaired word is left on the repaired words: no correction keeps the learner's 돕아
        assertThat(RuleRows.evaluate(EVALUATOR, "좀 돕아 주실 수 있어요?", "좀 도와주실 수 있어요?", Register.POLITE).errors())
                .noneSatisfy(err -> assertThat(err.correction()).contains("돕아"));
    }

    @Test
    void theProposalQuestionIsFormedOnTheLearnersStem() {
        assertThat(SpanChoices.proposalQuestion("보자까")).isEqualTo("볼까");
        assertThat(SpanChoices.proposalQuestion("가자까요")).isEqualTo("갈까요");
        assertThat(SpanChoices.proposalQuestion("놀자까")).isEqualTo("놀까");
        assertThat(SpanChoices.proposalQuestion("먹자까")).isNull(); // other finals are left to the check
        assertThat(SpanChoices.proposalQuestion("가자")).isNull();
        assertThat(SpanChoices.proposalQuestion("볼까")).isNull();
    }
}
