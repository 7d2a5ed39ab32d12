package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A when-question asked with any time-question word (언제, 언제쯤, 몇 시(에), 몇 시쯤, 며칠(에), 몇 월 며칠,
 * 무슨 요일(에)) against accepted answers that ask with another one, or that name the thing asked about
 * (정장, 식당은, 음식은): it passes ({@link TimeQuestions}, session 13, helper eval22b), both ways round (몇 시
 * for 언제 and 언제 for 몇 시). Each activity has look-alikes that must still fail: the question without any
 * time word ({@link MissingTimes}) and a gap that is not the topic of a when-question (몇 호선, 몇 번). Rows
 * written for this test (tailor pick-up, restaurant opening hours, delivery, appointment), not taken from the
 * gold sets. Verdict: {@code PASS}, or the subtype the answer fails with, on the original → correction given.
 */
class TimeQuestionsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // tailor pick-up
        "몇 시에 for 언제; 몇 시에 찾을 수 있어요?; 정장 언제 찾을 수 있어요?|언제 찾으러 오면 돼요?; POLITE; PASS; ; ",
        "몇 시에 for 언제, topic with 은; 몇 시에 찾을 수 있어요?; 정장은 언제 찾을 수 있어요?; POLITE; PASS; ; ",
        "며칠에 for 언제; 며칠에 찾을 수 있어요?; 정장 언제 찾을 수 있어요?|언제 찾으러 오면 돼요?; POLITE; PASS; ; ",
        "몇 월 며칠에 for 언제; 몇 월 며칠에 찾을 수 있어요?; 정장 언제 찾을 수 있어요?; POLITE; PASS; ; ",
        "언제쯤 for 언제; 언제쯤 찾을 수 있어요?; 정장 언제 찾을 수 있어요?; POLITE; PASS; ; ",
        "the same 언제, topic left out; 언제 찾을 수 있어요?; 정장 언제 찾을 수 있어요?; POLITE; PASS; ; ",
        "언제 for 몇 시에 (reverse); 언제 찾을 수 있어요?; 정장 몇 시에 찾을 수 있어요?; POLITE; PASS; ; ",
        "look-alike: no time word; 정장 찾을 수 있어요?; 정장 언제 찾을 수 있어요?|언제 찾으러 오면 돼요?; POLITE; incomplete/missing_time; 찾을; 언제 찾을",
        // restaurant opening hours
        "언제 for 몇 시에 (reverse); 언제 문 열어요?; 식당은 몇 시에 문 열어요?; POLITE; PASS; ; ",
        "몇 시에 for 언제; 몇 시에 문 열어요?; 식당은 언제 문 열어요?; POLITE; PASS; ; ",
        "the same 몇 시에, topic left out; 몇 시에 문 열어요?; 식당은 몇 시에 문 열어요?; POLITE; PASS; ; ",
        "look-alike: no time word; 식당은 문 열어요?; 식당은 언제 문 열어요?; POLITE; incomplete/missing_time; 문; 언제 문",
        // delivery
        "몇 시에 for 언제; 몇 시에 배달돼요?; 음식은 언제 배달돼요?; POLITE; PASS; ; ",
        "몇 시쯤 for 언제; 몇 시쯤 배달돼요?; 음식은 언제 배달돼요?; POLITE; PASS; ; ",
        "언제 for 몇 시에 (reverse); 언제 배달돼요?; 음식은 몇 시에 배달돼요?; POLITE; PASS; ; ",
        "look-alike: no time word; 음식은 배달돼요?; 음식은 언제 배달돼요?; POLITE; incomplete/missing_time; 배달돼요; 언제 배달돼요",
        "look-alike: a request without a time; 음식 배달해 주세요.; 음식은 언제 배달돼요?; POLITE; incomplete/missing_time; 배달해; 언제 배달해",
        // appointment
        "무슨 요일에 for 언제; 무슨 요일에 예약할 수 있어요?; 진료 예약은 언제 할 수 있어요?; POLITE; PASS; ; ",
        "언제 for 무슨 요일에 (reverse); 언제 예약할 수 있어요?; 무슨 요일에 예약할 수 있어요?; POLITE; PASS; ; ",
        "look-alike: no time word; 예약할 수 있어요?; 언제 예약할 수 있어요?; POLITE; incomplete/missing_time; 예약할; 언제 예약할",
        // a gap before a question word that does not ask when
        "look-alike: a purpose before 몇 호선; 몇 호선을 타야 해요?; 강남에 가려면 몇 호선을 타야 해요?; POLITE; incomplete/missing_word; 몇; 강남에 가려면 몇",
        "look-alike: the topic of 몇 번; 몇 번 먹어요?; 이 약은 몇 번 먹어요?; POLITE; incomplete/missing_word; 몇; 이 약은 몇",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    /** {@link TimeQuestions#topicLeftOut} alone, on the finding's shape. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "topic before 언제; 언제 찾을 수 있어요?; 언제; 정장 언제; true",
        "topic with 은 before 몇; 몇 시에 문 열어요?; 몇; 식당은 몇; true",
        "two words; 몇 시에 가요?; 몇; 강남에 가려면 몇; false",
        "a place with 에; 몇 시에 가요?; 몇; 학교에 몇; false",
        "not a time question; 몇 번 먹어요?; 몇; 이 약은 몇; false",
        "언제나 is no question; 언제나 열어요?; 언제나; 식당은 언제나; false",
    })
    void topicLeftOut(String rule, String answer, String original, String correction, boolean expected) {
        Finding f = new Finding(ErrorCategory.INCOMPLETE, original, correction, "incomplete/missing_word");
        assertThat(TimeQuestions.topicLeftOut(f, answer)).as(rule).isEqualTo(expected);
    }
}
