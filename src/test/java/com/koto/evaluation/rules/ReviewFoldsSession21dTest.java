package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The folds of the session 20 review (session 21, helper s21d), no change on any development set: one predicate for a
 * gap that holds a number ({@link MissingNumbers#numberGap}); -고 싶어하다 of the speaker read once, with 싶어 합니다
 * written apart joined before the check ({@link Resynthesis}); an ㅂ-irregular adjective's form that Nori takes for a
 * verb stem in 우 read as the adjective by {@link Morphology#asWritten} (매워 as 맵/VA, not 매우다). Rows written for this test,
 * not taken from the sets. Verdict: {@code PASS}, {@code FAIL}, or a subtype with its span ({@code original→correction},
 * {@code *} for any).
 */
class ReviewFoldsSession21dTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // -고 싶어하다 of the speaker, joined and written apart: one check, the finding on the words as written
        "POLITE; 저는 김밥을 만들고 싶어해요.; 저는 김밥을 만들고 싶어요.; ending/desire_of_others; 싶어해요→싶어요",
        "FORMAL; 저는 통장을 만들고 싶어 합니다.; 저는 통장을 만들고 싶습니다.; ending/desire_of_others; 싶어 합니다→싶습니다",
        "POLITE; 어제 영화를 보고 싶어 했어요.; 어제 영화를 보고 싶었어요.; ending/desire_of_others; 싶어 했어요→싶었어요",
        // another person's wish (the subject is no first person) is left alone, joined or apart
        "POLITE; 동생이 김밥을 만들고 싶어 해요.; 동생이 김밥을 만들고 싶어 해요.; PASS; ",
        "POLITE; 친구는 한국에 가고 싶어해요.; 친구는 한국에 가고 싶어해요.; PASS; ",
        // an ㅂ-irregular adjective's -아/어 form before a request: -게 해 주다, read through the analysis
        "POLITE; 비빔밥 하나 주세요. 덜 매워 주세요.; 비빔밥 하나 주세요. 덜 맵게 해 주세요.; ending/adjective_request; 매워→맵게 해",
        "POLITE; 방을 좀 따뜻해 주세요.; 방을 좀 따뜻하게 해 주세요.; ending/adjective_request; 따뜻해→따뜻하게 해",
        // the same adjective's forms elsewhere, and the adverb 매우, still pass
        "POLITE; 이 떡볶이는 너무 매워요.; 이 떡볶이는 너무 매워요.; PASS; ",
        "POLITE; 어제 먹은 김치가 매웠어요.; 어제 먹은 김치가 매웠어요.; PASS; ",
        "POLITE; 너무 매워서 물을 마셨어요.; 너무 매워서 물을 마셨어요.; PASS; ",
        "POLITE; 이 식당은 매우 유명해요.; 이 식당은 매우 유명해요.; PASS; ",
        // -아/어서요 of reason before a request: the analysis every check reads keeps Nori's reading of 매워 for now
        "POLITE; 김치가 너무 매워서요. 물 좀 주실 수 있어요?; 김치가 너무 매워요. 물 좀 주세요.; PASS; ",
        // a number left out beside a slip of form is still given as a number
        "POLITE; 카메라을 빌리고 싶어요.; 카메라를 2일 동안 빌리고 싶어요.; incomplete/missing_number; *",
    })
    void rows(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span == null ? "*" : span);
    }

    @Test
    void morphologyReadsAnBIrregularAdjectiveAsWritten() {
        assertThat(Morphology.morphemes("안 매워 주세요")).contains(new Morphology.Morpheme("매우", "VV")); // Nori's own
        assertThat(stems("안 매워 주세요")).contains("맵/VA").doesNotContain("매우/VV");
        assertThat(stems("매웠어요")).contains("맵/VA");
        assertThat(stems("매우 좋아요")).contains("매우/MAG"); // the adverb 'very'
        assertThat(stems("좀 도와 주세요")).doesNotContain("도우/VA").doesNotContain("돕/VA"); // 돕다 is a verb
    }

    @Test
    void aGapWithDigitsIsANumber() {
        assertThat(MissingNumbers.numberGap("3일 동안")).isTrue();
        assertThat(MissingNumbers.numberGap("302호로")).isTrue();
        assertThat(MissingNumbers.numberGap("너무")).isFalse();
        assertThat(MissingNumbers.numberGap("세 명")).isFalse(); // numbers in letters are read by MissingNumbers itself
    }

    private static List<String> stems(String sentence) {
        return Morphology.analyse(sentence).stream().flatMap(w -> Morphology.asWritten(w).stream())
                .map(m -> m.form() + "/" + m.tag()).toList();
    }
}
