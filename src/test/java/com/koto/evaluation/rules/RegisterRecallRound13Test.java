package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Register and honorific recall of session 13 (eval21b): 당신 to a friend given as 너
 * ({@link SpanChoices#friendPronoun}), -(으)시- taken off the copula after a noun as the writers write it
 * ({@link SpeechLevels#copulaWithoutSi}), -(으)세요 on the act the speaker promises ({@link SpeakersPromise})
 * and the plain -다 asked with a question word to a friend ({@link StemEndings#plainQuestions}). Sentences
 * written for this test, not taken from the gold sets; the correct variants and politer forms keep passing.
 */
class RegisterRecallRound13Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} → {4}")
    @CsvSource(delimiter = ';', value = {
        // 당신 to a friend: the 반말 pronoun with the learner's particle
        "CASUAL; 당신 내일 시간 있어?; 내일 시간 있어?; 당신; 너; HONORIFIC; honorific/friend_pronoun",
        "CASUAL; 당신이 제일 좋아하는 가수가 누구야?; 네가 제일 좋아하는 가수가 누구야?; 당신이; 네가; HONORIFIC; honorific/friend_pronoun",
        "CASUAL; 당신은 언제 집에 가?; 너는 언제 집에 가?; 당신은; 너는; HONORIFIC; honorific/friend_pronoun",
        // -(으)시- about oneself on the copula: N입니다 whole after a vowel, 예요/였어요 contracted
        "FORMAL; 저는 사리십니다.; 저는 사리입니다.; 사리십니다; 사리입니다; HONORIFIC; honorific/si_extra",
        "POLITE; 저는 의사셨어요.; 저는 의사였어요.; 의사셨어요; 의사였어요; HONORIFIC; honorific/si_extra",
        "POLITE; 저는 회사원이세요.; 저는 회사원이에요.; 회사원이세요; 회사원이에요; HONORIFIC; honorific/si_extra",
        // -(으)세요 where the task has the speaker promise the act
        "POLITE; 이 가방 두 개 사세요.; 이 가방 두 개 살게요.|이 가방 두 개 주세요.; 사세요; 살게요; HONORIFIC; honorific/own_promise",
        "POLITE; 이거 두 개 가져가세요.; 이거 두 개 가져갈게요.; 가져가세요; 가져갈게요; HONORIFIC; honorific/own_promise",
        // with a future time word the comparison files it as another ending first (the first blind set's
        // convention), and that finding stands
        "POLITE; 내일 다시 오세요.; 내일 다시 올게요.; 오세요; 올게요; ENDING; ending/form",
        "POLITE; 여기서 먹으세요.; 여기서 먹을게요.; 먹으세요; 먹을게요; HONORIFIC; honorific/own_promise",
        // the plain statement -다 asked with a question word, to a friend
        "CASUAL; 너 주말에 어디 간다?; 주말에 어디 가?; 간다; 가; ENDING; ending/plain_question",
        "CASUAL; 어제 누구 만났다?; 어제 누구 만났어?; 만났다; 만났어; ENDING; ending/plain_question",
        "CASUAL; 너 뭐 마시고 싶다?; 뭐 마시고 싶어?; 싶다; 싶어; ENDING; ending/plain_question",
    })
    void caughtWithTheRegistersForm(String register, String answer, String expected, String original,
            String correction, String category, String subtype) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, expected, ErrorCategory.valueOf(category),
                subtype, original, correction);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // a politer form than the task needs passes (the policy): 해요체 to a friend
        "CASUAL; 이번 주말에 뭐 해요?; 이번 주말에 뭐 해?",
        "CASUAL; 토요일에 같이 영화 보러 갈까요?; 토요일에 같이 영화 보러 갈래?",
        // the forms themselves
        "CASUAL; 너 뭐 먹고 싶어?; 너 뭐 먹고 싶어?",
        "FORMAL; 저는 사리입니다.; 저는 사리입니다.",
        "POLITE; 이 가방 두 개 살게요.; 이 가방 두 개 살게요.|이 가방 두 개 주세요.",
    })
    void politerFormsAndTheRightFormsPass(String register, String answer, String expected) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, expected, Register.valueOf(register));
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isTrue();
    }

    @ParameterizedTest(name = "{1} has no {3}")
    @CsvSource(delimiter = ';', value = {
        // -다? without a question word is a spoken check (I'm off, OK?), left alone
        "CASUAL; 나 먼저 간다?; 나 먼저 갈게; ending/plain_question",
        // a statement in -다 is the plain level of a statement
        "CASUAL; 오늘 진짜 덥다!; 오늘 진짜 더워; ending/plain_question",
        // the listener's act in one sentence, the speaker's promise in the next
        "POLITE; 먼저 가세요. 저는 나중에 갈게요.; 저는 나중에 갈게요.; honorific/own_promise",
        // another subject: the mother's act, honoured
        "POLITE; 어머니가 내일 가세요.; 내일 갈게요.; honorific/own_promise",
        // a question asks the listener
        "POLITE; 가지고 가세요?; 가지고 갈게요.; honorific/own_promise",
        // in a polite task 당신 is still left out (the stranger's rule), not given as 너
        "POLITE; 당신 우산 좀 빌려 주세요.; 우산 좀 빌려 주세요.; honorific/friend_pronoun",
    })
    void otherReadingsAreLeftAlone(String register, String answer, String expected, String subtype) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, expected, Register.valueOf(register));
        assertThat(e.errors()).as("%s: %s", answer, e.errors()).extracting(EvaluationError::subtype)
                .doesNotContain(subtype);
    }
}
