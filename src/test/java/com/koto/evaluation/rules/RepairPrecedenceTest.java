package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 11 (helper eval18d): which finding survives where a check on the learner's own words and the
 * comparison with the accepted answer find something of one category on the same word
 * ({@link SpeechLevels#repairs}). A repair of the learner's word by a rule outranks the comparison's finding
 * where the comparison makes the same repair, quotes another verb, or turns the learner's sentence end into
 * a connective; otherwise the comparison's finding, which quotes the accepted answer, stays. Sentences
 * written for this test.
 */
class RepairPrecedenceTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    /** Rows: own category, subtype, original, correction; the comparison's original, correction; outranks. */
    @ParameterizedTest(name = "{2}→{3} ({1}) against {4}→{5}: {6}")
    @CsvSource(delimiter = ';', value = {
        // the same repair: the rule's name is the explanation
        "ENDING; ending/promise_question; 먹을게; 먹을래; 먹을게; 먹을래; true",
        "ENDING; ending/l_modifier; 고쳐; 고칠; 고쳐 수; 고칠 수; true",
        "TENSE; tense/time_word; 만나요; 만났어요; 만나요; 만났어요; true",
        // the comparison quotes another verb: the learner's own form is what is wrong
        "ENDING; ending/vowel_harmony; 작어요; 작아요; 작어요; 좁아요; true",
        "ENDING; irregular/b; 덥어요; 더워요; 덥어요; 추워요; true",
        // the comparison's connective where the learner ended the sentence
        "TENSE; tense/time_word; 도착합니다; 도착했습니다; 도착합니다; 도착했는데; true",
        "ENDING; ending/vowel_harmony; 작어요; 작아요; 작어요; 작아서; true",
        // the comparison stays: another ending of the same verb (the accepted answer's construction)
        "TENSE; tense/time_word; 봐요; 봤어요; 봐요; 봤습니다; false",
        "ENDING; ending/vowel_harmony; 작어요; 작아요; 작어요; 작습니다; false",
        // not a repair by a rule of form: the present after 내일, the level of a request
        "TENSE; tense/present; 예약했어요; 예약해요; 예약했어요; 예약하고 싶어요; false",
        "HONORIFIC; honorific/speech_level; 줘; 줘요; 줘; 주세요; false",
        // another category, another word
        "ENDING; irregular/b; 덥어요; 더워요; 덥어요; 덥어요 정말; false",
    })
    void decidesWhichFindingStays(String category, String subtype, String original, String correction,
            String theirOriginal, String theirCorrection, boolean outranks) {
        Finding own = new Finding(ErrorCategory.valueOf(category), original, correction, subtype);
        Finding compared = new Finding(ErrorCategory.valueOf(category), theirOriginal, theirCorrection, null);
        assertThat(SpeechLevels.repairs(own, compared)).isEqualTo(outranks);
    }

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // the same repair by the comparison is named by the learner's own time word (was tense/past)
        "FORMAL; 지난주에 부산으로 이사합니다; 지난주에 부산으로 이사했습니다; tense/time_word; 이사합니다→이사했습니다",
        // the learner's own form against another verb of the accepted answer
        "POLITE; 이 가방은 너무 작어요; 이 가방은 너무 커요; ending/vowel_harmony; 작어요→작아요",
        // the comparison's construction stays where the learner's word is not the issue (the wish)
        "POLITE; 내일 저녁에 식당을 예약했어요; 내일 저녁에 식당을 예약하고 싶어요; tense/present; 예약했어요→예약하고 싶어요",
    })
    void theMergedAnswerKeepsTheRightFinding(String register, String answer, String accepted, String expected,
            String span) {
        RuleRows.subtypeRow(EVALUATOR, register, answer, accepted, expected, span);
    }

    @org.junit.jupiter.api.Test
    void quotedSpeechHasNoSentencesOfTheLearnersOwn() {
        assertThat(SpeechLevels.ownSentences("선생님이 \"김 씨 어디 있어?\" 하고 물으셨어요")).isEmpty();
        assertThat(SpeechLevels.ownSentences("김 씨 어디 있어요? 찾고 있어요")).hasSize(2);
    }
}
