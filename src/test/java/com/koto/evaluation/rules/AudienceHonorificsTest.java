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
 * The act of an audience called 여러분 without -(으)시- ({@link HonorificWords}, session 12 eval20b): the
 * sentence that calls the listeners 여러분 and has no subject of its own states their act, which takes
 * -(으)시- (표준 언어 예절 2011), and an act one thanks them for is their favour, -아/어 주셔서. Sentences
 * written for this test, not taken from the gold sets; the correct variants keep passing.
 */
class AudienceHonorificsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} → {4}")
    @CsvSource(delimiter = ';', value = {
        "FORMAL; 학생 여러분, 점심은 일 층 식당에서 먹어요.; 학생 여러분, 점심은 일 층 식당에서 드시면 됩니다.; 먹어요; 드세요; honorific/verb",
        "FORMAL; 여러분, 오늘 이렇게 와서 감사합니다.; 여러분, 오늘 이렇게 와 주셔서 감사합니다.; 와서; 와 주셔서; honorific/si_missing",
        "FORMAL; 회원 여러분, 모임에 참석해서 고맙습니다.; 회원 여러분, 모임에 참석해 주셔서 고맙습니다.; 참석해서; 참석해 주셔서; honorific/si_missing",
    })
    void theAudiencesActTakesSi(String register, String answer, String expected, String original,
            String correction, String subtype) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, expected, ErrorCategory.HONORIFIC, subtype,
                original, correction);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // the honoured forms themselves
        "FORMAL; 학생 여러분, 점심은 일 층 식당에서 드세요.; 학생 여러분, 점심은 일 층 식당에서 드시면 됩니다.",
        "FORMAL; 여러분, 오늘 와 주셔서 감사합니다.; 여러분, 오늘 와 주셔서 감사합니다.",
        // the speaker's adjective, and the speaker's own acts in later sentences or with a subject of its own
        "FORMAL; 여러분, 반갑습니다. 저는 인도네시아에서 왔습니다.; 여러분, 반갑습니다. 저는 인도네시아에서 왔습니다.",
        "FORMAL; 여러분, 제가 늦게 와서 죄송합니다.; 여러분, 제가 늦게 와서 죄송합니다.",
        // a thing as the subject: not the listeners' act
        "FORMAL; 승객 여러분, 버스가 곧 출발합니다.; 승객 여러분, 버스가 곧 출발합니다.",
    })
    void otherActsAndTheHonouredFormsPass(String register, String answer, String expected) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(expected), List.of(), answer,
                "en", Register.valueOf(register), null));
        assertThat(e.errors()).as("%s: %s", answer, e.errors()).extracting(EvaluationError::category)
                .doesNotContain(ErrorCategory.HONORIFIC);
    }
}
