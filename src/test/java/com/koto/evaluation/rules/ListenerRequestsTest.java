package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A formal request to the listener without -(으)시- ({@link ListenerRequests}, session 10): -아/어 줄 수
 * 있습니까 and -아/어 주겠습니까 in a formal activity take 주실, 주시겠습니까; a sentence with its own subject and
 * the honoured forms keep passing. Answers written for this test.
 */
class ListenerRequestsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} → {3}")
    @CsvSource(delimiter = ';', value = {
        "서류를 다시 확인해 줄 수 있습니까?; 서류를 다시 확인해 주실 수 있습니까?; 줄; 주실",
        "회의 시간을 조금 늦춰 줄 수 있습니까?; 회의 시간을 조금 늦춰 주시겠습니까?; 줄; 주실",
        "이 문서를 영어로 번역해 주겠습니까?; 이 문서를 영어로 옮겨 주실 수 있습니까?; 주겠습니까; 주시겠습니까",
    })
    void aFormalRequestHonoursTheListener(String answer, String expected, String original, String correction) {
        RuleRows.corrected(EVALUATOR, Register.FORMAL, answer, expected, ErrorCategory.HONORIFIC,
                "honorific/si_missing", original, correction);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "the honoured form; 서류를 다시 확인해 주실 수 있습니까?; 서류를 다시 확인해 주시겠습니까?",
        "the speaker's offer; 제가 서류를 다시 확인해 줄 수 있습니까?; 제가 서류를 다시 확인해 드릴까요?",
    })
    void otherRequestsKeepTheirLevel(String rule, String answer, String expected) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(expected), List.of(), answer, "en",
                Register.FORMAL, null));
        assertThat(e.errors()).as("%s: %s", rule, answer)
                .noneMatch(x -> "honorific/si_missing".equals(x.subtype()) || "honorific/si_extra".equals(x.subtype()));
    }
}
