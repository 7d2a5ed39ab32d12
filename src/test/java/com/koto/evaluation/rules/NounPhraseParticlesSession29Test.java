package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision of particle findings (session 29, helper s29a): correct answers that a particle rule failed, read as
 * classes, with the wrong answers each class must still catch. A calendar time is no second goal (다음 주에 부산으로
 * 가요), a goal of 가다 takes 에, (으)로 or 까지 also inside a relative clause (공항으로 가는 버스), a noun inside a noun
 * phrase takes no particle of its own ({@link NounPhraseReadings}: 베개 하나하고, 공항 셔틀버스, 객실 와이파이는), and the
 * bare object of a verb of change is the thing one has where the result is named apart ({@link AcceptedRoles}: 방을
 * 바꾸고 싶어요. 바다가 보이는 방 있어요?).
 */
class NounPhraseParticlesSession29Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // a calendar time with 에 is no goal: the goal of 가다/오다 takes 에, (으)로 or nothing
            "다음 달에 제주도로 여행 가요.; 다음 달에 제주도에 가요.; POLITE; PASS; *",
            "지난주에 고향으로 갔어요.; 지난주에 고향에 갔어요.; POLITE; PASS; *",
            "3월에 한국으로 와요.; 3월에 한국에 와요.; POLITE; PASS; *",
            "다음 주에 도서관 가요.; 다음 주에 도서관에 가요.; POLITE; PASS; *",
            "다음 주에 학교에서 가요.; 다음 주에 학교에 가요.; POLITE; particle_wrong; 학교에서→학교에",
            "지난주에 버스에 갔어요.; 지난주에 버스로 갔어요.; POLITE; particle_wrong; 버스에→버스로",
            "다음 주에 회사에서 가야 돼요.; 다음 주에 회사에 가야 돼요.; POLITE; particle_wrong; 회사에서→회사에",
            "5월에 친구 같이 부산에 가요.; 5월에 친구하고 같이 부산에 가요.; POLITE; particle_missing; 친구→친구하고",
            // the goal of a relative clause 가는 N, marked or bare
            "시청으로 가는 버스가 몇 번이에요?; 시청 가는 버스가 몇 번이에요?; POLITE; PASS; *",
            "명동까지 가는 지하철이 있어요?; 명동 가는 지하철이 있어요?; POLITE; PASS; *",
            "서울역으로 가는 길을 알려 주세요.; 서울역 가는 길을 알려 주세요.; POLITE; PASS; *",
            "병원까지 가는 방법을 모르겠어요.; 병원 가는 방법을 모르겠어요.; POLITE; PASS; *",
            "시청에서 가는 버스가 몇 번이에요?; 시청 가는 버스가 몇 번이에요?; POLITE; particle_wrong; *",
            "공항에게 가는 버스가 있어요?; 공항 가는 버스가 있어요?; POLITE; particle_wrong; *",
            "학교한테 가는 길을 알려 주세요.; 학교 가는 길을 알려 주세요.; POLITE; particle_wrong; *",
            // a quantity after the noun carries the joining 하고/(이)랑
            "콜라 한 병하고 물 한 병 주세요.; 콜라하고 물 주세요.; POLITE; PASS; *",
            "우표 세 장이랑 봉투 하나 주세요.; 우표랑 봉투 주세요.; POLITE; PASS; *",
            "수건 두 개하고 칫솔 하나 더 주세요.; 수건하고 칫솔 더 주세요.; POLITE; PASS; *",
            "아메리카노 하나랑 라떼 하나 주세요.; 아메리카노랑 라떼 주세요.; POLITE; PASS; *",
            "친구 같이 영화 봤어요.; 친구하고 같이 영화 봤어요.; POLITE; particle_missing; 친구→친구하고",
            "언니 부산에 갔어요.; 언니랑 부산에 갔어요.; POLITE; particle_missing; 언니→언니랑",
            "동생 같이 놀았어요.; 동생이랑 같이 놀았어요.; POLITE; particle_missing; 동생→동생이랑",
            "콜라 하나하고 물를 주세요.; 콜라하고 물을 주세요.; POLITE; particle_allomorph; 물를→물을",
            // a place before a vehicle names its route
            "부산 기차 있어요?; 부산까지 기차 있어요?; POLITE; PASS; *",
            "인천공항 리무진은 몇 시에 있어요?; 인천공항까지 리무진이 몇 시에 있어요?; POLITE; PASS; *",
            "제주 비행기 표 있어요?; 제주까지 비행기 표 있어요?; POLITE; PASS; *",
            "강남 셔틀은 몇 시에 출발해요?; 강남까지 셔틀이 몇 시에 출발해요?; POLITE; PASS; *",
            "명동 버스로 가요.; 명동에 버스로 가요.; POLITE; particle_missing; 명동→명동에",
            "부산 KTX로 갔어요.; 부산에 KTX로 갔어요.; POLITE; particle_missing; 부산→부산에",
            "서울역 지하철 갈아타요.; 서울역에서 지하철 갈아타요.; POLITE; particle_missing; 서울역→서울역에서",
            "이 소포를 자카르타 항공편으로 보내고 싶어요.; 이 소포를 자카르타로 항공편으로 보내고 싶어요.; POLITE; particle_missing; 자카르타→자카르타로",
            // a place before a topic noun is one topic phrase
            "호텔 수영장은 몇 시에 열어요?; 호텔에서 수영장 몇 시에 열어요?; POLITE; PASS; *",
            "학교 식당은 어디에 있어요?; 학교에 식당이 어디에 있어요?; POLITE; PASS; *",
            "방 에어컨은 어떻게 켜요?; 방에서 에어컨 어떻게 켜요?; POLITE; PASS; *",
            "회사 주차장은 몇 층이에요?; 회사에 주차장이 몇 층이에요?; POLITE; PASS; *",
            "카페 친구를 만나요.; 카페에서 친구를 만나요.; POLITE; particle_missing; 카페→카페에서",
            "국 머리카락이 있어요.; 국에 머리카락이 있어요.; POLITE; particle_missing; 국→국에",
            "방 수건이 없어요.; 방에 수건이 없어요.; POLITE; particle_missing; 방→방에",
            "도서관 책을 읽어요.; 도서관에서 책을 읽어요.; POLITE; particle_missing; 도서관→도서관에서",
            // the thing one has changed, the result named apart
            "자리를 바꾸고 싶어요. 창가 자리 있어요?; 창가 자리로 바꿀 수 있어요?; POLITE; PASS; *",
            "표를 바꾸고 싶은데요, 내일 아침 표 있어요?; 내일 아침 표로 바꿀 수 있어요?; POLITE; PASS; *",
            "사이즈를 교환하고 싶어요. 더 큰 사이즈 있어요?; 더 큰 사이즈로 교환하고 싶어요.; POLITE; PASS; *",
            "방을 바꿔 주세요. 조용한 방 있어요?; 조용한 방으로 바꿔 주세요.; POLITE; PASS; *",
            "더 큰 사이즈를 바꾸고 싶어요.; 더 큰 사이즈로 바꾸고 싶어요.; POLITE; particle_wrong; 사이즈를→사이즈로",
            "비빔밥을 바꿔 주세요.; 비빔밥으로 바꿔 주세요.; POLITE; particle_wrong; 비빔밥을→비빔밥으로",
            "창가 자리를 바꿔 주세요.; 창가 자리로 바꿔 주세요.; POLITE; particle_wrong; 자리를→자리로",
            "조용한 방을 바꿔 주세요.; 조용한 방으로 바꿔 주세요.; POLITE; particle_wrong; 방을→방으로",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
