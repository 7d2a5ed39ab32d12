package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Structural checks of session 34 (helper s34c), read on the learner's own words so they transfer to unseen answers:
 * the 해라체 sentence enders in a polite task ({@link SpeechLevels}), the 르-irregular verbs on an ㄹ-stem reading
 * ({@link ReuForms}), a future range with 부터 … 까지 and a past verb ({@link TimeWords}), a head noun before its relative
 * clause and a modifier before a verb ({@link HeadFirstPhrases}, {@link HeadlessModifiers}), and an accepted noun
 * phrase turned head first ({@link TurnedCompounds}). Sentences of our own, not from the sets; each class with correct
 * near-neighbours that must pass.
 */
class StructuralChecksSession34Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // 해라체 enders in a polite task
            "아저씨, 이 버스가 시청에 서니?; 기사님, 이 버스 시청에 서요?|이 버스 시청에 정차해요?; POLITE; honorific/speech_level; 서니→서요",
            "이 버스 시청에 가니?; 이 버스 시청에 가요?; POLITE; honorific/speech_level; 가니→가요",
            "밥 먹었냐?; 밥 먹었어요?; POLITE; honorific/speech_level; 먹었냐→먹었어요",
            "이거 얼마니?; 이거 얼마예요?; POLITE; honorific/speech_level; 얼마니→얼마예요",
            "여기 앉아라.; 여기 앉으세요.; POLITE; honorific/speech_level; 앉아라→앉으세요",
            "공부해라.; 공부하세요.; POLITE; honorific/speech_level; 공부해라→공부하세요",
            "우리 같이 가자.; 우리 같이 가요.; POLITE; honorific/speech_level; 가자→가요",
            "이 버스 시청에 가지요?; 이 버스 시청에 가요?; POLITE; PASS; *",
            "이 버스 시청에 가죠?; 이 버스 시청에 가요?; POLITE; PASS; *",
            "와, 정말 맛있네요.; 와, 정말 맛있어요.; POLITE; PASS; *",
            "제가 어제 말했잖아요.; 제가 어제 말했어요.; POLITE; PASS; *",
            "오늘은 좀 바쁘거든요.; 오늘은 좀 바빠요.; POLITE; PASS; *",
            "지금 가는데요.; 지금 가요.; POLITE; PASS; *",
            "같이 먹자.; 같이 먹자.; CASUAL; PASS; *",
            "어디 가니?; 어디 가?; CASUAL; PASS; *",
            // 르-irregular verbs on an ㄹ-stem reading
            "머리를 짧게 잘르고 싶어요.; 머리를 짧게 자르고 싶어요.; POLITE; irregular/reu_kept; 잘르고→자르고",
            "저는 그 사람 이름을 몰르는데요.; 저는 그 사람 이름을 모르는데요.; POLITE; irregular/reu_kept; 몰르는데요→모르는데요",
            "빨리 서둘르세요.; 빨리 서두르세요.; POLITE; irregular/reu_kept; 서둘르세요→서두르세요",
            "어제 노래방에서 노래를 많이 불었어요.; 어제 노래방에서 노래를 많이 불렀어요.; POLITE; irregular/reu; 불었어요→불렀어요",
            "선물로 이 옷을 골았어요.; 선물로 이 옷을 골랐어요.; POLITE; irregular/reu; 골았어요→골랐어요",
            "이 버튼을 눌어 주세요.; 이 버튼을 눌러 주세요.; POLITE; irregular/reu; 눌어→눌러",
            "땀이 많이 흘어요.; 땀이 많이 흘러요.; POLITE; irregular/reu; 흘어요→흘러요",
            "지하철이 버스보다 빨아요.; 지하철이 버스보다 빨라요.; POLITE; irregular/reu; 빨아요→빨라요",
            "저는 길을 몰았어요.; 저는 길을 몰랐어요.; POLITE; irregular/reu; 몰았어요→몰랐어요",
            "물가가 많이 올았어요.; 물가가 많이 올랐어요.; POLITE; irregular/reu; 올았어요→올랐어요",
            "바람이 많이 불었어요.; 바람이 많이 불었어요.; POLITE; PASS; *",
            "아이가 풍선을 불었어요.; 아이가 풍선을 불었어요.; POLITE; PASS; *",
            "남편이 밤에 코를 골았어요.; 남편이 밤에 코를 골았어요.; POLITE; PASS; *",
            "머리가 너무 길어요.; 머리가 너무 길어요.; POLITE; PASS; *",
            "제가 옷을 빨았어요.; 제가 옷을 빨았어요.; POLITE; PASS; *",
            "아빠가 차를 몰았어요.; 아빠가 차를 몰았어요.; POLITE; PASS; *",
            "맛이 좀 달아요.; 맛이 좀 달아요.; POLITE; PASS; *",
            // a future range with 부터 … 까지 and a past verb
            "부장님, 다음 주 화요일부터 목요일까지 출장을 갔습니다.; 부장님, 다음 주 화요일부터 목요일까지 출장입니다.|부장님, 다음 주 화요일부터 목요일까지 출장을 가겠습니다.; FORMAL; tense; *",
            "내일부터 모레까지 출장을 갔습니다.; 내일부터 모레까지 출장입니다.; FORMAL; tense; *",
            "어제부터 오늘까지 비가 많이 왔어요.; 어제부터 오늘까지 비가 많이 왔어요.; POLITE; PASS; *",
            "다음 주 월요일부터 수요일까지 휴가를 가요.; 다음 주 월요일부터 수요일까지 휴가예요.; POLITE; PASS; *",
            // a head noun before its relative clause; a modifier before a verb
            "가방 여행에 좋은 추천해 주세요.; 여행에 좋은 가방 추천해 주세요.; POLITE; word_order/phrase; 가방 여행에 좋은→여행에 좋은 가방",
            "로션 건성 피부에 좋은 추천해 주세요.; 건성 피부에 좋은 로션 좀 추천해 주세요.; POLITE; word_order/phrase; 로션 건성 피부에 좋은→건성 피부에 좋은 로션",
            "건성 피부에 좋은 추천해 주세요.; 건성 피부에 좋은 로션 좀 추천해 주세요.; POLITE; incomplete/missing_word; 좋은→좋은 로션",
            "제일 맛있는 먹고 싶어요.; 제일 맛있는 음식을 먹고 싶어요.; POLITE; incomplete/missing_word; *",
            "건성 피부에 좋은 로션 추천해 주세요.; 건성 피부에 좋은 로션 좀 추천해 주세요.; POLITE; PASS; *",
            "피부에 좋은 거 추천해 주세요.; 건성 피부에 좋은 로션 추천해 주세요.; POLITE; PASS; *",
            "로션은 건성 피부에 좋은 걸로 주세요.; 건성 피부에 좋은 로션 주세요.; POLITE; PASS; *",
            "한국어 공부를 열심히 한 적이 있어요.; 한국어 공부를 열심히 한 적이 있어요.; POLITE; PASS; *",
            // an accepted noun phrase turned head first, the particle carried
            "실례합니다. 정류장 150번 버스는 어디에서 타요?; 실례합니다. 150번 버스 정류장이 어디예요?; POLITE; word_order/phrase; 정류장 150번 버스는→150번 버스 정류장은",
            "주차장 백화점에 차를 세워도 돼요?; 백화점 주차장에 차를 세워 둬도 돼요?|밤새 주차장에 주차해도 될까요?; POLITE; word_order/phrase; 주차장 백화점에→백화점 주차장에",
            "사거리 다음에서 오른쪽으로 가 주세요.; 다음 사거리에서 오른쪽으로 가 주세요.; POLITE; word_order/phrase; 사거리 다음에서→다음 사거리에서",
            "방 옆이 너무 시끄러워요.; 옆방이 너무 시끄러워요.; POLITE; word_order/phrase; 방 옆이→옆방이",
            "케이크 초콜릿을 주세요.; 초콜릿 케이크 주세요.; POLITE; word_order/phrase; 케이크 초콜릿을→초콜릿 케이크를",
            "백화점 주차장에 차를 세워도 돼요?; 백화점 주차장에 차를 세워 둬도 돼요?; POLITE; NO word_order; *",
            "전자레인지 도시락 데워 주세요.; 도시락 전자레인지에 데워 주세요.; POLITE; NO word_order; *",
            "버스 정류장이 어디예요?; 버스 정류장이 어디예요?; POLITE; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
