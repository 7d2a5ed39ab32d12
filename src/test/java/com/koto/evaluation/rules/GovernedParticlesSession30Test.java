package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Particles a following word or construction governs, left out on a bare noun (session 30, helper s30a): 에 before
 * 대해/관해/비해/의하면, 에 before 좋다/나쁘다 after an ailment or the body before a remedy, (으)로 before 옮기다 after a
 * modified noun an accepted answer writes so ({@link GovernedParticles}), and 에서 after 밖 before a verb of activity
 * ({@link ActionPlace}). Per mechanism, wrong answers it catches and correct look-alikes it must pass, on other tasks
 * than the development sets.
 */
class GovernedParticlesSession30Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // 에 before a postposition verb (대하다, 관하다, 비하다, 의하다)
            "오늘은 한국 역사 대해서 이야기하겠습니다.; 오늘 발표 주제는 한국 역사입니다.; FORMAL; particle_missing/postposition; 역사→역사에",
            "이 문제 관해 질문이 있어요.; 이 문제를 질문하고 싶어요.; POLITE; particle_missing/postposition; 문제→문제에",
            "작년 비해 많이 추워요.; 작년보다 많이 추워요.; POLITE; particle_missing/postposition; 작년→작년에",
            "뉴스 의하면 내일 비가 와요.; 뉴스에서 내일 비가 온대요.; POLITE; particle_missing/postposition; 뉴스→뉴스에",
            "환불 대한 정보를 알고 싶어요.; 환불 방법을 알고 싶어요.; POLITE; particle_missing/postposition; 환불→환불에",
            "한국 역사에 대해서 이야기하겠습니다.; 한국 역사에 대해서 이야기하겠습니다.; FORMAL; PASS; *",
            "친구 따라 서울에 왔어요.; 친구를 따라 서울에 왔어요.; POLITE; NO particle_missing; *",
            "이 문제에 관해 질문이 있어요.; 이 문제에 관해 질문이 있어요.; POLITE; PASS; *",
            "작년보다 많이 추워요.; 작년에 비해 많이 추워요.; POLITE; NO particle_missing; *",
            "손님을 친절하게 대해 주세요.; 손님을 친절하게 대해 주세요.; POLITE; PASS; *",
            // 에 before 좋다/나쁘다: an ailment, or the body before a remedy
            "감기 좋은 차 있어요?; 감기약 있어요?; POLITE; particle_missing/target; 감기→감기에",
            "두통 나쁜 음식이 뭐예요?; 머리 아플 때 뭘 먹으면 안 돼요?; POLITE; particle_missing/target; 두통→두통에",
            "기침 좋은 약 좀 주세요.; 기침약 좀 주세요.; POLITE; particle_missing/target; 기침→기침에",
            "피부 좋은 크림을 찾고 있어요.; 보습 크림을 찾고 있어요.; POLITE; particle_missing/target; 피부→피부에",
            "이 음식은 건강 나쁜 음식이에요.; 이 음식은 몸에 안 좋아요.; POLITE; particle_missing/target; 건강→건강에",
            "목 좋은 차 추천해 주세요.; 목이 아파요. 따뜻한 차 추천해 주세요.; POLITE; particle_missing/target; 목→목에",
            "오늘 기분 좋은 날이에요.; 오늘 기분 좋은 날이에요.; POLITE; PASS; *",
            "날씨 좋은 날 소풍 가요.; 날씨 좋은 날 소풍 가요.; POLITE; PASS; *",
            "우리 언니는 피부 좋은 사람이에요.; 우리 언니는 피부가 좋은 사람이에요.; POLITE; NO particle_missing; *",
            "이 식당은 맛 좋은 집이에요.; 이 식당은 맛있는 집이에요.; POLITE; NO particle_missing; *",
            "몸에 좋은 음식 먹고 싶어요.; 몸에 좋은 음식을 먹고 싶어요.; POLITE; PASS; *",
            // (으)로 before 옮기다: a modified noun an accepted answer writes with (으)로
            "넓은 방 옮기고 싶어요.; 더 넓은 방으로 바꿔 주세요.; POLITE; particle_missing/result; 방→방으로",
            "통로 자리 옮겨도 될까요?; 자리를 바꿀 수 있어요? 통로 자리로 주세요.; POLITE; particle_missing/result; 자리→자리로",
            "다른 테이블 옮겨 주세요.; 창가 테이블로 바꿔 주세요.; POLITE; particle_missing/result; 테이블→테이블로",
            "조용한 교실 옮기면 좋겠어요.; 다른 교실로 바꾸면 좋겠어요.; POLITE; particle_missing/result; 교실→교실로",
            "방 옮기고 싶어요.; 다른 방으로 옮기고 싶어요.; POLITE; NO particle_missing; *",
            "제 자리 옮겨도 돼요?; 자리를 옮겨도 돼요?; POLITE; NO particle_missing; *",
            "무거운 상자 옮겨 줄게.; 무거운 상자 옮기는 거 도와줄게.; CASUAL; PASS; *",
            "이 책상 옮겨 주세요.; 책상을 창가로 옮겨 주세요.; POLITE; NO particle_missing; *",
            // 에서 after 밖 before a verb of activity
            "오늘은 밖 먹을 거예요.; 오늘은 외식할 거예요.; POLITE; particle_missing/activity_place; 밖→밖에서",
            "주말에 밖 운동했어요.; 주말에 공원에서 운동했어요.; POLITE; particle_missing/activity_place; 밖→밖에서",
            "오늘은 밖 공부하자.; 오늘은 같이 공부하자.; CASUAL; particle_missing/activity_place; 밖→밖에서",
            "어제 바깥 일했어요.; 어제 하루 종일 일했어요.; POLITE; particle_missing/activity_place; 바깥→바깥에서",
            "밖에서 먹고 왔어요.; 밖에서 먹고 왔어요.; POLITE; PASS; *",
            "밖에 비가 와요.; 밖에 비가 와요.; POLITE; PASS; *",
            "밖 추워요. 안에서 먹어요.; 밖이 추워요. 안에서 먹어요.; POLITE; NO particle_missing; *",
            "저는 물밖에 안 마셨어요.; 저는 물밖에 안 마셨어요.; POLITE; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
