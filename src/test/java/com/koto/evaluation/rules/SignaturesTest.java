package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The structural precision guard of {@link Signatures} (session 15, eval27b): a finding fails an answer
 * only when its own two spans show its category. Rows of findings whose spans do (real tense, -시-
 * and particle errors, which stay decisive) and do not (alignment artefacts of a paraphrase), and
 * whole answers, written for this test, that must pass or still fail.
 */
class SignaturesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}/{1}: {2} → {3} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // tense: the past -았/었-, the future -겠- and -(으)ㄹ 거, the modifier tenses
        "TENSE; tense/past; 어제 친구를 만나요; 어제 친구를 만났어요; true",
        "TENSE; tense/present; 지금 밥을 먹었어요; 지금 밥을 먹어요; true",
        "TENSE; tense/future; 내일 부산에 가요; 내일 부산에 갈 거예요; true",
        "TENSE; tense/future; 제가 하겠습니다; 제가 합니다; true",
        "TENSE; tense/modifier; 어제 먹는 빵; 어제 먹은 빵; true",
        "TENSE; tense/past; 숙제를 했어요; 숙제를 해요; true",
        // no tense morpheme differs: a promise or a noun paired with another frame
        "TENSE; tense/present; 포장으로 할게요; 포장이요; false",
        "TENSE; tense/present; 창가 자리로 할게요; 창가 자리요; false",
        "TENSE; tense/past; 늦었잖아; 늦었으니까; false",
        // on two predicates, the enders built on the prospective -(으)ㄹ count as the future
        "TENSE; tense/future; 비빔밥 먹을래요; 비빔밥 먹을게요; true",
        "TENSE; tense/future; 제가 갈게요; 제가 가요; true",
        // -시-: the learner's span must hold the -(으)시- that the correction lacks
        "HONORIFIC; honorific/si_extra; 제가 가실게요; 제가 갈게요; true",
        "HONORIFIC; honorific/si_extra; 저는 학생이세요; 저는 학생이에요; true",
        "HONORIFIC; honorific/si_extra; 제가 드실게요; 제가 먹을게요; true",
        "HONORIFIC; honorific/si_extra; 머리가 아파요 특히 뜨거운 차 마실 때요; 머리가 아파요; false",
        "HONORIFIC; honorific/si_extra; 시장에 가요; 시장에 갔어요; false",
        // -(으)시- as written where Nori reads one ending or another stem
        "HONORIFIC; honorific/si_extra; 화장실이 어디에 있으세요; 화장실이 어디에 있어요; true",
        "HONORIFIC; honorific/si_extra; 한국에서 오신; 한국에서 온; true",
        "HONORIFIC; honorific/si_extra; 싶은데 괜찮으세요; 싶습니다; true",
        "HONORIFIC; honorific/si_extra; 메모 남기시겠어요; 메모 남겨 드릴까요; true",
        // -시- left out is not judged (말씀하셨어 for 말씀드렸어: an honorific verb, not the suffix)
        "HONORIFIC; honorific/si_missing; 선생님이 바빠요 그래서; 선생님이 바빠요; true",
        // particles: another particle, a particle left out, a possessive pronoun
        "PARTICLE_WRONG; particle_wrong/other; 머리를 아파요; 머리가 아파요; true",
        "PARTICLE_MISSING; particle_missing/other; 카페 친구를 만나요; 카페에서 친구를 만나요; true",
        "PARTICLE_MISSING; particle_missing/possessive; 나 차례; 내 차례; true",
        "PARTICLE_WRONG; particle_wrong/other; 두 개마다 주세요; 두 개씩 주세요; true",
        "PARTICLE_WRONG; particle_wrong/other; 천천히 말해요; 빨리 말해요; false",
    })
    void signature(ErrorCategory category, String subtype, String original, String correction, boolean shown) {
        assertThat(Signatures.shown(new Finding(category, original, correction, subtype))).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}: {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // a promise for a noun with 이요: no tense on either side
        "a promise for a noun with 이요; 저기요, 따뜻한 라떼 한 잔 포장으로 할게요.; 따뜻한 라떼 한 잔 포장해 주세요.|따뜻한 라떼 한 잔 포장이요.; PASS",
        "a promise for takeout with 이요; 저기요, 따뜻한 라떼 한 잔 테이크아웃으로 할게요.; 따뜻한 라떼 한 잔 포장해 주세요.|따뜻한 라떼 한 잔 테이크아웃이요.; PASS",
        "a real past for a request stays; 따뜻한 라떼 한 잔 포장했어요.; 따뜻한 라떼 한 잔 포장해 주세요.; TENSE",
        // an afterthought with a modifier verb: no -시- in the learner's words
        "an afterthought with 마시다; 왼쪽 위 이가 아파요. 특히 뜨거운 물 마실 때요.; 왼쪽 위 이가 아파요. 뜨거운 물을 마시면 아파요.|뜨거운 물을 마실 때 왼쪽 위 이가 아파요.; PASS",
        "an afterthought with 마시다, another noun; 왼쪽 위 어금니가 아파요. 특히 뜨거운 물 마실 때요.; 왼쪽 위 이가 아파요. 뜨거운 물을 마시면 아파요.|뜨거운 물을 마실 때 왼쪽 위 이가 아파요.; PASS",
        "an afterthought after 시리다; 오른쪽 아래 어금니가 시려요. 특히 차가운 물 마실 때요.; 오른쪽 아래 이가 시려요. 차가운 물을 마시면 시려요.|찬물을 마실 때 오른쪽 아래 이가 시려요.; PASS",
        "-시- about oneself stays; 제가 내일 다시 오실게요.; 제가 내일 다시 올게요.; HONORIFIC",
        "-으세요 on one's own question stays; 저기요, 화장실이 어디에 있으세요?; 저기요, 화장실이 어디에 있어요?; HONORIFIC",
        "-시- on one's own origin stays; 저는 베트남에서 오신 민수입니다.; 저는 베트남에서 온 민수입니다.; HONORIFIC",
        "-으세요 on one's own wish stays; 창가 자리로 바꾸고 싶으세요.; 창가 자리로 바꾸고 싶어요.; HONORIFIC",
        "a missing particle stays; 도서관 책을 읽어요.; 도서관에서 책을 읽어요.; PARTICLE_MISSING",
        "a wrong particle stays; 배를 아파요.; 배가 아파요.; PARTICLE_WRONG",
    })
    void answer(String rule, String answer, String expected, String verdict) {
        RuleRows.variant(EVALUATOR, rule, answer, expected, verdict);
    }
}
