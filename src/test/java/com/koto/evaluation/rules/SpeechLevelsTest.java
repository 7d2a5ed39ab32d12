package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speech level and subject honorification on the learner's own words ({@link SpeechLevels}): one
 * row per rule, with answers written for this test (not from the gold sets), and correct answers
 * that must keep passing (a politer form with no 반말 sign, -(으)세요 in a formal activity, -시- of a
 * verb whose subject is another person).
 */
class SpeechLevelsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1}: {0} → {4}")
    @CsvSource(delimiter = ';', value = {
        // 반말 in a polite activity, on the learner's own sentence end whatever else differs (session 7)
        "POLITE; 냉장고가 안 돼. 빨리 고쳐 주세요; 냉장고가 고장 났어요; 안 돼; 안 돼요; honorific/speech_level",
        "POLITE; 그럼 이 가방으로 할게. 카드로 계산할게요; 이 가방으로 할게요; 할게; 할게요; honorific/speech_level",
        "POLITE; 이 모자는 얼마야? 좀 비싸네요; 이 모자는 얼마예요?; 얼마야; 얼마예요; honorific/speech_level",
        // 반말 in a formal activity fails (해요체 there is a note: aFormalLevelNoteLeavesTheAnswerPassed)
        "FORMAL; 한국어를 배우러 왔어; 한국어를 배우러 왔습니다; 왔어; 왔습니다; honorific/speech_level",
        // 해요체 where the answer itself speaks 반말; -ㅂ시다 to a friend (Yeon & Brown 2011)
        "CASUAL; 지민아, 내일 같이 밥 먹어요; 지민아, 내일 같이 밥 먹자; 먹어요; 먹어; honorific/speech_level",
        "CASUAL; 내 동생은 학생이에요; 내 동생은 학생이야; 학생이에요; 학생이야; honorific/speech_level",
        "CASUAL; 내일 다섯 시에 봅시다; 내일 다섯 시에 보자; 봅시다; 보자; honorific/speech_level",
        // a respected subject without -(으)시- (표준 언어 예절 2011)
        "POLITE; 사장님은 지금 회의실에 없어요; 사장님은 지금 안 계세요; 없어요; 안 계세요; honorific/si_missing",
        "CASUAL; 어제 아버지가 청소를 했어; 어제 아버지가 청소하셨어; 했어; 하셨어; honorific/si_missing",
        // -(으)시- about oneself
        "POLITE; 제가 어제 바쁘셨어요; 제가 어제 바빴어요; 바쁘셨어요; 바빴어요; honorific/si_extra",
        "POLITE; 제가 먼저 가세요; 제가 먼저 갈게요; 가세요; 가요; honorific/si_extra",
    })
    void theSpeechLevelIsCorrectedOnTheLearnersWord(String register, String answer, String expected, String original,
            String correction, String subtype) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, expected, ErrorCategory.HONORIFIC, subtype,
                original, correction);
    }

    /**
     * 해요체 in a formal activity (Sohn 1999, ch. 9): polite, correct Korean, so the answer passes
     * (score 95) with a note that names the formal form (session 7, precision first).
     */
    @ParameterizedTest(name = "{0} → {3}")
    @CsvSource(delimiter = ';', value = {
        "저는 민지예요. 베트남에서 왔습니다; 저는 민지입니다. 베트남에서 왔습니다; 민지예요; 민지입니다",
        "한국어를 배우러 왔어요; 한국어를 배우러 왔습니다; 왔어요; 왔습니다",
        "삼 개월 동안 있을 거예요; 삼 개월 동안 있을 겁니다; 거예요; 겁니다",
        "빌린 책을 잃어버렸어요. 죄송합니다; 빌린 책을 잃어버렸습니다. 죄송합니다; 잃어버렸어요; 잃어버렸습니다",
    })
    void aFormalLevelNoteLeavesTheAnswerPassed(String answer, String expected, String original, String correction) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(expected), List.of(), answer, "en",
                Register.FORMAL, null));
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isTrue();
        assertThat(e.score()).isEqualTo(95);
        assertThat(e.errors()).as(answer).singleElement().satisfies(note -> {
            assertThat(note.subtype()).isEqualTo("honorific/formal_level");
            assertThat(note.original()).isEqualTo(original);
            assertThat(note.correction()).isEqualTo(correction);
            assertThat(note.explanation()).contains("polite and correct");
        });
        assertThat(e.feedback()).contains("polite and correct");
    }

    @Test
    void aFormalLevelNoteDoesNotHideAnErrorOnTheSameWord() {
        // 어제 … 가요: the tense error is reported and fails the answer, whatever the level
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of("어제 부산에 갔습니다"), List.of(),
                "어제 부산에 가요", "en", Register.FORMAL, null));
        assertThat(e.passed()).as("%s", e.errors()).isFalse();
        assertThat(e.errors()).anyMatch(x -> x.category() == ErrorCategory.TENSE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // politer than needed with no 반말 sign in the answer
        "CASUAL; 이번 주말에 뭐 해요?; 이번 주말에 뭐 해?",
        // -(으)세요 in a formal activity: a request or a greeting
        "FORMAL; 안녕하세요. 잠시만 기다려 주세요; 잠시만 기다려 주십시오",
        // the formal activity accepts 해요체 itself
        "FORMAL; 여기 있어요; 여기 있어요|여기 있습니다",
        // another subject between the respected person and the verb; -(으)시- of someone else
        "POLITE; 선생님은 시간이 없어요?; 선생님은 시간이 없으세요?|선생님은 시간이 없어요?",
        "POLITE; 제가 선생님이 오시면 말할게요; 제가 선생님이 오시면 말할게요",
        "POLITE; 저는 커피를 마셔요; 저는 커피를 마셔요",
        "POLITE; 저는 술을 잘 못 마셔요; 저는 술을 잘 못 마셔요",
        "POLITE; 제가 부모님을 모셨어요; 제가 부모님을 모셨어요",
        // a politer level with a vocative after it is not corrected down; -(으)시- in a question honours the listener
        "POLITE; 어제 아파서 못 왔습니다. 죄송합니다, 선생님; 어제 아파서 못 왔어요",
        "POLITE; 혹시 시청까지 얼마나 걸리는지 아세요?; 시청까지 얼마나 걸려요?",
        "POLITE; 이 사과 얼마예요, 아주머니?; 이 사과 얼마예요?",
        "FORMAL; 정말 감사합니다, 과장님; 감사합니다",
    })
    void aCorrectAnswerKeepsPassing(String register, String answer, String expected) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(expected.split("\\|")), List.of(), answer,
                "en", Register.valueOf(register), null));
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isTrue();
        assertThat(e.errors()).extracting(EvaluationError::category).allMatch(c -> c == ErrorCategory.SPACING);
    }

    @Test
    void aVocativeOrATitleAfterThePredicateIsNotMoved() {
        assertThat(ClauseOrder.find("감사합니다, 선생님.")).isEmpty();
        assertThat(ClauseOrder.find("맛있게 드세요 손님")).isEmpty();
        assertThat(ClauseOrder.find("내일 봐, 민수야")).isEmpty();
        assertThat(ClauseOrder.find("빨리 좀 가 주세요")).isEmpty();
    }

    @Test
    void aPastMainVerbAfterATimeWordOfLaterIsATenseError() {
        assertThat(TimeWords.inSentences("미안. 모레는 약속이 있어서 못 왔어."))
                .containsExactly(new Finding(ErrorCategory.TENSE, "왔어", "와", "tense/present"));
        assertThat(TimeWords.inSentences("다음 주에 같이 밥 먹었어요?"))
                .containsExactly(new Finding(ErrorCategory.TENSE, "먹었어요", "먹어요", "tense/present"));
        // a wish or a condition about later takes the past form (내일 비가 안 왔으면 좋겠어요)
        assertThat(TimeWords.inSentences("내일 비가 안 왔으면 좋겠어요.")).isEmpty();
        assertThat(TimeWords.inSentences("내일부터 운동했어요.")).isEmpty();
    }

    @Test
    void aPastTimeWordIsCheckedInEachSentence() {
        assertThat(TimeWords.inSentences("어제 친구 집에 가. 거기서 잤어."))
                .containsExactly(new Finding(ErrorCategory.TENSE, "가", "갔어", "tense/time_word"));
    }

    @Test
    void aRespectedSubjectTakesTheHonorificVerb() {
        assertThat(SpeechLevels.find("할아버지가 아파요.", Register.POLITE, List.of("할아버지께서 편찮으세요")))
                .containsExactly(new Finding(ErrorCategory.HONORIFIC, "아파요", "편찮으세요", "honorific/si_missing"));
        assertThat(SpeechLevels.find("부장님은 회의실에 있어요.", Register.POLITE, List.of("부장님은 회의실에 계세요")))
                .containsExactly(new Finding(ErrorCategory.HONORIFIC, "있어요", "계세요", "honorific/si_missing"));
        // -시- on the auxiliary honours the subject; a chain without it is judged on its last verb, since session 36
        // (s36d) 주다 too: the giver of -아/어 주다 is the honoured subject (표준 언어 예절 2011, 주체 높임)
        assertThat(SpeechLevels.find("할머니가 요리를 해 주셨어요.", Register.POLITE, List.of("할머니가 요리해 주셨어요")))
                .isEmpty();
        assertThat(SpeechLevels.find("할머니가 요리를 해 줬어.", Register.CASUAL, List.of("할머니가 요리해 주셨어")))
                .containsExactly(new Finding(ErrorCategory.HONORIFIC, "줬어", "주셨어", "honorific/si_missing"));
        // a formal activity: 주시겠어요? is politer than needed
        assertThat(SpeechLevels.find("다시 한번 말씀해 주시겠어요?", Register.FORMAL, List.of("다시 한번 말씀해 주십시오")))
                .isEmpty();
        // the respected person is the topic, another noun the subject
        assertThat(SpeechLevels.find("선생님은 차가 없어요.", Register.POLITE, List.of("선생님은 차가 없으세요"))).isEmpty();
    }

    @Test
    void aPlaceNameKeepsTheParticleOfOriginAndOfTheFormalRegister() {
        assertThat(PlaceParticles.find("저는 베트남 왔어요.", Register.POLITE, List.of("저는 베트남에서 왔어요")))
                .containsExactly(new Finding(ErrorCategory.PARTICLE_MISSING, "베트남", "베트남에서", "particle_missing/from"));
        assertThat(PlaceParticles.find("서울 있는 회사에서 일합니다.", Register.FORMAL, List.of("서울에 있는 회사에서 일합니다")))
                .containsExactly(new Finding(ErrorCategory.PARTICLE_MISSING, "서울", "서울에", "particle_missing/location"));
        // in speech the location's 에 may drop; a goal of 오다 is not an origin
        assertThat(PlaceParticles.find("지금 서울 있어요.", Register.POLITE, List.of("지금 서울에 있어요"))).isEmpty();
        assertThat(PlaceParticles.find("어제 부산 왔어요.", Register.POLITE, List.of("어제 부산에 왔어요"))).isEmpty();
    }
}
