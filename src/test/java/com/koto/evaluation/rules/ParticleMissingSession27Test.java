package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Particles speech does not drop, read on the learner's own words (session 27, helper s27a,
 * {@link UndroppedParticles}): a position noun before a verb of being or of acting, 어디 before a verb of acting, the
 * start of a range of times, a vehicle before a goal and a verb of going, a language before 된/쓰인/적힌. Each class
 * has wrong answers it catches with accepted answers worded apart from the learner's, so only the check on the
 * learner's words can fail them, and correct look-alikes that must pass.
 */
class ParticleMissingSession27Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // a position noun bare before a verb of being, putting or acting
            "약국은 병원 옆 있어요.; 병원 바로 옆에 약국이 있습니다.; POLITE; particle_missing/location; 옆→옆에",
            "학교 근처 사는 친구가 있어요.; 친구가 학교 가까이에 살아요.; POLITE; particle_missing/location; 근처→근처에",
            "지하철역 건너편 잠깐 세워 주세요.; 역 맞은편에서 내려 주시겠어요?; POLITE; particle_missing/action_place; 건너편→건너편에서",
            "내일 도서관 입구 앞 만날까?; 내일 도서관 정문에서 볼래?; CASUAL; particle_missing/action_place; 앞→앞에서",
            "가방은 의자 밑 두세요.; 가방은 의자 아래에 놓으시면 돼요.; POLITE; particle_missing/location; 밑→밑에",
            // a position noun before the noun it modifies, before a verb of going, as a time, or with its particle
            "역 근처 카페에서 만나자.; 역 근처 카페에서 만나자.; CASUAL; PASS; *",
            "창가 쪽 자리로 주세요.; 창가 쪽 자리로 주세요.; POLITE; PASS; *",
            "집 앞 편의점에 가요.; 집 앞 편의점에 가요.; POLITE; PASS; *",
            "수업 뒤 만나요.; 수업 끝나고 만나요.; POLITE; NO particle_missing; *",
            "우체국 옆에 있어요.; 우체국 옆에 있어요.; POLITE; PASS; *",
            "앞 봐요.; 앞 봐요.; POLITE; PASS; *",
            // 어디 before a verb of acting
            "환전 어디 해요?; 돈은 어디서 바꿀 수 있어요?; POLITE; particle_missing/action_place; 어디→어디서",
            "우리 내일 어디 만날까?; 내일 몇 시에 어디서 볼까?; CASUAL; particle_missing/action_place; 어디→어디서",
            "이 기차는 어디 출발해요?; 이 기차 출발역이 어디예요?; POLITE; particle_missing; *",
            "2호선으로 어디 갈아타요?; 2호선은 어디에서 갈아타야 돼요?; POLITE; particle_missing/action_place; 어디→어디서",
            // 어디 of a goal, of being, of living, of a symptom, of a choice; 어디서 itself
            "주말에 어디 가요?; 주말에 어디 가요?; POLITE; PASS; *",
            "화장실 어디 있어요?; 화장실 어디 있어요?; POLITE; PASS; *",
            "요즘 어디 살아?; 요즘 어디 살아?; CASUAL; PASS; *",
            "어디 아파요?; 어디 아파요?; POLITE; PASS; *",
            "이번 주말에 어디 해?; 이번 주말에 뭐 해?; CASUAL; NO particle_missing; *",
            "회식 장소 어디 할까요?; 회식 장소 어디 할까요?; POLITE; PASS; *",
            "접수는 어디서 해요?; 접수는 어디서 해요?; POLITE; PASS; *",
            // two times of one kind in a row, the second with 까지
            "수요일 금요일까지 휴가예요.; 수요일부터 금요일까지 쉬어요.; POLITE; particle_missing/from; 수요일→수요일부터",
            "2시 4시까지 회의가 있어요.; 두 시부터 네 시까지 회의예요.; POLITE; particle_missing/from; 2시→2시부터",
            "7월 8월까지 한국에 있을 거예요.; 칠월부터 팔월까지 한국에 있어요.; POLITE; particle_missing/from; 7월→7월부터",
            "10일 15일까지 방을 예약하고 싶어요.; 10일부터 15일까지 방 하나 예약할게요.; POLITE; particle_missing/from; 10일→10일부터",
            // a day before an hour, one time with 까지, 부터 written
            "내일 3시까지 보내 주세요.; 내일 3시까지 보내 주세요.; POLITE; PASS; *",
            "금요일 오후까지 끝낼게요.; 금요일 오후까지 끝낼게요.; POLITE; PASS; *",
            "월요일부터 수요일까지 출장 가요.; 월요일부터 수요일까지 출장 가요.; POLITE; PASS; *",
            "다음 주 금요일까지 내야 돼요.; 다음 주 금요일까지 내야 돼요.; POLITE; PASS; *",
            // a vehicle bare before a goal and a person's verb of going
            "어제 버스 인천에 가서 친구를 만났어요.; 어제 버스로 인천에 가서 친구를 만났어요.; POLITE; particle_missing/direction; 버스→버스로",
            "기차 대구까지 가야 돼요.; 대구까지 기차 타고 가야 돼요.; POLITE; particle_missing/direction; 기차→기차로",
            "우리 지하철 명동에 갈까?; 명동까지 지하철 타고 갈래?; CASUAL; particle_missing/direction; 지하철→지하철로",
            "주말에 비행기 제주도에 가려고 해요.; 주말에 제주도에 비행기 타고 가요.; POLITE; particle_missing/direction; 비행기→비행기로",
            // the vehicle as the subject, a compound with the place, the vehicle taken
            "이 버스 서울역에 가요?; 이 버스 서울역에 가요?; POLITE; PASS; *",
            "버스 정류장에 가서 기다렸어요.; 버스 정류장에 가서 기다렸어요.; POLITE; PASS; *",
            "버스 타고 부산에 가요.; 버스 타고 부산에 가요.; POLITE; PASS; *",
            "다음 기차 부산까지 가요?; 다음 기차 부산까지 가요?; POLITE; PASS; *",
            "내일 기차 대구까지 갈 거야?; 내일 기차 대구까지 갈 거야?; CASUAL; PASS; *",
            // a language bare before 된, 쓰인, 적힌
            "한국어 된 책을 읽고 싶어요.; 한국어로 된 책을 읽고 싶어요.; POLITE; particle_missing/direction; 한국어→한국어로",
            "일본어 쓰인 메뉴 있어요?; 일본어 메뉴판 있나요?; POLITE; particle_missing/direction; 일본어→일본어로",
            "중국어 적힌 안내문을 주세요.; 중국어 안내문 한 장 주세요.; POLITE; particle_missing/direction; 중국어→중국어로",
            "설명서가 영어 되어 있어요?; 영어 설명서 있어요?; POLITE; particle_missing/direction; 영어→영어로",
            // the language as the subject (영어 돼요? 'can you speak English'), as a noun modifier, or with 로
            "영어 돼요?; 영어 돼요?; POLITE; PASS; *",
            "영어 되는 직원 있어요?; 영어 되는 직원 있어요?; POLITE; PASS; *",
            "영어 메뉴 있어요?; 영어 메뉴 있어요?; POLITE; PASS; *",
            "영어로 된 지도 주세요.; 영어로 된 지도 주세요.; POLITE; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
