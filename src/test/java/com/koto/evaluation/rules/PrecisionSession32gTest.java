package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision of word findings on correct answers (session 32, helper s32g), per mechanism, on other tasks than the
 * development sets, with the wrong look-alikes each must still catch: a superior's rank called at the start where the
 * task names no rank ({@link OtherRealWords#otherStatedMember(String, java.util.List, String)}).
 */
class PrecisionSession32gTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    /**
     * answer; accepted ({@code |}-separated); task prompt; register; PASS or the category of an error expected (at
     * {@code span} original→correction, or anywhere for {@code *}).
     */
    @ParameterizedTest(name = "{0} for {1}: {4}")
    @CsvSource(delimiter = ';', value = {
            // a rank called at the start where the task says only "your manager / boss": the learner's title
            "과장님, 내일 오전에 휴가를 쓰겠습니다.; 부장님, 내일 오전에 휴가를 쓰겠습니다.|부장님, 내일 오전에 휴가를 내겠습니다.; Tell your manager formally that you will take tomorrow morning off.; FORMAL; PASS; *",
            "실장님, 손님이 오셨습니다.; 팀장님, 손님이 오셨습니다.; Tell your boss formally that a visitor has arrived.; FORMAL; PASS; *",
            "팀장님, 오늘 회의는 몇 시에 있습니까?; 부장님, 오늘 회의는 몇 시에 있습니까?; Ask your manager formally when today's meeting is.; FORMAL; PASS; *",
            // the prompt names the rank: the one called is that one
            "과장님, 내일 오전에 휴가를 쓰겠습니다.; 부장님, 내일 오전에 휴가를 쓰겠습니다.; Tell the department head (부장님) formally that you will take tomorrow morning off.; FORMAL; vocabulary; 과장님→부장님",
            // a rank after a name is another person, whatever the prompt says
            "박 과장님 지금 계십니까?; 박 부장님 지금 계십니까?; Ask on the phone whether Mr Park, your client's manager, is in.; FORMAL; vocabulary; 과장님→부장님",
            "이 사장님께 전화 왔습니다.; 이 부장님께 전화 왔습니다.; Tell your colleague that Mr Lee called.; FORMAL; vocabulary; 사장님께→부장님께",
    })
    void rankCalled(String answer, String accepted, String prompt, String register, String expected, String span) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.valueOf(register), prompt);
        assertThat(e.passed()).as(answer + ": " + e.errors()).isEqualTo(expected.equals("PASS"));
        if (!expected.equals("PASS")) {
            assertThat(e.errors()).as(answer + ": " + e.errors()).anyMatch(x -> expected.equals(x.category().wireName())
                    && (span.equals("*") || span.equals(x.original() + "→" + x.correction())));
        }
    }
}
