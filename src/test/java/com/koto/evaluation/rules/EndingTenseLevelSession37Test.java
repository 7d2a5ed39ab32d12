package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 37 (s37c): -(으)시- after the past -었- ({@link PastBeforeSi}), the past of 자다 after a past time word
 * ({@link TimeWords#sleptOf}, with 어제밤 read as 어젯밤) and a bare-stem 반말 question in a polite activity kept when
 * the level check found it itself ({@link SpeechLevels#merge}). Each class with wrong sentences it catches and correct
 * look-alikes it passes; my own sentences, not the sets'.
 */
class EndingTenseLevelSession37Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "사장님이 벌써 사무실에 왔으세요?; 사장님 벌써 출근하셨어요?; POLITE; ending/si_after_past; 왔으세요→오셨어요",
            "할머니가 점심을 먹었으세요?; 할머니 점심 드셨어요?; POLITE; ending/si_after_past; 먹었으세요→먹으셨어요",
            "선생님이 숙제를 확인했으세요?; 선생님께서 숙제 확인하셨어요?; POLITE; ending/si_after_past; 확인했으세요→확인하셨어요",
            "교수님이 이메일을 봤으세요?; 교수님 이메일 보셨어요?; POLITE; ending/si_after_past; 봤으세요→보셨어요",
            "부장님이 회의실에 갔으십니까?; 부장님께서 회의실에 가셨습니까?; FORMAL; ending/si_after_past; 갔으십니까→가셨습니까",
            "아버지가 편지를 보냈으세요?; 아버지가 편지 보내셨어요?; POLITE; ending/si_after_past; 보냈으세요→보내셨어요",
            "사장님이 벌써 돌아왔으세요?; 사장님 벌써 돌아오셨어요?; POLITE; ending/si_after_past; 돌아왔으세요→돌아오셨어요",
            // look-alikes: 있다's own ㅆ, the right order, a past with a connective in 으, a plain past, an uncertain stem
            "시간 있으세요?; 시간 있으세요?; POLITE; NO ending/si_after_past; *",
            "이 영화 재미있으세요?; 이 영화 재미있으세요?; POLITE; NO ending/si_after_past; *",
            "부장님 벌써 가셨어요?; 부장님 벌써 퇴근하셨어요?; POLITE; PASS; *",
            "비가 왔으면 좋겠어요.; 비가 오면 좋겠어요.; POLITE; NO ending/si_after_past; *",
            "밥을 먹었으니까 괜찮아요.; 밥 먹었으니까 괜찮아요.; POLITE; PASS; *",
            "저는 어제 학교에 갔어요.; 저는 어제 학교에 갔어요.; POLITE; PASS; *",
            "할머니가 많이 아팠으세요?; 할머니가 많이 아프셨어요?; POLITE; NO ending/si_after_past; *",
    })
    void siAfterPast(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "어젯밤에 너무 더워서 잠을 못 자.; 어젯밤에 너무 더워서 잠을 못 잤어.; CASUAL; tense; 자→잤어",
            "어제 잠을 못 자. 너무 피곤해.; 어제 잠을 못 잤어. 너무 피곤해.; CASUAL; tense/time_word; 자→잤어",
            "어제밤에 잠을 푹 자요.; 어젯밤에 잠을 푹 잤어요.; POLITE; tense; 자요→잤어요",
            "어제밤에 친구를 만나.; 어젯밤에 친구를 만났어.; CASUAL; tense; 만나→만났어",
            // look-alikes: a proposal with 자, sleep now, a habit, the right past, a since-phrase
            "오늘은 일찍 자.; 오늘은 일찍 자.; CASUAL; PASS; *",
            "우리 같이 가자.; 우리 같이 가자.; CASUAL; PASS; *",
            "나는 보통 늦게 자.; 나는 보통 늦게 자.; CASUAL; PASS; *",
            "어젯밤에 잠을 못 잤어.; 어젯밤에 잠을 못 잤어.; CASUAL; PASS; *",
            "어제부터 잠을 못 자.; 어제부터 잠을 못 자.; CASUAL; PASS; *",
            "요즘 잠을 못 자.; 요즘 잠을 못 자.; CASUAL; PASS; *",
    })
    void pastOfSleep(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "아저씨, 이 버스 시청에 서?; 기사님, 이 버스 시청에 서요?; POLITE; honorific/speech_level; 서→서요",
            "기사님, 여기서 서?; 기사님, 여기서 서요?; POLITE; honorific/speech_level; 서→서요",
            "저기요, 이 버스 명동에 가?; 이 버스 명동에 가요?; POLITE; honorific/speech_level; 가→가요",
            "아저씨, 이 버스 공항에 서?; 이 버스 공항에 서요?; POLITE; honorific/speech_level; 서→서요",
            "이 지하철 강남역에 서?; 이 지하철 강남역에 서요?; POLITE; honorific/speech_level; 서→서요",
            // look-alikes: the polite question, a linking -서, a casual activity, a bare stem inside the sentence
            "아저씨, 이 버스 시청에 서요?; 기사님, 이 버스 시청에 서요?; POLITE; PASS; *",
            "이 버스 시청에 서?; 이 버스 시청에 서?; CASUAL; PASS; *",
            "배가 아파서 못 가요.; 배가 아파서 못 가요.; POLITE; PASS; *",
            "여기 서서 기다려요.; 여기 서서 기다려요.; POLITE; PASS; *",
            "버스가 서면 내릴게요.; 버스가 서면 내릴게요.; POLITE; PASS; *",
    })
    void bareStemQuestion(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
