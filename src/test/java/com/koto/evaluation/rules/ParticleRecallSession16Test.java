package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 16 (eval30b): particle recall on the learner's own words, as classes shared across writers
 * ({@link AcceptedRoles}, {@code PlaceRoleParticles.being}, {@code WellFormedReadings.startWithE}). Each wrong row
 * differs from its accepted answer in a second, harmless place too (an opener, 제일 for 가장, an adverb), as unseen
 * answers do, so the comparison alone would let it pass; each class has correct neighbours that must not get its
 * finding. The sentences are written for this test, not taken from the sets.
 */
class ParticleRecallSession16Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // register; answer; accepted (| between several); PASS, FAIL, NO <subtype> or the subtype; original→correction
        // 에서 on the goal of a verb of going, coming or sending, where an accepted answer goes there
        "POLITE; 저기요, 제일 가까운 병원에서 어떻게 가요?; 실례지만 가장 가까운 병원에 어떻게 가요?|가장 가까운 병원이 어디예요?; particle_wrong/action_place_for_goal; 병원에서→병원에",
        "CASUAL; 이번 주말에 우리 공원에서 갈래?; 이번 주말에 같이 공원 갈래?; particle_wrong/action_place_for_goal; 공원에서→공원에",
        "POLITE; 이 편지를 일본에서 빨리 보내고 싶은데요.; 이 편지를 일본에 보내고 싶어요.; particle_wrong; 일본에서→일본에",
        "POLITE; 실례합니다. 여기에서 박물관에서 어떻게 가요?; 여기에서 박물관까지 어떻게 가요?; particle_wrong; 박물관에서→박물관까지",
        // a starting point, a range, another predicate first, another goal: no goal finding
        "POLITE; 저 기차는 서울역에서 몇 시에 출발해요?; 서울역에서 몇 시에 출발해요?; PASS; *",
        "POLITE; 저기요, 여기서 공항까지 어떻게 가요?; 공항에 어떻게 가요?; PASS; *",
        "POLITE; 저는 도서관에서 공부하러 가요.; 저는 도서관에 가요.; PASS; *",
        "POLITE; 오늘은 회사에서 바로 집에 가요.; 집에 가요.; PASS; *",
        // 에 on the place of an action, where an accepted answer writes 에서 (or its contraction)
        "POLITE; 보통 어디에 점심을 먹어요?; 보통 점심은 어디에서 먹어요?; particle_wrong/location_for_action_place; 어디에→어디에서",
        "CASUAL; 내일 우리 공원에 같이 자전거 타자.; 내일 같이 자전거 빌려서 공원에서 타자.; particle_wrong/location_for_action_place; 공원에→공원에서",
        "POLITE; 혹시 여기에 사진 좀 찍어도 돼요?; 여기서 사진 찍어도 돼요?; particle_wrong/location_for_action_place; 여기에→여기서",
        // putting and being take 에
        "POLITE; 가방은 여기에 놓아도 돼요?; 여기서 잠깐 쉬어도 돼요?; NO particle_wrong/location_for_action_place; *",
        "POLITE; 저는 지금 카페에 있어요.; 저는 지금 카페에서 공부해요.; NO particle_wrong/location_for_action_place; *",
        // what a thing is changed into, in (으)로
        "POLITE; 죄송하지만 녹차를 바꿔 주세요.; 이거 말고 녹차로 바꿔 주세요.; particle_wrong/location_for_direction; 녹차를→녹차로",
        "POLITE; 이 셔츠가 작아서 큰 사이즈에 바꿔 주세요.; 이 셔츠를 큰 사이즈로 바꿔 주세요.; particle_wrong/location_for_direction; 사이즈에→사이즈로",
        "POLITE; 이 컵을 바꿔 주세요.; 이 컵을 새 컵으로 바꿔 주세요.; NO particle_wrong/location_for_direction; *",
        // 이/가 and 을/를 by the frame of the same verb in an accepted answer
        "POLITE; 지난주에 인터넷으로 영화표가 두 장 예매했어요.; 어제 영화표를 두 장 예매했어요.; particle_wrong/subject_for_object; 영화표가→영화표를",
        "POLITE; 혹시 이 근처에 좋은 치과가 알아요?; 이 근처에 괜찮은 치과 알아요?; particle_wrong/subject_for_object; 치과가→치과를",
        "POLITE; 옆집 개를 밤마다 시끄럽게 짖어요.; 옆집 개가 밤마다 짖어요.; particle_wrong/object_on_intransitive; 개를→개가",
        "POLITE; 방에 불이 켜져 있어요.; 방에 불을 켜 놓았어요.; NO particle_wrong/subject_for_object; *",
        // the subject of a modifier clause with 은/는
        "CASUAL; 민수는 만든 케이크 진짜 맛있었어.; 민수가 만든 케이크 정말 맛있어.; particle_wrong/topic_in_modifier; 민수는→민수가",
        "POLITE; 저는 좋아하는 음식이 불고기예요.; 불고기를 좋아해요.; PASS; *",
        // 까지 of the end of a stretch, before the same verb that lasts; 부터 for 까지
        "POLITE; 여기에서 시청에 보통 얼마나 걸려요?; 여기에서 시청까지 얼마나 걸려요?; particle_wrong/location_for_until; 시청에→시청까지",
        "POLITE; 그 도서관은 몇 시부터 열어요?; 도서관은 몇 시까지 열어요?; particle_wrong/from_for_until; 시부터→시까지",
        "POLITE; 오늘은 몇 시에 문 열어요?; 몇 시부터 몇 시까지 열어요?; PASS; *",
        // the one the speaker goes with, as the object of 가다
        "CASUAL; 나 내일 동생을 제주도에 가.; 내일 동생이랑 제주도에 가.; particle_wrong/case_for_comitative; 동생을→동생이랑",
        "POLITE; 내일 친구를 만나서 영화를 봐요.; 내일 친구하고 영화 봐요.; PASS; *",
        "POLITE; 우리 강아지가 같이 가도 돼요?; 강아지도 같이 가도 돼요?; PASS; *",
        // a place name bare before the means of sending: the goal left out, where an accepted answer names it
        "POLITE; 이 책을 부산 택배로 보내고 싶어요.; 이 책을 부산으로 택배로 보내고 싶어요.; particle_missing/direction; 부산→부산으로",
        "POLITE; 이 책을 한국 택배로 보냈어요.; 이 책을 택배로 보냈어요.; PASS; *",
        // 에서 before 있다 of where someone or something is; an event takes place in 에서
        "CASUAL; 나 지금 도서관에서 있어. 나중에 전화할게.; 나 지금 도서관이야. 나중에 전화할게.; particle_wrong/action_place_for_location; 도서관에서→도서관에",
        "POLITE; 실례합니다. 은행이 어디에서 있어요?; 은행이 어디에 있어요?; particle_wrong; 어디에서→어디에",
        "POLITE; 내일 학교에서 축제가 있어요.; 내일 학교에서 축제가 열려요.; PASS; *",
        "POLITE; 서울에서 있었던 일을 이야기해 주세요.; 서울에서 있었던 일을 말해 주세요.; PASS; *",
        // 전에 for 전부터 before -고 있다, with 시작하다 in the next sentence (not its own)
        "FORMAL; 저는 2년 전에 피아노를 배우고 있습니다. 중학교 때 시작했습니다.; 저는 2년 동안 피아노를 배웠습니다. 중학교 때 시작했습니다.; particle_wrong; 전에→전부터",
        "POLITE; 저는 지난달에 요가를 시작했어요.; 저는 지난달부터 요가를 하고 있어요.; PASS; *"
    })
    void particlesByTheAcceptedRoleOfTheLearnersNoun(String register, String answer, String accepted, String expected,
            String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
