package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 17 (s17b): recall of {@code particle_wrong} and {@code honorific} on the learner's own words, as classes with
 * a grammar source, drawn as widely as the verb frame allows ({@link ArgumentParticles} 늦다 and 걸리다 of an illness,
 * {@link EventPlaces}, 사용하다/이용하다 in {@code verb-frames.json} and {@link ParticleFrames#asAcceptedTopic},
 * {@link OwnModalSi}, and two span classes of {@code SpanChoices}). Each wrong row differs from its accepted answer in
 * a second, harmless place too where it can (an opener, 기차 for 비행기, a modifier), as unseen answers do; each class
 * has correct neighbours that must pass or get no finding of the class. The sentences are written for this test, not
 * taken from the sets.
 */
class ParticleHonorificRecallSession17Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // register; answer; accepted (| between several); PASS, FAIL, NO <subtype> or the subtype; original→correction
        // 늦다 'be late' takes the time or event in 「…에」 (표준국어대사전 '늦다¹' 「동사」)
        "POLITE; 기사님, 제가 기차 시간을 늦어서 빨리 가 주세요.; 기차 시간에 늦어서 그런데 빨리 가 주세요.; particle_wrong/object_for_location; 시간을→시간에",
        "POLITE; 오늘 아침에 회의를 늦었어요. 죄송합니다.; 오늘 회의에 늦었어요. 죄송합니다.; particle_wrong/object_for_location; 회의를→회의에",
        "CASUAL; 나 어제 약속 시간을 좀 늦었어.; 어제 약속 시간에 늦었어.; particle_wrong/object_for_location; 시간을→시간에",
        "POLITE; 학교를 늦을 것 같아요.; 학교에 늦을 것 같아요.; particle_wrong/object_for_location; 학교를→학교에",
        // the adverb 늦게 and the modifier 늦은 are not the noun's predicate; 에 and a bare length of time pass
        "POLITE; 어제 숙제를 늦게 내서 죄송해요.; 숙제를 늦게 내서 죄송합니다.; PASS; *",
        "POLITE; 회의를 늦은 시간에 해요.; 회의는 늦은 시간에 해요.; PASS; *",
        "POLITE; 죄송해요, 10분 늦었어요.; 죄송해요, 조금 늦었어요.; PASS; *",
        "POLITE; 비행기 시간에 늦어서 빨리 가 주세요.; 비행기 시간에 늦어서 그런데 좀 빨리 가 주세요.; PASS; *",
        // an illness one catches takes 「…에 걸리다」 (표준국어대사전 '걸리다': 감기에 걸리다)
        "POLITE; 제가 독감을 걸려서 오늘 못 가요.; 독감에 걸려서 오늘 못 가요.; particle_wrong/object_for_location; 독감을→독감에",
        "POLITE; 아이가 장염을 걸려서 병원에 왔어요.; 아이가 장염에 걸려서 왔어요.; particle_wrong/object_for_location; 장염을→장염에",
        "POLITE; 감기 걸려서 내일 오전에 예약하고 싶어요.; 감기가 심해서 내일 오전에 진료 예약하고 싶어요.|감기에 걸려서요. 내일 오전으로 예약할 수 있을까요?; PASS; *",
        "POLITE; 감기에 걸려서 내일 오전으로 예약하고 싶어요.; 감기가 심해서 내일 오전에 진료 예약하고 싶어요.|감기에 걸려서요. 내일 오전으로 예약할 수 있을까요?; PASS; *",
        "POLITE; 여기에서 공항까지 시간이 얼마나 걸려요?; 여기에서 공항까지 얼마나 걸려요?; PASS; *",
        "POLITE; 친구한테 전화를 걸었어요.; 친구한테 전화했어요.; NO particle_wrong/object_for_location; *",
        // an event held at a place: the place of an action takes 에서 (표준국어대사전 '에서' ①)
        "CASUAL; 민수야, 토요일에 우리 집에 집들이 해. 올래?; 민수야, 토요일에 우리 집에서 집들이 해. 올 수 있어?; particle_wrong/location_for_action_place; 집에→집에서",
        "POLITE; 내일 회의실에 회의를 해요.; 내일 회의실에서 회의해요.; particle_wrong/location_for_action_place; 회의실에→회의실에서",
        "CASUAL; 이번 주말에 공원에 바비큐 파티 하자.; 이번 주말에 공원에서 바비큐 하자.; particle_wrong/location_for_action_place; 공원에→공원에서",
        // a time with 에, the goal of 오다, 있다 of an event, 하다 of a surface or a receiver: no finding of the class
        "CASUAL; 금요일 저녁에 우리 집에서 파티해.; 금요일 저녁에 우리 집에서 파티 해.; PASS; *",
        "CASUAL; 금요일 저녁에 파티 해. 우리 집으로 와.; 금요일에 우리 집에서 파티 해.; PASS; *",
        "CASUAL; 우리 집에 파티 하러 와.; 우리 집에서 파티 해. 와.; PASS; *",
        "CASUAL; 우리 집에 파티가 있어. 와!; 우리 집에서 파티 해. 와.; PASS; *",
        "POLITE; 여기에 사인해 주세요.; 여기에 사인해 주세요.; PASS; *",
        "POLITE; 회사에 전화해 주세요.; 회사에 전화해 주세요.; PASS; *",
        "POLITE; 오늘 생일에 파티 해요.; 오늘 생일이라서 파티 해요.; PASS; *",
        // the thing used with 이/가 before 사용하다/이용하다 (「…을」); the accepted answer's topic where the noun opens the
        // sentence as the topic does, else 을/를
        "POLITE; 저기요, 이 세탁기가 어떻게 사용해요?; 이 세탁기는 어떻게 사용해요?; particle_wrong/subject_for_object; 세탁기가→세탁기는",
        "POLITE; 이 앱이 어떻게 이용해요?; 이 앱을 어떻게 이용해요?; particle_wrong/subject_for_object; 앱이→앱을",
        "POLITE; 짐이 몇 킬로까지 부칠 수 있어요?; 짐은 몇 킬로까지 부칠 수 있어요?; particle_wrong/subject_for_object; 짐이→짐은",
        "POLITE; 한 번에 우산이 몇 개 빌릴 수 있어요?; 우산은 몇 개까지 빌릴 수 있어요?; particle_wrong/subject_for_object; 우산이→우산을",
        "POLITE; 이 러닝머신 어떻게 써요?; 이 러닝머신은 어떻게 사용해요?; PASS; *",
        "POLITE; 이 기계가 어떻게 작동해요?; 이 기계는 어떻게 작동해요?; PASS; *",
        "POLITE; 이 방이 회의실로 사용돼요?; 이 방은 회의실로 사용돼요?; PASS; *",
        "POLITE; 여기서 카드를 사용할 수 있어요?; 여기서 카드 사용할 수 있어요?; PASS; *",
        "POLITE; 지하철이 편해요. 매일 이용해요.; 지하철을 매일 이용해요.; PASS; *",
        // -(으)시- on the speaker's own permission or duty asked, where the accepted answers ask it plainly
        "POLITE; 혹시 다음 달에 이사 오셔도 돼요?; 다음 달에 이사 들어와도 돼요?|다음 달부터 들어와서 살 수 있어요?; honorific/si_extra; 오셔도→와도",
        "POLITE; 이 약 하루에 몇 번 드셔야 돼요?; 하루에 몇 번 먹어야 돼요?|이 약은 하루에 몇 번 먹어요?; honorific/si_extra; 드셔야→먹어야",
        "POLITE; 여기 잠깐 앉으셔도 돼요?; 여기 잠깐 앉아도 돼요?; honorific/si_extra; 앉으셔도→앉아도",
        "POLITE; 사진 찍으셔도 돼요?; 사진 찍어도 돼요?; honorific/si_extra; 찍으셔도→찍어도",
        // an honoured person named, the accepted answer raising the listener, the plain frame: no finding
        "POLITE; 할머니가 매운 음식 드셔도 돼요?; 할머니가 매운 음식 먹어도 돼요?; PASS; *",
        "POLITE; 손님, 여기 앉으셔도 돼요?; 여기 앉으셔도 돼요?; PASS; *",
        "POLITE; 다음 달에 이사 와도 돼요?; 다음 달에 이사 들어와도 돼요?; PASS; *",
        "FORMAL; 내일 몇 시까지 오셔야 합니까?; 내일 몇 시까지 와야 합니까?; PASS; *",
        // spans: -(으)세요 to a friend is corrected into the learner's own verb in 반말; 반말 to a teacher into the
        // accepted answer's humble N드리다 of the learner's N하다
        "CASUAL; 지민아, 토요일 저녁에 우리 집에서 파티 해. 오세요!; 지민아, 토요일 저녁에 우리 집에서 파티 해. 올래?; honorific/friend_seyo; 오세요→와",
        "CASUAL; 지수야, 내일 우리 집에 놀러 오세요.; 지수야, 내일 우리 집에 놀러 올래?; honorific/friend_seyo; 오세요→와",
        "CASUAL; 민수야, 내일 같이 도서관에 가세요.; 민수야, 내일 같이 도서관 갈래?; honorific/friend_seyo; 가세요→가",
        "CASUAL; 내일 같이 도서관에 가세요.; 내일 같이 도서관 갈래?; NO honorific/friend_seyo; *",
        "POLITE; 선생님, 졸업 축하해. 정말 감사했어요.; 선생님, 졸업 축하드려요. 정말 감사했어요.; honorific/speech_level; 축하해→축하드려요",
        "POLITE; 사장님, 정말 감사해.; 사장님, 정말 감사드립니다.; honorific/speech_level; 감사해→감사드립니다",
        "CASUAL; 지민아, 생일 축하해!; 지민아, 생일 축하해!; PASS; *"
    })
    void particlesAndHonorificsOnTheLearnersOwnWords(String register, String answer, String accepted, String expected,
            String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
