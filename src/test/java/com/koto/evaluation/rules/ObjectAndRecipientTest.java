package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 13 (eval21d): particle recall on the learner's own words — a thing with 이/가 before an active
 * verb of a 「…을」 frame in a statement (자리가 예약 했습니다 → 자리를), the person given to with 을/를
 * before the thing and 주다/드리다 (저를 메뉴판 좀 주세요 → 저한테), 왼쪽/오른쪽 misspelt with 에 before a verb
 * of turning (외쪽에 도세요 → 외쪽으로), and a school or company with 에서 before 다니다 (한국대학교에서
 * 다녀요 → 한국대학교에). Each accepted answer differs from the answer in a second way, so the comparison
 * alone cannot tell the slip from a paraphrase. The sentences are written for this test, not taken from
 * the sets.
 */
class ObjectAndRecipientTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // register; answer; accepted (| between several); PASS or the subtype; original→correction
        "FORMAL; 제 이름은 안디입니다. 자리가 예약 했습니다.; 안디 이름으로 예약했습니다.; particle_wrong/subject_for_object; 자리가→자리를",
        "POLITE; 어제 시장에서 좋은 것이 많이 샀어요.; 어제 시장에서 과일을 샀어요.; particle_wrong/subject_for_object; 것이→것을",
        "POLITE; 선생님 덕분에 한국어가 배웠어요.; 선생님 덕분에 많이 배웠어요.; particle_wrong/subject_for_object; 한국어가→한국어를",
        // the thing is the subject: a passive, an adjective, a compound verb, an agent, a bare object between
        "POLITE; 방이 벌써 예약됐어요.; 방은 벌써 예약됐어요.; PASS; *",
        "POLITE; 약이 너무 써요.; 약이 좀 써요.; PASS; *",
        "POLITE; 봄이 벌써 찾아왔어요.; 봄이 찾아왔어요.; PASS; *",
        "POLITE; 이 가게가 싸게 팔아요.; 이 가게는 싸게 팔아요.; PASS; *",
        "POLITE; 이 택시가 카드 받아요?; 이 택시는 카드 받아요?; PASS; *",
        // the person given to
        "CASUAL; 나를 우산 좀 빌려줘.; 우산 좀 빌려줘.; particle_wrong/object_for_dative; 나를→나한테",
        "POLITE; 저를 메뉴판 좀 주세요.; 메뉴판 좀 주세요.; particle_wrong/object_for_dative; 저를→저한테",
        "POLITE; 어제 선생님을 꽃 드렸어요.; 어제 선생님께 선물을 드렸어요.; particle_wrong/object_for_dative; 선생님을→선생님께",
        // the person is the object: nothing else given, the auxiliary 주다, 보내다 of sending a person
        "CASUAL; 나를 좀 도와줘.; 좀 도와줘.; PASS; *",
        "POLITE; 저를 믿어 주세요.; 믿어 주세요.; PASS; *",
        "POLITE; 동생을 심부름 보냈어요.; 동생을 심부름을 보냈어요.; PASS; *",
        // a misspelt side one turns to
        "POLITE; 사거리에서 외쪽에 도세요.; 사거리에서 왼쪽으로 도세요.; particle_wrong/location_for_way; 외쪽에→외쪽으로",
        "POLITE; 은행에서 오른족에 가세요.; 은행에서 오른쪽으로 가세요.; particle_wrong/location_for_way; 오른족에→오른족으로",
        // the institution one attends
        "POLITE; 저는 한국대학교에서 다녀요.; 저는 한국대학교 학생이에요.; particle_wrong/action_place_for_goal; 한국대학교에서→한국대학교에",
        "FORMAL; 저는 무역 회사에서 다니고 있습니다.; 저는 무역 회사 직원입니다.; particle_wrong/action_place_for_goal; 회사에서→회사에",
        // 에서 of the starting point of a commute, or a modifier
        "POLITE; 회사에서 다니는 버스가 있어요.; 회사 버스가 있어요.; PASS; *",
        "POLITE; 저는 기숙사에서 학교 다녀요.; 저는 기숙사에서 학교에 다녀요.; PASS; *"
    })
    void particlesOnTheLearnersOwnWords(String register, String answer, String accepted, String expected, String span) {
        RuleRows.subtypeRow(EVALUATOR, register, answer, accepted, expected, span);
    }
}
