package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An honoured person named as the subject (사장님이, 할머니께서) whose predicate lacks -(으)시- where the accepted
 * answer honours that person ({@link HonorificWords}, session 15 eval29a; 주체 높임, 표준 언어 예절 2011; Sohn
 * 1999 ch. 9). Sentences written for this test, not taken from the gold sets; the speaker's own acts, another
 * noun's predicate and a non-honoured subject keep passing.
 */
class NamedSubjectHonorificsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} → {4}")
    @CsvSource(delimiter = ';', value = {
        "FORMAL; 사장님이 찾아요.; 사장님이 찾으십니다.; 찾아요; 찾으십니다; honorific/si_missing",
        "FORMAL; 부장님이 회의실에서 기다립니다.; 부장님이 회의실에서 기다리십니다.; 기다립니다; 기다리십니다; honorific/si_missing",
        "POLITE; 할머니께서 방에 있어요.; 할머니께서 방에 계세요.; 있어요; 계세요; honorific/verb",
        "FORMAL; 사장님이 찾습니다. 사장실에서 기다리고 계십니다.; 사장님께서 지금 찾으십니다. 사장실에서 기다리고 계십니다.; 찾습니다; 찾으십니다; honorific/si_missing",
        "CASUAL; 선생님이 너 찾아.; 선생님이 너 찾으셔.; 찾아; 찾으셔; honorific/si_missing",
    })
    void theHonouredSubjectsPredicateTakesSi(String register, String answer, String expected, String original,
            String correction, String subtype) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, expected, ErrorCategory.HONORIFIC, subtype,
                original, correction);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // the honoured forms themselves
        "FORMAL; 사장님이 찾으십니다.; 사장님이 찾으십니다.",
        // the speaker's own act, another noun's predicate, a non-honoured subject
        "FORMAL; 사장님이 오셔서 제가 기다립니다.; 사장님이 오셔서 제가 기다립니다.",
        "POLITE; 사장님 차가 있어요.; 사장님 차가 있어요.",
        "POLITE; 사장님은 차가 있어요.; 사장님은 차가 있어요.",
        "POLITE; 동생이 찾아요.; 동생이 찾아요.",
        "POLITE; 사장님이 찾으세요.; 사장님이 찾으십니다.",
        // the accepted answer does not honour the person: the plain form stays
        "POLITE; 선생님이 찾아요.; 선생님이 찾아요.",
    })
    void otherSubjectsAndTheHonouredFormsPass(String register, String answer, String expected) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(expected), List.of(), answer,
                "en", Register.valueOf(register), null));
        assertThat(e.errors()).as("%s: %s", answer, e.errors()).extracting(EvaluationError::category)
                .doesNotContain(ErrorCategory.HONORIFIC);
    }
}
