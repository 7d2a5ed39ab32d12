package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 12 (helper eval19c): ending and tense classes on the learner's own words — plan frames of one
 * verb in any sentence ({@link ArgumentCheck}, {@link Frames}), -아/어서 for the accepted 해체 end
 * ({@link WellFormedEnds#connectiveForSentenceEnd}), the past of a rescheduling verb after a later time
 * word ({@link TimeWords}), ㅣ + 어 uncontracted
 * ({@link StemEndings#uncontracted}), a wish before a question ({@link ClauseEndings#wishBeforeQuestion}),
 * the way of doing ({@link ModifierForms#wayOfDoing}) and -게 해 주세요 ({@link VerbPhraseForms#madeSo}).
 * Each class has a correct answer that passes and a wrong one still caught. Answers written for this test,
 * not from the gold sets. The register is the first field; {@code PASS} = passes; {@code NO x} = no error of
 * subtype x; otherwise the answer fails with that subtype on the given original → correction ({@code *}: any).
 */
class EndingClassesRound12Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // a plan frame of one verb for another, in a sentence before the last
        "FORMAL; 계산할게요. 영수증도 받을 수 있을까요?; 계산하겠습니다. 영수증도 받을 수 있습니까?; PASS; *",
        "POLITE; 주문할게요. 포장도 돼요?; 주문하겠습니다. 포장도 돼요?; PASS; *",
        "POLITE; 주문했어요. 포장도 돼요?; 주문하겠습니다. 포장도 돼요?; FAIL; *",
        // -아/어서 of reason for the accepted 해체 end (Nori reads 와 alone as an interjection)
        "CASUAL; 눈 와서 오늘은 집에 있는 게 좋겠다.; 눈이 와. 오늘은 집에 있자.; PASS; *",
        "CASUAL; 눈이 와서 오늘은 집에 있자.; 눈이 와. 오늘은 집에 있자.; FAIL; *",
        "POLITE; 비가 와서 우산을 가져가세요.; 비가 와요. 우산을 가져가세요.; ending/modifier_or_connective; 와서→와요",
        // the past of a verb that changes or settles an arrangement, after a later time word
        "POLITE; 다음 주 수업이 목요일로 바뀌었어요.; 다음 주 수업이 목요일로 바뀌었어요.; PASS; *",
        "POLITE; 모레 저녁 약속은 취소됐어요.; 모레 저녁 약속은 취소됐어요.; PASS; *",
        "POLITE; 내일 친구하고 영화를 봤어요.; 내일 친구하고 영화를 봐요.; tense/present; 봤어요→봐요",
        // ㅣ + 어 of a stem of two syllables or more contracts to ㅕ; 비어, 피어 of one syllable stay
        "POLITE; 여기서 내리어 주세요.; 여기서 내려 주세요.; ending/infinitive_contraction; 내리어→내려",
        "CASUAL; 물 좀 마시어.; 물 좀 마셔.; ending/infinitive_contraction; 마시어→마셔",
        "POLITE; 이 자리 비어 있어요?; 이 자리 있어요?; NO ending/infinitive_contraction; *",
        "POLITE; 벚꽃이 피어 있어요.; 벚꽃이 폈어요.; NO ending/infinitive_contraction; *",
        // a wish before a question for information is its background: -는데
        "POLITE; 부산에 가고 싶어서 기차표가 얼마예요?; 부산에 가고 싶어요. 기차표가 얼마예요?; ending/wish_before_question; 싶어서→싶은데",
        "POLITE; 부산에 가고 싶은데 기차표가 얼마예요?; 부산에 가고 싶어요. 기차표가 얼마예요?; PASS; *",
        "POLITE; 부산에 가고 싶어서 그러는데요, 기차표가 얼마예요?; 부산에 가고 싶어요. 기차표가 얼마예요?; PASS; *",
        "POLITE; 한국 음식을 배우고 싶어서 왔어요.; 한국 음식을 배우러 왔어요.; PASS; *",
        // the way of doing, asked for in a request, takes -는
        "POLITE; 이 기계 쓴 방법 좀 알려 주세요.; 이 기계 쓰는 방법 좀 알려 주세요.; FAIL; *",
        "POLITE; 이 기계 쓰는 방법 좀 알려 주세요.; 이 기계 쓰는 방법 좀 알려 주세요.; PASS; *",
        "POLITE; 어제 선생님이 사용한 방법 좀 알려 주세요.; 어제 선생님이 사용한 방법 좀 알려 주세요.; PASS; *",
        // a request to make a dish so is -게 해 주세요
        "POLITE; 국을 덜 짜 해 주세요.; 국을 덜 짜게 해 주세요.; ending/adjective_request; 짜→짜게",
        "POLITE; 커피를 좀 뜨거워해 주세요.; 커피를 좀 뜨겁게 해 주세요.; ending/adjective_request; 뜨거워해→뜨겁게 해",
        "POLITE; 국을 덜 짜게 해 주세요.; 국을 덜 짜게 해 주세요.; PASS; *",
        "POLITE; 저희 식당 많이 좋아해 주세요.; 저희 식당 많이 사랑해 주세요.; PASS; *",
    })
    void endingsOnTheLearnersOwnWords(Register register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, register, answer, accepted, expected, span);
    }

    /** The way of doing read on the learner's words alone (the comparison may name the same word tense/present). */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = ';', value = {
        "이 기계 쓴 방법 좀 알려 주세요.; 쓴→쓰는",
        "김치 만든 방법 좀 가르쳐 주세요.; 만든→만드는",
        "이 기계 쓰는 방법 좀 알려 주세요.; -",
        "어제 선생님이 사용한 방법 좀 알려 주세요.; -",
        "제가 사용한 방법은 간단해요.; -",
    })
    void wayOfDoingTakesThePresentModifier(String answer, String expected) {
        List<String> found = ModifierForms.find(answer).stream().filter(f -> "tense/modifier".equals(f.subtype()))
                .map(f -> f.original() + "→" + f.correction()).toList();
        if (expected.equals("-")) {
            assertThat(found).as(answer).isEmpty();
        } else {
            assertThat(found).as(answer).containsExactly(expected);
        }
    }
}
