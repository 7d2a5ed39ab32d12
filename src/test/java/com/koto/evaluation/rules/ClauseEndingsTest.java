package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Endings that do not fit the sentence they close or the clause they link ({@link ClauseEndings};
 * session 8): each class with sentences it fails, written for this test in other words and scenes
 * than the gold sets', and correct sentences of the same shape it leaves alone (checked on the rule
 * itself, so no accepted answer hides a false alarm). Accepted answers are separated by {@code |}.
 */
class ClauseEndingsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // the promise -(으)ㄹ게 asked: -(으)ㄹ래 of the listener, -(으)ㄹ까 of oneself
        "이 짐 좀 들어 줄게?; 이 짐 좀 들어 줄래?; 줄게→줄래; ending/promise_question; CASUAL",
        "제가 창문을 열게요?; 제가 창문을 열까요?; 열게요→열까요; ending/promise_question; POLITE",
        // -자 on the bare stem
        "내일 같이 점심 먹어자.; 내일 같이 점심 먹자.; 먹어자→먹자; ending/ja_infinitive; CASUAL",
        "이번 주말에 같이 영화 봐자.; 이번 주말에 같이 영화 보자.; 봐자→보자; ending/ja_infinitive; CASUAL",
        // an adjective's -아/어서 before a proposal
        "오늘은 너무 추워서 집에 있자.; 오늘은 너무 추우니까 집에 있자.; 추워서→추우니까; ending/reason_before_proposal; CASUAL",
        "이 식당은 맛있어서 여기서 먹자.; 이 식당은 맛있으니까 여기서 먹자.; 맛있어서→맛있으니까; ending/reason_before_proposal; CASUAL",
        // no past before -아/어서
        "길을 잃었어서 늦었어요.; 길을 잃어서 늦었어요.; 잃었어서→잃어서; ending/past_before_aseo; POLITE",
        "어제 많이 걸었어서 다리가 아파요.; 어제 많이 걸어서 다리가 아파요.; 걸었어서→걸어서; ending/past_before_aseo; POLITE",
        // a formal request
        "커피 두 잔 주십니까?; 커피 두 잔 주십시오.; 주십니까→주십시오; ending/request_question; FORMAL",
        "이 서류를 확인해 주겠습니까?; 이 서류를 확인해 주시겠습니까?; 확인해 주겠습니까→확인해 주시겠습니까; honorific/si_missing; FORMAL",
        // no -(으)시- on a vehicle
        "부산행 기차는 몇 시에 도착하십니까?; 부산행 기차는 몇 시에 도착합니까?; 도착하십니까→도착합니까; honorific/si_thing; FORMAL",
        // a verb's -아/어 form before 수 있다 (VerbPhraseForms.possibility), the word alone
        "여기서 돈을 바꿔 수 있어요?; 여기서 돈을 바꿀 수 있어요?; 바꿔→바꿀; ending/l_modifier; POLITE",
        // an honorific noun asked with 어떻게 되다 takes -(으)시- (HonorificWords)
        "할아버지는 연세가 어떻게 돼요?; 할아버지는 연세가 어떻게 되세요?; 돼요→되세요; honorific/si_missing; POLITE",
        "실례지만 성함이 어떻게 됩니까?; 실례지만 성함이 어떻게 되십니까?; 됩니까→되십니까; honorific/si_missing; FORMAL",
        // an honoured person named with a team before the name (HonorificWords.bareSubject)
        "총무팀 이 과장님 있습니까?; 총무팀 이 과장님 계십니까?; 있습니까→계십니까; honorific/verb; FORMAL",
    })
    void catches(String answer, String accepted, String span, String subtype, Register register) {
        RuleRows.caught(EVALUATOR, answer, accepted, span, subtype, register);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "제가 할게요.", "내일 다시 전화할게.", "어떻게 할까요?", "어떻게 가요?",
        "같이 가서 먹자.", "밥 먹고 가자.", "비싸니까 다른 가게에 가자.", "비가 와서 집에 있자.",
        "늦어서 좀 빨리 가 주세요.", "바빠서 그런데 좀 빨리 가 주세요.", "늦어서 죄송합니다.",
        "시간이 없어서 택시를 탔어요.", "맛있어서 또 왔어요.", "수업이 있어서 못 가요.", "다른 가게에서 사자.",
        "우리 여기 서자.", "불 좀 켜자.", "편지를 보내자.", "이 의자.", "저 여자.", "같이 사진 찍자.",
        "선생님이 숙제를 주십니까?", "할머니는 용돈을 자주 주십니까?", "도와 주시겠습니까?", "확인해 주시겠습니까?",
        "선생님은 몇 시에 출발하십니까?", "버스 기사님이 오십니다.", "버스를 타고 오세요.", "기차로 오십니까?",
        "버스는 어디에서 출발합니까?", "숙제가 있었어요.", "재미있어서 웃었어요.",
    })
    void leavesCorrectSentencesAlone(String sentence) {
        assertThat(ClauseEndings.find(sentence)).as(sentence).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theBackgroundConnectiveLeadsInToARequest() {
        // -(으)ㄴ데 for -지만 of the same verb (한국어기초사전 '-은데')
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of("죄송하지만 다시 한번 말해 주세요."), List.of(),
                "죄송한데 다시 한번 말해 주세요.", "en", Register.POLITE, null));
        assertThat(e.passed()).as("%s", e.errors()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"할머니, 연세가 어떻게 되세요?", "성함이 어떻게 되십니까?", "제 이름은 리나입니다.",
        "나이가 어떻게 돼요?", "총무팀 이 과장님 계십니까?", "회의실에 프로젝터 있습니까?"})
    void leavesCorrectHonorificsAlone(String sentence) {
        assertThat(HonorificWords.find(sentence, Register.FORMAL, List.of(sentence), null))
                .as(sentence).filteredOn(f -> !f.note()).isEmpty();
    }
}
