package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SlipCategories}: a detected one-word slip named by what its words differ in (session 19, s19e). Each class has
 * a row that is caught with its new name and look-alikes that keep their verdict. Rows written for this test, in other
 * scenes than the gold items they came from.
 */
class SlipCategoriesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // -(으)시- about oneself, 씨 after one's own name: honorific, not spelling
        "-시- on one's own copula; 안녕하십니까, 무역회사의 부디십니다.; 안녕하십니까, 무역회사의 부디입니다.; FORMAL; HONORIFIC; honorific/si_extra; 부디십니다; 부디입니다",
        "-으시- on one's own try; 이 셔츠 입으셔 봐도 돼요?; 이 셔츠 입어 봐도 돼요?; POLITE; HONORIFIC; honorific/si_extra; 입으셔; 입어",
        "씨 after one's own name; 안녕하십니까, 하나무역의 리나씨입니다.; 안녕하십니까, 하나무역의 리나입니다.; FORMAL; HONORIFIC; honorific/self_ssi; 리나씨입니다; 리나입니다",
        // -ㄴ다 on an adjective: an ending
        "-ㄴ다 on an adjective; 바다가 정말 예쁜다.; 바다가 정말 예쁘다.; CASUAL; ENDING; ending/adjective_plain; 예쁜다; 예쁘다",
        // the past left off the contracted stem: tense
        "past left off before -는데; 어제 이 가방을 사는데 너무 커요.; 어제 이 가방을 샀는데 너무 커요.; POLITE; TENSE; tense/past; 사는데; 샀는데",
        "past left off before -는데, another verb; 어제 시장에 가는데 비가 왔어요.; 어제 시장에 갔는데 비가 왔어요.; POLITE; TENSE; tense/past; 가는데; 갔는데",
        // -았/었- before the modifier -는: an ending, not another time
        "past before -는; 저는 한국에서 왔는 민수입니다.; 저는 한국에서 온 민수입니다.; FORMAL; ENDING; ending/past_modifier; 왔는; 온",
        // 에요 after a vowel: the copula spelt as it sounds
        "에요 after a particle; 가게는 몇 시까지에요?; 가게는 몇 시까지예요?; POLITE; SPELLING; spelling/copula; 시까지에요; 시까지예요",
    })
    void slipNamedByItsGrammar(String rule, String answer, String expected, Register register, ErrorCategory category,
            String subtype, String original, String correction) {
        RuleRows.corrected(EVALUATOR, register, answer, expected, category, subtype, original, correction);
    }

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        "-시- on a teacher's copula; 선생님이십니까?; 선생님이십니까?; FORMAL; PASS",
        "-(으)세요 to a grandmother; 할머니, 이 옷 입어 보세요.; 할머니, 이 옷 입어 보세요.; POLITE; PASS",
        "씨 after another's name; 이분은 리나 씨예요.; 이분은 리나 씨예요.; POLITE; PASS",
        "-ㄴ다 on a verb; 밥을 먹는다.; 밥을 먹는다.; CASUAL; PASS",
        "-는데 now; 지금 시장에 가는데 같이 갈래요?; 지금 시장에 가는데 같이 갈래요?; POLITE; PASS",
        "사는데 'in buying'; 사는데 돈이 많이 들어요.; 사는데 돈이 많이 들어요.; POLITE; PASS",
        "예요 after a particle; 가게는 몇 시까지예요?; 가게는 몇 시까지예요?; POLITE; PASS",
        "이라고 after a consonant; 저는 민준이라고 합니다.; 저는 민준이라고 합니다.; FORMAL; PASS",
        // the spaced 씨 is a span of two words, left to its check as before
        "씨 spaced after a name; 안녕하십니까, 하나무역의 김민수 씨입니다.; 안녕하십니까, 하나무역의 김민수입니다.; FORMAL; SPELLING",
    })
    void lookAlikesKeepTheirVerdict(String rule, String answer, String expected, Register register, String verdict) {
        RuleRows.check(EVALUATOR, rule, answer, expected, register, verdict);
    }

    @org.junit.jupiter.api.Test
    void quotedNameAndInchoativeAreReadOnTheirWords() {
        org.assertj.core.api.Assertions.assertThat(SlipCategories.quotedName("부디이라고", "부디라고")).isTrue();
        org.assertj.core.api.Assertions.assertThat(SlipCategories.quotedName("민준이라고", "민준라고")).isFalse();
        org.assertj.core.api.Assertions.assertThat(SlipCategories.pastLeftOff("이어요", "있어요")).isFalse();
        org.assertj.core.api.Assertions.assertThat(SlipCategories.named(new Finding(ErrorCategory.ENDING, "켜요", "켜져요",
                "ending/modifier_or_connective")).subtype()).isEqualTo("vocabulary/voice");
        org.assertj.core.api.Assertions.assertThat(SlipCategories.named(new Finding(ErrorCategory.ENDING, "켜요", "켜서",
                "ending/modifier_or_connective")).category()).isEqualTo(ErrorCategory.ENDING);
        org.assertj.core.api.Assertions.assertThat(SlipCategories.named(new Finding(ErrorCategory.PARTICLE_ALLOMORPH,
                "데위이라고", "데위라고", "particle_allomorph/quotative")).subtype()).isEqualTo("ending/quoted_name");
    }
}
