package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time of a request, question or proposal left out ({@link MissingTimes}, session 12, helper
 * eval19e). Rows written for this test, not taken from the gold sets. Verdict: {@code PASS} (passes, at
 * most spacing noted), {@code NOT INCOMPLETE} (no incomplete finding), or the subtype the answer fails
 * with, whose original and correction are given.
 */
class MissingTimesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // a proposal, a wish, a question without the day every accepted answer names
        "proposal without its day; 너 같이 밥 먹을래?; 일요일에 같이 밥 먹을래?|일요일에 같이 밥 먹으러 갈래?; CASUAL; incomplete/missing_time; 같이; 일요일에 같이",
        "wish without its day; 상담 받고 싶어요.; 모레 상담 받고 싶어요.|모레로 상담 예약하고 싶어요.; POLITE; incomplete/missing_time; 상담; 모레 상담",
        "question after a statement; 보일러가 고장 났어요. 고칠 수 있어요?; 보일러가 고장 났어요. 내일 고칠 수 있어요?|보일러가 안 돼요. 내일 수리 가능해요?; POLITE; incomplete/missing_time; 고칠; 내일 고칠",
        "오늘 alone is the day of speaking; 우산을 놓고 왔어요. 하나 빌릴 수 있어요?; 우산을 놓고 왔어요. 오늘 하나 빌릴 수 있어요?; POLITE; NOT INCOMPLETE; ; ",
        "request without its part of the day; 택시 한 대 보내 주세요.; 오후에 택시 한 대 보내 주세요.|오후에 택시 한 대 불러 주세요.; POLITE; INCOMPLETE; 택시; 오후에 택시",
        // the time said, or said in other words, or not needed
        "the day said; 일요일에 같이 밥 먹을래?; 일요일에 같이 밥 먹을래?|일요일에 같이 밥 먹으러 갈래?; CASUAL; PASS; ; ",
        "the weekend for the day; 주말에 같이 밥 먹을래?; 일요일에 같이 밥 먹을래?; CASUAL; NOT INCOMPLETE; ; ",
        "a clock time of its own; 3시에 상담 받고 싶어요.; 모레 상담 받고 싶어요.; POLITE; NOT INCOMPLETE; ; ",
        "asked with 언제; 언제 수영장 열어요?; 이번 일요일에 수영장 열어요?; POLITE; NOT INCOMPLETE; ; ",
        "an accepted answer without a time; 같이 밥 먹을래?; 일요일에 같이 밥 먹을래?|같이 밥 먹을래?; CASUAL; PASS; ; ",
        "the day with 수 있어요 (수 is no day); 모레 상담 받을 수 있어요?; 모레 상담 받을 수 있어요?; POLITE; PASS; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    /** The check alone (the comparison may report the same omission first): its span, and where it stays silent. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "proposal; 같이 영화 볼래?; 토요일에 같이 영화 볼래?; 같이 → 토요일에 같이",
        "statement; 같이 영화 봐요.; 토요일에 같이 영화 봐요.; none",
        "a statement that answers a question; 친구하고 낚시하러 갈 거예요.; 주말에 친구하고 낚시할 거예요.; none",
        "저녁 as the meal; 너 같이 먹을래?; 같이 저녁 먹을래?; none",
        "two-word time; 같이 영화 볼래?; 이번 토요일에 같이 영화 볼래?; 같이 → 이번 토요일에 같이",
    })
    void direct(String rule, String answer, String accepted, String expected) {
        var f = MissingTimes.find(answer, List.of(accepted));
        assertThat(f.map(x -> x.original() + " → " + x.correction()).orElse("none")).as(rule).isEqualTo(expected);
    }
}
