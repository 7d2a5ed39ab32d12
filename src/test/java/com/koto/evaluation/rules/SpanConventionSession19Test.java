package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 19 (s19d): span classes through the whole evaluator, on answers written for this test in other scenes
 * than the dev sets. Rows both ways: the error is given as the convention asks (docs/blind-brief.md), and correct
 * answers of the same shapes still pass.
 * <ul>
 * <li>an answer with one run of words left out is quoted on the neighbouring word ({@link SentenceGaps});</li>
 * <li>a plain end in a polite activity whose other sentences are 해요체 is corrected with 요 (LearnerSpans,
 * politeLevel);</li>
 * <li>a sum of money regrouped by 만 is written with a space after 만 ({@link Counters}, 한글 맞춤법 제44항);</li>
 * <li>an asked promise of a verb of time is corrected to the conjecture -(으)ㄹ까요 ({@link ClauseEndings}).</li>
 * </ul>
 */
class SpanConventionSession19Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        "표가 있어요?; 부산에 가고 싶어요. 표가 있어요?; POLITE; 표가→부산에 가고 싶어요. 표가",
        "다섯 시에 도착해.; 비행기가 늦어서 다섯 시에 도착해.; CASUAL; 다섯→비행기가 늦어서 다섯",
        "사장님, 미안해. 버스를 놓쳐서 늦었어요.; 사장님, 늦어서 죄송합니다. 버스를 놓쳐서 늦었어요.|사장님, 미안해요. 버스를 놓쳐서 늦었어요.; POLITE; 미안해→미안해요",
        "이 가방 이십오천 원이에요?; 이 가방 이만 오천 원이에요?; POLITE; 이십오천→이만 오천",
        "공항까지 몇 시간 걸릴게요?; 공항까지 몇 시간 걸려요?; POLITE; 걸릴게요→걸릴까요",
    })
    void theFindingIsTheLearnersWordCorrected(String answer, String accepted, Register register, String span) {
        RuleRows.learnersWordCorrected(RuleRows.evaluate(EVALUATOR, answer, accepted, register), answer, span);
    }

    @ParameterizedTest(name = "{0} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // a plain end with no 해요체 of the learner's own: the accepted answer's 합쇼체 word, as before
        "고마워. 잘 가.; 고맙습니다. 안녕히 가세요.; POLITE; 고마워→고맙습니다",
        // the asked promise of an act the listener wills: -(으)ㄹ래요, as before
        "내일 같이 갈게요?; 내일 같이 갈래요?; POLITE; 갈게요→갈래요",
    })
    void otherShapesKeepTheirCorrection(String answer, String accepted, Register register, String span) {
        RuleRows.learnersWordCorrected(RuleRows.evaluate(EVALUATOR, answer, accepted, register), answer, span);
    }

    @ParameterizedTest(name = "{0} passes")
    @CsvSource(delimiter = ';', value = {
        "부산에 가고 싶어요. 표가 있어요?; 부산에 가고 싶어요. 표가 있어요?; POLITE",
        "이 가방 이만 오천 원이에요?; 이 가방 이만 오천 원이에요?; POLITE",
        "공항까지 몇 시간 걸릴까요?; 공항까지 몇 시간 걸려요?; POLITE",
        "사장님, 미안해요. 버스를 놓쳐서 늦었어요.; 사장님, 늦어서 죄송합니다. 버스를 놓쳐서 늦었어요.|사장님, 미안해요. 버스를 놓쳐서 늦었어요.; POLITE",
    })
    void correctAnswersStillPass(String answer, String accepted, Register register) {
        assertThat(RuleRows.evaluate(EVALUATOR, answer, accepted, register).passed()).as(answer).isTrue();
    }
}
