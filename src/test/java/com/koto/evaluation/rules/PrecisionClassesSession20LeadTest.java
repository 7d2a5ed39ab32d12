package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parents' siblings (삼촌, 이모, 고모 …, {@link Persons#PARENTS_SIBLINGS}) as honoured subjects only where the
 * activity's accepted answer honours them (session 20, the lead): the same words name the speaker to a child
 * (삼촌이 선물 사 왔어) and familiar strangers, in speech without -(으)시-; an aunt or uncle the accepted answer
 * honours keeps the finding.
 */
class PrecisionClassesSession20LeadTest {

    private static final RuleEvaluator RULES = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} passes against {1}")
    @CsvSource(delimiter = ';', value = {
        // an uncle or aunt speaking of themselves to a child
        "민수야, 생일 축하해! 삼촌이 선물 사 왔어.; 민수야, 생일 축하해! 삼촌이 선물 가져왔어.; CASUAL",
        "민수야, 생일 축하해! 이모가 케이크 만들었어.; 생일 축하해! 이모가 케이크 만들었어.; CASUAL",
        "이모가 맛있는 거 사 줄게.; 고모가 맛있는 거 사 줄게.; CASUAL",
        // a familiar stranger called 이모
        "이모, 떡볶이 1인분 주세요.; 떡볶이 1인분 주세요.; POLITE",
    })
    void correctAnswersPass(String answer, String accepted, Register register) {
        Evaluation e = RuleRows.evaluate(RULES, answer, accepted, register);
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isTrue();
    }

    @ParameterizedTest(name = "{0} fails against {1}")
    @CsvSource(delimiter = ';', value = {
        // the accepted answer honours the aunt or uncle
        "삼촌도 많이 먹어요.; 삼촌도 많이 드세요.; POLITE",
        "삼촌이 지금 와요.; 삼촌이 지금 오세요.; POLITE",
        "이모 오늘 집에 있어?; 이모 오늘 집에 계셔?; CASUAL",
    })
    void wrongAnswersStillFail(String answer, String accepted, Register register) {
        Evaluation e = RuleRows.evaluate(RULES, answer, accepted, register);
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isFalse();
    }
}
