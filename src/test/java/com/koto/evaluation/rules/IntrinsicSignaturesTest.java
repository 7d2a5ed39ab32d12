package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Intrinsic findings held to their own spans (session 15, eval28a): a copula finding on a well-formed quotative
 * -(이)라고, an incomplete finding on words the answer has in place, another item named by the head of the accepted compound, a
 * speech level on a copula connective and a unit noun without a number name an error the learner's words do
 * not hold. Rows both ways: the artefacts, and the real errors of each class, which still fail.
 */
class IntrinsicSignaturesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}/{1}: {2} → {3} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // -(이)라고 of the naming frame is a quotation, not the copula
        "ENDING; ending/copula; 민수라고; 민수예요; false",
        "ENDING; ending/copula; 저는 지우라고; 저는 지우예요; false",
        "ENDING; ending/copula; 김준이라고; 김준이에요; false",
        "ENDING; ending/copula; 학생라고; 학생이에요; true",
        "ENDING; ending/copula; 학생예요; 학생이에요; true",
        "ENDING; ending/copula; 있다라고; 있다고; true",
        // the head of the accepted compound names the same thing less precisely
        "VOCABULARY; vocabulary/other_item; 역이; 지하철역이; false",
        "VOCABULARY; vocabulary/other_item; 정류장이; 버스정류장이; false",
        "VOCABULARY; vocabulary/other_item; 병원에; 약국에; true",
        "VOCABULARY; vocabulary/other_item; 오천; 만오천; true",
    })
    void signature(ErrorCategory category, String subtype, String original, String correction, boolean shown) {
        assertThat(Signatures.shown(new Finding(category, original, correction, subtype))).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}: {1} {2} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // a copula connective opens the next clause: it has no speech level
        "분이면; 한 이십 분이면 도착할 수 있을까요?; true",
        "시간이면; 한 시간이면 끝날 수 있어요?; true",
        // a sentence-final copula in 반말 is a speech level
        "학생이야; 저는 학생이야.; false",
    })
    void copulaMidSentence(String o, String answer, boolean mid) {
        assertThat(Evidence.midSentence(o, answer)).isEqualTo(mid);
    }

    @ParameterizedTest(name = "{0} → {1} in {2} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // without a number, 시간 is the free noun 'time'
        "시간; 시에; 너 편한 시간 알려 줘; true",
        "시간을; 시에; 괜찮은 시간을 말해 주세요; true",
        // with a number or 몇, a unit for another is another measure
        "시간에; 시에; 몇 시간에 만날까요; false",
        "시간에; 시에; 세 시간에 만나요; false",
        "번; 시; 두 번 와요; false",
    })
    void unitWithoutNumber(String o, String c, String answer, boolean free) {
        assertThat(Evidence.unitWithoutNumber(o, c, answer)).isEqualTo(free);
    }

    @ParameterizedTest(name = "{0} → {1} in {2} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // the "missing" words follow the learner's word in the answer itself
        "좀; 좀 봐 주세요; 제 차 좀 봐 주세요 브레이크가 이상해요; true",
        "좀; 좀 도와주세요; 저기요 좀 도와주세요; true",
        // words the answer lacks stay missing
        "좀; 좀 봐 주세요; 제 차 좀 브레이크가 이상해요; false",
        "카드; 카드로 계산할게요; 카드; false",
    })
    void wordsInPlace(String o, String c, String answer, boolean inPlace) {
        assertThat(Signatures.wordsInPlace(new Finding(ErrorCategory.INCOMPLETE, o, c), answer)).isEqualTo(inPlace);
    }

    @ParameterizedTest(name = "{0}: {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        "a name with -(이)라고 하다; 안녕하세요. 저는 민수 동생 지우라고 하는데요, 민수 있어요?; 안녕하세요, 저 민수 동생 지우인데요. 민수 있어요?|안녕하세요. 지우예요. 민수 있어요?; PASS",
        "a request with its adverb, then a reason; 제 자전거 좀 봐 주세요. 바퀴에서 이상한 소리가 나거든요.; 바퀴에서 이상한 소리가 나요. 좀 봐 주세요.|바퀴에서 소리가 나는데 확인해 주실 수 있어요?; PASS",
        "a copula form after a consonant stays; 저는 학생예요.; 저는 학생이에요.; ENDING",
        "a plain ending in a polite activity stays; 부산역으로 가 줘.; 부산역으로 가 주세요.; HONORIFIC",
    })
    void answer(String rule, String answer, String expected, String verdict) {
        RuleRows.variant(EVALUATOR, rule, answer, expected, verdict);
    }
}
