package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 35 (lead): four precision classes from set AS3's three failed correct answers — a time noun as the
 * sentence's topic (저녁은 for 저녁에), a starting time with 부터 before a verb of starting (세 시부터 시작하겠습니다),
 * noun + 하다 for the accepted noun + 되다 without a subject marked 이/가, and the formal request -(으)시기 바랍니다.
 * Correct answers that must pass and wrong look-alikes that keep their finding; my own sentences, not the sets'.
 */
class PrecisionSession35Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // a time noun as the topic
            "우리 오늘 저녁은 삼겹살 먹을까?; 오늘 저녁에 삼겹살 먹자.; CASUAL; PASS; *",
            "주말은 뭐 할 거야?; 주말에 뭐 할 거야?; CASUAL; PASS; *",
            "내일 아침은 빵 먹을 거예요.; 내일 아침에 빵 먹을 거예요.; POLITE; PASS; *",
            "토요일은 집에서 쉬어요.; 토요일에 집에서 쉬어요.; POLITE; PASS; *",
            // a starting time with 부터
            "회의는 두 시부터 시작하겠습니다.; 회의는 두 시에 시작하겠습니다.; FORMAL; PASS; *",
            "가게는 아홉 시부터 문을 열어요.; 가게는 아홉 시에 문을 열어요.; POLITE; PASS; *",
            "수업은 월요일부터 시작해요.; 수업은 월요일에 시작해요.; POLITE; PASS; *",
            "버스는 여섯 시부터 출발해요.; 버스는 여섯 시에 출발해요.; POLITE; PASS; *",
            "공항에서부터 출발해요.; 공항에서 출발해요.; POLITE; FAIL; *",
            // noun + 하다 for the accepted noun + 되다
            "공연은 일곱 시에 시작하겠습니다.; 공연은 일곱 시에 시작되겠습니다.; FORMAL; PASS; *",
            "오늘 접수는 다섯 시에 마감합니다.; 오늘 접수는 다섯 시에 마감됩니다.; FORMAL; PASS; *",
            "예약이 취소했어요.; 예약이 취소됐어요.; POLITE; FAIL; *",
            "주문이 완료했어요.; 주문이 완료됐어요.; POLITE; FAIL; *",
            // the formal request -(으)시기 바랍니다
            "행사가 곧 시작되니 자리에 앉아 주시기 바랍니다.; 행사가 곧 시작되겠습니다.; FORMAL; PASS; *",
            "버스가 출발하니 안전벨트를 매 주시기 바랍니다.; 버스가 곧 출발하겠습니다.; FORMAL; PASS; *",
            "시간을 확인하시기 바랍니다.; 시간을 확인해 주십시오.; FORMAL; PASS; *",
            "제가 먼저 가시기 바랍니다.; 제가 먼저 가겠습니다.; FORMAL; FAIL; *",
    })
    void precisionClasses(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // a person before 같이/함께 without the comitative: co-workers, kin and plurals (FormChecks.PEOPLE)
            "다음 주부터 팀원들 같이 일해요.; 다음 주부터 일해요.; POLITE; particle_missing/comitative; *",
            "주말에 사촌 같이 바다에 갔어요.; 주말에 바다에 갔어요.; POLITE; particle_missing/comitative; *",
            "오늘은 아이들 함께 공원에 가요.; 오늘은 공원에 가요.; POLITE; particle_missing/comitative; *",
            // 같이 'like' written apart, and the speaker's own group as the subject, keep no such finding
            "저는 후배들을 동생 같이 생각해요.; 저는 후배들을 아껴요.; POLITE; PASS; *",
            "저는 룸메이트하고 가족 같이 지내요.; 저는 룸메이트하고 잘 지내요.; POLITE; PASS; *",
    })
    void partnersBeforeTogether(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
