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
 * Session 10 (eval16e): the classes of span choice of {@link SpanChoices}, one row per class with answers
 * written for this test (not taken from a set). Accepted answers are separated by {@code |}.
 */
class SpanChoicesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} → {3} → {4}")
    @CsvSource(delimiter = ';', value = {
        // a number in the wrong system: the numeral word alone, the counter (and its particle) is right
        "맥주 일 병 주세요; 맥주 한 병 주세요; POLITE; 일; 한; VOCABULARY; counter/sino_for_native",
        "오후 오 시에 만나요; 오후 다섯 시에 만나요; POLITE; 오; 다섯; VOCABULARY; counter/sino_for_native",
        "사과 둘 개 주세요; 사과 두 개 주세요; POLITE; 둘; 두; VOCABULARY; counter/native_short_form",
        // the comitative particle: the accepted answer's for the noun, else the register's
        "어제 동생 같이 공원에 갔어요; 어제 동생과 공원에 갔어요; POLITE; 동생; 동생과; PARTICLE_MISSING; particle_missing/comitative",
        "주말에 언니 같이 쇼핑할 거예요; 주말에 쇼핑할 거예요; POLITE; 언니; 언니하고; PARTICLE_MISSING; particle_missing/comitative",
        "내일 나 같이 밥 먹을래?; 내일 같이 밥 먹을래?; CASUAL; 나; 나랑; PARTICLE_MISSING; particle_missing/comitative",
        // a modifier before a bound noun: the modifier word
        "내일 친구를 만나 거예요; 내일 친구를 만날 거예요; POLITE; 만나; 만날; ENDING; ending/modifier_or_connective",
        // a past tense keeps the learner's ending (the time word 지난주에 names the rule: eval16c's StateTense, merged)
        "지난주에 가방을 주문합니다. 아직 안 왔습니다.; 지난주에 가방을 주문했는데 아직 안 왔습니다.; FORMAL; 주문합니다; 주문했습니다; TENSE; tense/time_word",
        "가방을 주문합니다. 아직 안 왔습니다.; 가방을 주문했는데 아직 안 왔습니다.; FORMAL; 주문합니다; 주문했습니다; TENSE; tense/past",
        // a quantity left out: on the noun it counts
        "베개 더 주세요; 베개 두 개 더 주세요; POLITE; 베개; 베개 두 개; INCOMPLETE; incomplete/missing_number",
        // words left out with no place: on the accepted answer's word before them
        "우체국이 어디에?; 우체국이 어디에 있어요?; POLITE; 어디에; 어디에 있어요; INCOMPLETE; incomplete/missing_word",
        // a speech level: the predicate word; 안/못 stays with it
        "저 좀 도와줄 수 있어?; 저 좀 도와줄 수 있어요?; POLITE; 있어; 있어요; HONORIFIC; honorific/speech_level",
        // round 2 (eval17a): 당신 left out, given on a neighbour — the noun it owns, or 혹시 in a yes/no question
        "당신 가방 좀 봐도 돼요?; 가방 좀 봐도 돼요?; POLITE; 당신 가방; 가방; HONORIFIC; honorific/you_pronoun",
        "실례합니다. 당신은 우체국이 어디에 있는지 아세요?; 실례합니다. 혹시 우체국이 어디에 있는지 아세요?; POLITE; 당신은; 혹시; HONORIFIC; honorific/you_pronoun",
        "저기요, 당신은 펜 있어요?; 저기요, 혹시 펜 있어요?; POLITE; 당신은; 혹시; HONORIFIC; honorific/you_pronoun",
        // round 2 (eval17a): a wrong 에서 takes the goal particle the first accepted answer gives the noun
        "부산역에서 가 주세요.; 부산역으로 가 주세요.|부산역에 가 주세요.; POLITE; 부산역에서; 부산역으로; PARTICLE_WRONG; particle_wrong/action_place_for_location",
        // and a missing dative takes the 한테/에게 the accepted answers give the person
        "이따가 지수 씨 문자할게요; 이따가 지수 씨한테 문자할게요|이따가 지수 씨에게 문자할게요; POLITE; 지수 씨; 지수 씨한테; PARTICLE_MISSING; particle_missing/dative",
    })
    void theSpanIsTheConventionsWord(String answer, String expected, String register, String original,
            String correction, String category, String subtype) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, expected, ErrorCategory.valueOf(category), subtype,
                original, correction);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "맥주 한 병 주세요; 맥주 한 병 주세요",
        "어제 동생과 공원에 갔어요; 어제 동생과 공원에 갔어요",
        "베개 두 개 더 주세요; 베개 두 개 더 주세요",
    })
    void theSameShapesWrittenRightPass(String answer, String expected) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(expected.split("\\|")), List.of(), answer,
                "en", Register.POLITE, null));
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isTrue();
    }

    /** 당신 in a statement or a question with its own question word is not given as 혹시 (eval17a). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "당신은 자리를 잘못 앉으셨어요.; 자리를 잘못 앉으셨어요.",
        "당신은 어디에서 왔어요?; 어디에서 왔어요?",
    })
    void youPronounKeepsNoHoksiOutsideYesNoQuestions(String answer, String expected) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(expected), List.of(), answer,
                "en", Register.POLITE, null));
        assertThat(e.errors()).as("%s: %s", answer, e.errors())
                .noneMatch(error -> "혹시".equals(error.correction()));
    }
}
