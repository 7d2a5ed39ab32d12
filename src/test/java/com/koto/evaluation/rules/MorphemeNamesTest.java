package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 19 (s19d): a one-word finding named by the morpheme that changes ({@link MorphemeNames}, after {@link SlipCategories} as in the evaluator); rows both ways.
 */
class MorphemeNamesTest {

    @ParameterizedTest(name = "{0} {1} → {2} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // -(으)시- taken out and nothing else: honorific
        "ENDING; 읽으셔; 읽어; honorific/si_extra",
        "SPELLING; 민수십니다; 민수입니다; honorific/si_extra",
        "ENDING; 가실게요; 갈게요; honorific/si_extra",
        "TENSE; 주문하시고; 주문하고; honorific/si_extra",
        // 씨 on one's own name before the copula
        "SPELLING; 민수씨예요; 민수예요; honorific/self_ssi",
        // the raised kin noun and an honorific noun, the particle kept
        "VOCABULARY; 어머니께; 어머님께; honorific/noun",
        "VOCABULARY; 집에; 댁에; honorific/noun",
        // the promise where the listener's act is asked
        "TENSE; 앉을게요; 앉으세요; ending/promise_for_listener_act",
        "TENSE; 드실게요; 드세요; ending/promise_for_listener_act",
        // the past ㅆ left out
        "SPELLING; 가는데; 갔는데; tense/past",
        // an adjective with the verbs' -ㄴ다
        "SPELLING; 바쁜다; 바쁘다; ending/adjective_plain",
    })
    void theMorphemeNamesTheFinding(ErrorCategory category, String original, String correction, String subtype) {
        Finding f = namedInOrder(new Finding(category, original, correction, null));
        assertThat(f.subtype()).isEqualTo(subtype);
        assertThat(f.original()).isEqualTo(original);
        assertThat(f.correction()).isEqualTo(correction);
    }

    @ParameterizedTest(name = "{0} {1} → {2} stays")
    @CsvSource(delimiter = ';', value = {
        // 시 that is no -시- (the word's end), or another change besides
        "VOCABULARY; 다시; 다",
        "SPELLING; 다시; 다",
        "HONORIFIC; 가셨어요; 갔어요",
        "ENDING; 가셔서; 가서요",
        // 씨 not before the copula
        "SPELLING; 민수씨가; 민수가",
        // another noun, not the honorific one
        "VOCABULARY; 어머니께; 아버지께",
        "VOCABULARY; 우리; 저희",
        // a promise corrected to another verb's request, or to a past
        "TENSE; 갈게요; 갔어요",
        "TENSE; 먹을게요; 드세요",
        // 잇어요 → 있어요: a letter of the stem, not the past
        "SPELLING; 잇어요; 있어요",
        // a verb's -ㄴ다 is right: 만난다 → 만나다 is no adjective slip
        "SPELLING; 만난다; 만나다",
    })
    void otherChangesKeepTheirName(ErrorCategory category, String original, String correction) {
        Finding f = new Finding(category, original, correction, null);
        assertThat(namedInOrder(f)).isEqualTo(f);
    }

    /** The two namers in the evaluator's order: {@link SlipCategories} first, then {@link MorphemeNames}. */
    private static Finding namedInOrder(Finding f) {
        return MorphemeNames.named(SlipCategories.named(f));
    }
}
