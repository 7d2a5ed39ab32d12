package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 9 (eval14d) checks on the learner's own words: misspellings by sound ({@link LetterSlips}), the
 * particle of a place by its role ({@link PlaceRoleParticles}), suppletive honorifics and the humble
 * recipient ({@link SuppletiveHonorifics}) and a degree adverb after its adjective ({@link DegreeAdverbOrder}).
 * Rows are new sentences, not the set's.
 */
class OwnWordSlipsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // register; answer; accepted; category; subtype; original; correction
        "POLITE; 창문 좀 닫아 주새요.; 창문 좀 닫아 주세요.|창문 좀 닫아 주실래요?; SPELLING; spelling/seyo; 주새요; 주세요",
        "POLITE; 여기 앉으새요.; 여기 앉으세요.; SPELLING; spelling/seyo; 앉으새요; 앉으세요",
        "POLITE; 우리 저녁애 만나요.; 저녁 때 봐요.; SPELLING; spelling/vowel; 저녁애; 저녁에",
        "POLITE; 회의가 오후애 있어요.; 오후 두 시에 회의해요.; SPELLING; spelling/vowel; 오후애; 오후에",
        "POLITE; 가방에서 지갑 좀 꺼네 주세요.; 가방에서 지갑 좀 꺼내 주세요.; SPELLING; spelling/vowel; 꺼네; 꺼내",
        "POLITE; 이 편지 좀 보네 주세요.; 이 편지 좀 부쳐 주세요.; SPELLING; spelling/vowel; 보네; 보내",
        "CASUAL; 어제 친구랑 영화 봣어.; 어제 극장에 갔어.; SPELLING; spelling/final_ss; 봣어; 봤어",
        "CASUAL; 나 벌써 도착햇어.; 나 벌써 왔어.; SPELLING; spelling/final_ss; 도착햇어; 도착했어",
        "CASUAL; 나 공원에서 있을게. 천천히 와.; 나 공원에 있을게. 천천히 와.; PARTICLE_WRONG; particle_wrong/action_place_for_location; 공원에서; 공원에",
        "POLITE; 로비에서 있으세요. 곧 갈게요.; 로비에 계세요. 곧 갈게요.; PARTICLE_WRONG; particle_wrong/action_place_for_location; 로비에서; 로비에",
        "POLITE; 도서관에 기다리고 있을게요.; 도서관에서 기다릴게요.; PARTICLE_WRONG; particle_wrong/location_for_action_place; 도서관에; 도서관에서",
        "POLITE; 회의실에 노트북을 사용해도 돼요?; 회의실에서 노트북 써도 돼요?; PARTICLE_WRONG; particle_wrong/location_for_action_place; 회의실에; 회의실에서",
        "FORMAL; 부산행 버스는 몇 번 정류장에 출발합니까?; 부산행 버스는 어디에서 출발합니까?; PARTICLE_WRONG; particle_wrong/location_for_source; 정류장에; 정류장에서",
        "POLITE; 기차가 서울역에 출발했어요.; 기차는 이미 떠났어요.; PARTICLE_WRONG; particle_wrong/location_for_source; 서울역에; 서울역에서",
        "POLITE; 일주일에서 세 번 운동해요.; 저는 자주 헬스장에 가요.; PARTICLE_WRONG; particle_wrong/action_place_for_frequency; 일주일에서; 일주일에",
        "POLITE; 이 약은 하루에서 두 번 드세요.; 아침하고 저녁에 드세요.; PARTICLE_WRONG; particle_wrong/action_place_for_frequency; 하루에서; 하루에",
        "POLITE; 선생님, 과일 좀 먹으세요.; 선생님, 과일 좀 드세요.|선생님, 과일 드셔 보세요.; HONORIFIC; honorific/verb; 먹으세요; 드세요",
        "POLITE; 할아버지는 벌써 저녁을 먹으셨어요.; 할아버지는 벌써 저녁을 드셨어요.|할아버지께서 진지를 드셨어요.; HONORIFIC; honorific/verb; 먹으셨어요; 드셨어요",
        "POLITE; 이 꽃은 어머니를 드릴 거예요.; 어머니 선물로 꽃을 살 거예요.; PARTICLE_WRONG; particle_wrong/object_for_dative; 어머니를; 어머니께",
        "POLITE; 이 책은 선생님을 드리고 싶어요.; 선생님한테 책을 선물하고 싶어요.; PARTICLE_WRONG; particle_wrong/object_for_dative; 선생님을; 선생님께",
        "POLITE; 요즘 새 노트북이 찾고 있어요.; 노트북을 사려고 해요.; PARTICLE_WRONG; particle_wrong/subject_for_object; 노트북이; 노트북을",
        "POLITE; 학교 근처에서 아파트가 찾고 있어요.; 학교 근처 집을 알아보고 있어요.; PARTICLE_WRONG; particle_wrong/subject_for_object; 아파트가; 아파트를",
        "POLITE; 제일 싼 방 있어요? 싼 제일 방 주세요.; 제일 싼 방 주세요.|가장 싼 방으로 주세요.; WORD_ORDER; word_order/adverb_after_modifier; 싼 제일; 제일 싼",
        "POLITE; 큰 더 가방 있어요?; 더 큰 가방 있어요?|좀 더 큰 가방은 없어요?; WORD_ORDER; word_order/adverb_after_modifier; 큰 더; 더 큰"
    })
    void theLearnersSlipIsNamed(String register, String answer, String expected, String category, String subtype,
            String original, String correction) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, expected, ErrorCategory.valueOf(category),
                subtype, original, correction);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // correct answers of the same shapes pass
        "POLITE; 냄새가 이상해요. 천장에서 물이 새요.; 천장에서 물이 새요.",
        "POLITE; 연애 이야기 좀 해 주세요.; 연애 이야기 해 주세요.",
        "CASUAL; 어제 웃었어. 진짜 재밌었어.; 어제 진짜 재미있었어.",
        "POLITE; 편지 좀 보내 주세요.; 편지 좀 보내 주세요.",
        "POLITE; 학교에서 축제가 있어요.; 학교에서 축제가 있어요.|학교에 축제가 있어요.",
        "POLITE; 식당에 먹으러 가요.; 식당에 먹으러 가요.",
        "POLITE; 카페에서 기다릴게요.; 카페에서 기다릴게요.",
        "POLITE; 오후 세 시에 출발해요.; 세 시에 출발해요.",
        "POLITE; 하루에 세 번 드세요.; 하루에 세 번 드세요.",
        "POLITE; 선생님, 커피 좀 드세요.; 선생님, 커피 드세요.",
        "POLITE; 할머니를 도와 드릴게요.; 할머니를 도와 드릴게요.",
        "POLITE; 예쁜 아주 작은 집이에요.; 아주 작은 집이에요.",
        "POLITE; 여기가 제일 가까운 역이에요.; 제일 가까운 역이에요.",
        "POLITE; 동생이 지금 찾고 있어요.; 동생이 찾고 있어요.",
        "POLITE; 그 회사가 요즘 찾고 있어요.; 그 회사가 찾고 있어요."
    })
    void aCorrectAnswerOfTheSameShapePasses(String register, String answer, String expected) {
        RuleRows.check(EVALUATOR, "own-word slips", answer, expected, Register.valueOf(register), "PASS");
    }
}
