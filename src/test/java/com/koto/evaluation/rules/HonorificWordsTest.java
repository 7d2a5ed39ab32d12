package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Honorific words on the learner's own words ({@link HonorificWords}, and the chained verbs of
 * {@link SpeechLevels}): one row per rule that catches, with the answer's accepted answer saying the
 * same thing in other words (so only the learner's words can find it), and correct answers of the
 * same shapes that keep passing. Answers written for this test, not taken from the gold sets.
 */
class HonorificWordsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1}: {0} → {4}")
    @CsvSource(delimiter = ';', value = {
        // 나/내 in a polite or formal activity (표준 언어 예절: 저/제)
        "POLITE; 내 가방을 여기에 두고 가도 돼요?; 가방 좀 맡겨도 될까요?; 내; 제; honorific/humble_pronoun",
        "FORMAL; 나는 회의 때문에 왔습니다; 회의가 있어서 왔습니다; 나는; 저는; honorific/humble_pronoun",
        // 저/제 in a 반말 sentence to a friend (one sentence, one level)
        "CASUAL; 내일 저하고 같이 도서관 갈래?; 내일 도서관에 같이 가자; 저하고; 나하고; honorific/plain_pronoun",
        "CASUAL; 저 오늘 너무 피곤해; 오늘 진짜 피곤해; 저; 나; honorific/plain_pronoun",
        // the honoured listener's age and name (연세, 성함)
        "POLITE; 할머니, 몇 살이세요?; 할머니, 연세가 어떻게 되세요?; 몇 살이세요; 연세가 어떻게 되세요; honorific/noun",
        "POLITE; 선생님, 혹시 나이가 어떻게 되세요?; 선생님, 연세가 어떻게 되세요?; 나이가; 연세가; honorific/noun",
        // 있다, 먹다, 자다 of the honoured listener or of a bare honoured subject (계시다, 드시다, 주무시다)
        "POLITE; 어머님, 아침 먹었어요?; 어머님, 아침 식사하셨어요?; 먹었어요; 드셨어요; honorific/verb",
        "POLITE; 아버님, 커피 마셨어요?; 아버님, 커피 한잔 하셨어요?; 마셨어요; 드셨어요; honorific/verb",
        "POLITE; 할아버지, 어제 잘 잤어요?; 할아버지, 어제 편히 쉬셨어요?; 잤어요; 주무셨어요; honorific/verb",
        "POLITE; 사장님 지금 사무실에 있어요?; 사장님 자리에 계세요?; 있어요; 계세요; honorific/verb",
        // the listener called in an earlier sentence; a grandparent's meal is 진지
        "POLITE; 선생님, 안녕하세요? 오늘 학교에 있어요?; 선생님, 오늘 학교에 계세요?; 있어요; 계세요; honorific/verb",
        "FORMAL; 할머니, 오랜만입니다. 점심 먹었습니까?; 할머니, 점심 드셨습니까?; 먹었습니까; 드셨습니까; honorific/verb",
        "POLITE; 할머니, 안녕하세요? 밥 먹었어요?; 할머니, 식사하셨어요?; 밥; 진지; honorific/noun",
        // a respected subject keeps its verbs: each chained verb is honoured (session 12: both honorific findings of
        // the comparison stand, so 자다 → 주무시다 is named as the verb of its own, as HonorificWords names it)
        "POLITE; 할머니께서는 피곤해서 일찍 잤어요; 할머니께서는 피곤하셔서 일찍 주무셨어요; 잤어요; 주무셨어요; honorific/verb",
        "POLITE; 할머니께서는 피곤해서 일찍 잤어요; 할머니께서는 피곤하셔서 일찍 주무셨어요; 피곤해서; 피곤하셔서; honorific/si_missing",
        // session 8: an honorific noun of one's own (성함, 연세, 생신, 댁: never of oneself)
        "FORMAL; 제 성함은 안디입니다. 세 시에 예약했습니다.; 3시에 예약한 안디입니다.|제 이름은 안디입니다. 3시에 예약했습니다.; 성함은; 이름은; honorific/self_noun",
        "POLITE; 다음 주 금요일이 제 생신이에요.; 다음 주 금요일이 제 생일이에요.; 생신이에요; 생일이에요; honorific/self_noun",
        "POLITE; 저의 댁은 학교 근처에 있어요.; 제 집은 학교 근처에 있어요.; 댁은; 집은; honorific/self_noun",
    })
    void theHonorificWordIsCorrectedOnTheLearnersWord(String register, String answer, String expected,
            String original, String correction, String subtype) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, expected, ErrorCategory.HONORIFIC, subtype,
                original, correction);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // the verb 나다 and the pronoun-like syllables of other words are no pronoun
        "POLITE; 에어컨이 고장 난 것 같아요; 에어컨이 고장 났어요",
        "POLITE; 카드로 돈을 내도 돼요?; 카드로 계산해도 돼요?",
        // politer than needed: 저 with 해요체 to a friend is the ending's business, not the pronoun's
        "CASUAL; 저는 괜찮아요; 나는 괜찮아",
        // the demonstrative 저 (that) in 반말
        "CASUAL; 저 가방 누구 거야?; 저 가방 누구 거야?",
        // the possessed noun is not the listener's (손자의 나이, 단어의 이름)
        "POLITE; 할머니, 손자가 몇 살이에요?; 할머니, 손자가 몇 살이에요?",
        "POLITE; 선생님, 이 꽃 이름이 뭐예요?; 선생님, 이 꽃 이름이 뭐예요?",
        // the speaker's own action in a question to an elder; a thing the elder may have (있으세요 is not 계세요)
        "POLITE; 선생님, 화장실에 가도 돼요?; 선생님, 화장실에 가도 돼요?",
        "POLITE; 선생님, 펜 있어요?; 선생님, 펜 있어요?",
        // a bare title possessing the place (is it in the teacher's office?) and handing a thing over
        "POLITE; 선생님 사무실에 있어요?; 선생님 사무실에 있어요?",
        "POLITE; 할머니, 여기 있어요; 할머니, 여기 있어요",
        // the honorific forms themselves
        "POLITE; 할아버지, 진지 드셨어요?; 할아버지, 식사하셨어요?",
        // the speaker's own meal, and a statement, after calling an elder
        "POLITE; 할머니, 안녕하세요? 저는 밥 먹었어요.; 할머니, 안녕하세요? 저는 밥 먹었어요.",
        "POLITE; 할머니, 안녕하세요? 밥 먹었어요.; 할머니, 안녕하세요? 밥 먹었어요.",
        "POLITE; 할아버지, 안녕하세요? 진지 드셨어요?; 할아버지, 식사하셨어요?",
        "POLITE; 할머니가 주신 차를 마셨어요; 할머니가 주신 차를 마셨어요",
        "POLITE; 할머니께서 편찮으셔서 병원에 가셨어요; 할머니께서 편찮으셔서 병원에 가셨어요",
        // session 8: the other person's honorific nouns, and words that start like them
        "POLITE; 선생님, 성함이 어떻게 되세요?; 선생님, 성함이 어떻게 되세요?",
        "POLITE; 할머니 연세가 어떻게 되세요?; 할머니 연세가 어떻게 되세요?",
        "POLITE; 제 친구는 연세대에 다녀요.; 제 친구는 연세대학교에 다녀요.",
        "POLITE; 제 이름은 안디예요.; 제 이름은 안디예요.",
    })
    void aCorrectAnswerKeepsPassing(String register, String answer, String expected) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(expected.split("\\|")), List.of(), answer,
                "en", Register.valueOf(register), null));
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isTrue();
        assertThat(e.errors()).extracting(EvaluationError::category).allMatch(c -> c == ErrorCategory.SPACING);
    }

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = ';', value = {
        "이름이 뭐예요?; Scene: a hotel front desk. Task: ask the guest for their name.; false",
        "나이가 어떻게 되세요?; Task: politely ask your friend's grandfather his age.; false",
        // the scene names a teacher and another guest, but the listener is a fellow guest
        "이름이 뭐예요?; Scene: a party at your teacher's house. Task: ask the other guest's name.; true",
    })
    void theActivitysContextNamesTheHonouredListener(String answer, String context, boolean passes) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of("혹시 어디에서 오셨어요?"), List.of(), answer,
                "en", Register.POLITE, null, context));
        assertThat(e.errors().stream().anyMatch(error -> "honorific/noun".equals(error.subtype())))
                .as("%s in %s: %s", answer, context, e.errors()).isEqualTo(!passes);
    }
}
