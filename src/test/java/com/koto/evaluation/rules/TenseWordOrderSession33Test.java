package com.koto.evaluation.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tense and word-order recall of session 33 (helper s33b): the task's act told in the past ({@link TaskActsInPast}),
 * the verbs whose past states a present result ({@link ResultStates}), a modified noun phrase after the final verb
 * and a day before the week or month it falls in ({@link ClauseOrder}). Sentences of our own, not from the sets.
 */
class TenseWordOrderSession33Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @Test
    void resultStates() {
        assertTrue(ResultStates.thingHoldsNow("들어가", "들어갔어요"));
        assertTrue(ResultStates.thingHoldsNow("나", "고장 났어요"));
        assertFalse(ResultStates.thingHoldsNow("나", "끝났어요"));
        assertTrue(ResultStates.holdsNow("늦"));
        assertTrue(ResultStates.holdsNow("잃어버리"));
        assertFalse(ResultStates.thingHoldsNow("늦", "늦었어요"));
        assertFalse(ResultStates.holdsNow("시키"));
        assertFalse(ResultStates.holdsNow("사"));
    }

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // an order, a purchase or a question of ability in the past where the task is now
            "김밥 두 줄하고 라면 하나 시켰어요.; 김밥 두 줄하고 라면 하나 주세요.; POLITE; tense/future; 시켰어요→시킬게요",
            "서울 가는 버스표 한 장 샀습니다.; 서울 가는 버스표 한 장 주십시오.; FORMAL; tense/future; 샀습니다→사겠습니다",
            "짐을 좀 맡길 수 있었어요?; 짐을 좀 맡겨도 될까요?; POLITE; tense/present; 있었어요→있어요",
            "창가 자리로 바꿔도 됐어요?; 창가 자리로 바꿀 수 있을까요?; POLITE; tense/present; 됐어요→돼요",
            // a past that states a result, a past with its own time word, a past beside the request: no tense
            "비행기 표를 잃어버렸어요.; 비행기 표를 다시 주세요.; POLITE; NO tense; *",
            "우산을 여기 두고 왔어요.; 우산 좀 찾아 주세요.; POLITE; NO tense; *",
            "이 셔츠 좀 바꿔 주세요. 어제 여기서 샀어요.; 이 셔츠 좀 바꿔 주세요.; POLITE; NO tense; *",
            "이 셔츠 좀 바꿔 주세요. 여기서 샀어요.; 이 셔츠 좀 바꿔 주세요.; POLITE; NO tense; *",
            "김밥을 벌써 시켰어요.; 김밥 주세요.; POLITE; NO tense; *",
            "김치찌개에 고기 들어갔어요?; 김치찌개에 고기 들어가요?; POLITE; PASS; *",
            "수선 맡긴 바지 찾으러 왔어요.; 수선 맡긴 바지 찾아 주세요.; POLITE; NO tense; *",
            "이 신발 교환하고 싶은데요. 영수증 가져왔어요.; 이 신발 교환하고 싶어요.; POLITE; NO tense/future; *",
            "엄마, 이 불고기 어떻게 만드셨어요?; 엄마, 이 불고기 레시피 좀 알려 주세요.; POLITE; NO tense; *",
            "이사 날짜 바꾸려고 전화했어요.; 이사 날짜 좀 바꿔 주세요.; POLITE; NO tense/future; *",
            "회의는 6월 3일, 다음 주 월요일이에요.; 회의는 다음 주 월요일이에요.; POLITE; NO word_order; *",
            // a noun phrase with a modifier after the final verb
            "혹시 있어요 더 싼 우산?; 혹시 더 싼 우산 있어요?; POLITE; word_order/verb_final; 있어요 더 싼 우산→더 싼 우산 있어요",
            "찾고 있어요 검은 운동화.; 검은 운동화 찾고 있어요.; POLITE; word_order/verb_final; *",
            "혹시 더 싼 우산 있어요?; 혹시 더 싼 우산 있어요?; POLITE; PASS; *",
            // a day before the week, month or year it falls in
            "금요일 다음 주에 같이 영화 보자.; 다음 주 금요일에 같이 영화 보자.; CASUAL; word_order/phrase; 금요일 다음 주에→다음 주 금요일에",
            "20일 다음 달에 이사해요.; 다음 달 20일에 이사해요.; POLITE; word_order/phrase; 20일 다음 달에→다음 달 20일에",
            "5월 내년에 졸업해요.; 내년 5월에 졸업해요.; POLITE; word_order/phrase; 5월 내년에→내년 5월에",
            "다음 주 금요일에 같이 영화 보자.; 다음 주 금요일에 같이 영화 보자.; CASUAL; PASS; *",
            "토요일 오후에 만나요.; 토요일 오후에 만나요.; POLITE; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
