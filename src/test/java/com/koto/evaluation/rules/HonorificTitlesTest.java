package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 씨 for a person due a title ({@link HonorificTitles}, session 10): a surname with 씨 for the doctor,
 * teacher or superior the activity titles, or whose clinic or class follows, and a job title with 씨;
 * names with 씨 among equals and 씨 of other words keep passing. Answers written for this test.
 */
class HonorificTitlesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} → {4}")
    @CsvSource(delimiter = ';', value = {
        // the accepted answer titles the same surname
        "FORMAL; 네 시에 박 씨 진료를 받기로 했습니다; 네 시에 박 선생님 진료를 받기로 했습니다; 씨; 선생님",
        "POLITE; 김씨한테 서류를 벌써 냈어요; 김 부장님께 서류를 벌써 냈어요; 김씨한테; 김 부장님한테",
        // no title in the accepted answers: the doctor's or teacher's work names the person
        "POLITE; 이 씨 수업은 몇 시에 시작해요?; 최 선생님 수업은 몇 시에 시작해요?; 씨; 선생님",
        "POLITE; 정 씨 진찰은 오후에만 있어요?; 오후에 진료하는 선생님이 있어요?; 씨; 선생님",
        // a job title with 씨 takes 님 (the particle re-formed after it)
        "POLITE; 사장 씨가 오늘 가게에 안 계세요?; 가게 주인분은 오늘 안 나오세요?; 사장 씨가; 사장님이",
        "POLITE; 의사 씨, 이 약은 언제 먹어요?; 선생님, 이 약은 언제 먹어요?; 의사 씨; 의사 선생님",
    })
    void aTitledPersonIsNotCalledWithSsi(String register, String answer, String expected, String original,
            String correction) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, expected, ErrorCategory.HONORIFIC,
                "honorific/title", original, correction);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // a given name with 씨 among equals; 성 + 씨 with no title anywhere; 씨 of other words
        "name among equals; 민수 씨 내일 시간 있어요?; 민수 씨, 내일 시간 있어요?",
        "surname, no cue; 김 씨 가게에서 사과를 샀어요; 김 씨 가게에서 사과 샀어요",
        "a seed; 이 씨앗을 심고 싶어요; 이 씨앗 심고 싶어요",
        "the teacher titled; 김 선생님 진료를 예약했어요; 김 선생님 진료 예약했어요",
    })
    void otherUsesOfSsiPass(String rule, String answer, String expected) {
        RuleRows.check(EVALUATOR, rule, answer, expected, Register.POLITE, "PASS");
    }
}
