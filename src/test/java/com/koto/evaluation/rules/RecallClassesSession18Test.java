package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recall classes of session 18 (helper s18c), drawn from the wrong answers the just-unsealed set AC passed, each with
 * look-alikes that must pass (or keep their verdict): a misspelt verb form Nori reads as another verb
 * ({@link RepairedReadings}: the past without ㅆ, a modifier with 이); an ㅂ-irregular stem with 우 dropped
 * ({@link IrregularForms#wuDropped}); a question word after a polite predicate ({@link ClauseOrder}); the 합쇼체 past of
 * the accepted answers' present ({@link AcceptedTense}); a part of the body with 을/를 before 아프다 in any clause
 * ({@link ArgumentParticles}); an honorific difference the letters do not show ({@link PredicateCheck#writesSi}); and
 * four lines of data (household appliances as a closed class, 깨지다 of glass and screens, 얼마 as a price word for
 * 깎다, 잠을 안 자다 for 못 자다); and from the recall probe probe12, a verb written apart before 싶다 without -고
 * ({@link FormChecks#spacedWants}) and partings to a superior ({@link SuperiorFarewells}). Rows written for this test, not taken from the gold sets.
 * Verdict: {@code PASS}, {@code FAIL}, {@code NOT <CATEGORY>}, or the category or subtype the answer fails with.
 */
class RecallClassesSession18Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // the past written without ㅆ, a modifier with 이: misspellings, not another verb
        "past with ㅅ after -시-; 할아버지, 점심 드셧어요?; 할아버지, 점심 드셨어요?; POLITE; spelling/letters; 드셧어요; 드셨어요",
        "past with ㅅ; 어제 친구를 만낫어요.; 어제 친구를 만났어요.; POLITE; spelling/letters; 만낫어요; 만났어요",
        "modifier with 이; 이 우산을 내일까지 빌일 수 있어요?; 이 우산을 내일까지 빌릴 수 있어요?; POLITE; spelling/letters; 빌일; 빌릴",
        "another verb, well formed; 휴가를 내고 여행 가요.; 휴가를 쓰고 여행 가요.; POLITE; PASS; ; ",
        "another honorific verb; 할머니, 저녁 식사하셨어요?; 할머니, 저녁 드셨어요?; POLITE; PASS; ; ",
        // an ㅂ-irregular stem with 우 (워) dropped
        "시끄러서; 방이 너무 시끄러서 잠을 못 자요.; 방이 너무 시끄러워서 잠을 못 자요.; POLITE; irregular/b; 시끄러서; 시끄러워서",
        "가까서; 집이 역에서 가까서 좋아요.; 집이 역에서 가까워서 좋아요.; POLITE; irregular/b; 가까서; 가까워서",
        "the past on the stem's vowel; 어젯밤에 옆집이 너무 시끄렀어요.; 어젯밤에 옆집이 너무 시끄러웠어요.; POLITE; irregular/b; 시끄렀어요; 시끄러웠어요",
        "어려서 of 어리다; 어려서 한국에 살았어요.; 어렸을 때 한국에 살았어요.; POLITE; PASS; ; ",
        "아까요 'earlier'; 언제 왔어요? 아까요.; 언제 왔어요? 아까 왔어요.; POLITE; PASS; ; ",
        // a question word after a polite or formal predicate
        "어떻게 after 가요; 실례합니다, 시청에 가요 어떻게?; 실례합니다, 시청에 어떻게 가요?; POLITE; word_order/verb_final; 가요 어떻게; 어떻게 가요",
        "언제 after -ㅂ니까; 콘서트가 시작합니까 언제?; 콘서트가 언제 시작합니까?; FORMAL; word_order/verb_final; 시작합니까 언제; 언제 시작합니까",
        "뭐 after a casual predicate; 오늘 뭐 먹을래? 그냥 라면 먹지 뭐.; 오늘 뭐 먹을래? 그냥 라면 먹자.; CASUAL; NOT WORD_ORDER; ; ",
        "question word in place; 실례합니다, 시청에 어떻게 가요?; 실례합니다, 시청에 어떻게 가요?; POLITE; PASS; ; ",
        // the 합쇼체 past of what the accepted answers say in the present
        "congratulation in the past; 두 분의 결혼을 축하드렸습니다.; 두 분의 결혼을 진심으로 축하드립니다.; FORMAL; tense/present; 축하드렸습니다; 축하드립니다",
        "congratulation now; 결혼 진심으로 축하드립니다.; 결혼 축하드립니다.; FORMAL; PASS; ; ",
        "the past accepted; 어제 결혼식에서 축하드렸습니다.; 어제 결혼식에 가서 축하드렸습니다.; FORMAL; PASS; ; ",
        // a part of the body with 을/를 before 아프다, in any clause
        "이를 아파서; 이를 너무 아파서 병원에 가고 싶어요.; 이가 너무 아파서 병원에 가고 싶어요.; POLITE; PARTICLE_WRONG; 이를; 이가",
        "머리를 아파서; 어제부터 머리를 아파서 못 갔어요.; 어제부터 머리가 아파서 못 갔어요.; POLITE; PARTICLE_WRONG; 머리를; 머리가",
        "the causative -게 하다; 소음이 머리를 아프게 해요.; 소음 때문에 머리가 아파요.; POLITE; NOT PARTICLE_WRONG; ; ",
        // an honorific difference the letters do not show (자서요 read with -시-)
        "자요 for 자서요; 밤에 좀 조용히 해 주세요. 잠을 안 자요.; 밤에 좀 조용히 해 주시겠어요? 잠을 못 자서요.; POLITE; NOT HONORIFIC; ; ",
        "먹었어요 to a grandmother; 할머니, 저녁 먹었어요?; 할머니, 저녁 드셨어요?; POLITE; HONORIFIC; ; ",
        // data: 잠을 안 자다 for 못 자다
        "잠을 안 자요 for 못; 너무 더워서 잠을 안 자요.; 너무 더워서 잠을 못 자요.; POLITE; vocabulary/confusable; 안; 못",
        "안 들리다 of a noise; 교실이 너무 시끄러워서 잘 안 들렸어요.; 교실이 너무 시끄러워서 잘 못 들었어요.; POLITE; PASS; ; ",
        // data: 깨지다 of glass and screens
        "부러지다 of glass; 유리컵이 부러졌어요.; 유리컵이 깨졌어요.; POLITE; vocabulary/collocation; 부러졌어요; 깨졌어요",
        "부러지다 of a leg; 넘어져서 다리가 부러졌어요.; 넘어져서 다리를 다쳤어요.; POLITE; PASS; ; ",
        // data: 얼마 as a price word for 깎다
        "잘라 after 얼마; 이 바지 얼마예요? 좀 잘라 주세요.; 이 바지 얼마예요? 좀 깎아 주세요.; POLITE; vocabulary/collocation; 잘라; 깎아",
        "a haircut; 머리 좀 짧게 잘라 주세요.; 머리 좀 짧게 깎아 주세요.; POLITE; PASS; ; ",
        // data: household appliances
        "another appliance; 냉장고가 고장 났어요.; 에어컨이 고장 났어요.; POLITE; vocabulary/other_item; 냉장고가; 에어컨이",
        "the same appliance in other words; 세탁기 어떻게 써요?; 세탁기는 어떻게 사용해요?; POLITE; PASS; ; ",
        // probe12: -고 before 싶다 written apart
        "stem apart before 싶다; 이 소포를 일본에 EMS로 보내 싶어요.; 이 소포를 일본으로 EMS로 보내고 싶어요.; POLITE; ending/form; 보내; 보내고",
        "-아/어 before 싶다; 주말에 영화를 봐 싶어요.; 주말에 영화를 보고 싶어요.; POLITE; ending/form; 봐; 보고",
        "-ㄹ까 싶다; 비가 올까 싶어서 우산을 가져왔어요.; 비가 올 것 같아서 우산을 가져왔어요.; POLITE; PASS; ; ",
        // probe12: partings to a superior called by title
        "수고하세요 to a superior; 과장님, 수고하세요. 내일 뵙겠습니다.; 과장님, 먼저 들어가 보겠습니다. 내일 뵙겠습니다.; FORMAL; honorific/superior_farewell; 수고하세요; 먼저 들어가 보겠습니다",
        "수고하세요 to a clerk; 감사합니다. 수고하세요!; 감사합니다. 안녕히 계세요.; POLITE; PASS; ; ",
        "수고하세요 to a driver; 기사님, 감사합니다. 수고하세요!; 기사님, 감사합니다. 안녕히 계세요.; POLITE; PASS; ; ",
        "내일 봐요 to a superior; 팀장님, 먼저 퇴근하겠습니다. 내일 봐요.; 팀장님, 먼저 퇴근하겠습니다. 내일 뵙겠습니다.; FORMAL; honorific/verb; 봐요; 뵙겠습니다",
        "내일 봬요 to a teacher; 선생님, 질문이 있어서 왔는데요. 내일 또 봬요.; 선생님, 질문이 있어서 왔어요. 내일 또 뵐게요.; POLITE; PASS; ; ",
        "내일 봐 to a friend; 민수야, 내일 봐.; 민수야, 내일 보자.; CASUAL; PASS; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    @Test
    void honorificLettersAreTheSyllablesOfSi() {
        assertThat(PredicateCheck.writesSi("드셨어요")).isTrue();
        assertThat(PredicateCheck.writesSi("가세요")).isTrue();
        assertThat(PredicateCheck.writesSi("오십니다")).isTrue();
        assertThat(PredicateCheck.writesSi("자서요")).isFalse();
    }

    @Test
    void wuDroppedLeavesOtherWords() {
        assertThat(IrregularForms.wuDropped("시끄러서")).containsExactly("시끄러워서", "irregular/b");
        assertThat(IrregularForms.wuDropped("어려서")).isNull();
        assertThat(IrregularForms.wuDropped("아까요")).isNull();
        assertThat(IrregularForms.wuDropped("시끄러워서")).isNull();
    }
}
