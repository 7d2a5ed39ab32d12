package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision classes of the tenth-wave probe of longer answers (session 17, helper s17g), each with look-alikes that
 * must still fail: a chain of auxiliaries ending in a polite -아/어서요 or -는데요 after a -아/어 form
 * ({@link Evidence#midSentence}); a part of the accepted answer that another accepted answer leaves out, the task's
 * parts in another order ({@link Certainty#otherPredicate(Finding, String, String, List)}); a promise after a
 * -(으)면 condition ({@link IntentEndings}); N대로 'according to N' ({@link OffersAndStandards#accordingTo}); -아/어
 * 드릴까요? as an offer of help ({@link OffersAndStandards#offerAccepted}). Rows written for this test, not taken from
 * the gold sets; every {@code PASS} row of the first kind failed before.
 * Verdict: {@code PASS}, {@code FAIL}, or the category or subtype the answer fails with (with its span where given).
 */
class PrecisionClassesSession17gTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    private static final String FOOD = "제가 인도네시아 음식을 만들었어요. 좀 매운데 한번 드셔 보세요.|직접 만든 인도네시아 음식이에요. 조금 매워요. 맛있게 드세요.";
    private static final String SHIRT = "이 셔츠가 좀 작아요. 빨간색으로 더 큰 사이즈 있어요?|입어 봤는데 좀 작네요. 빨간 거 큰 사이즈 있나요?";
    private static final String BAG = "가방이 무거워 보여요. 제가 들어 드릴게요.|할머니, 제가 좀 도와 드릴까요? 가방 들어 드릴게요.";

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // -아/어 드리고 싶어서요 / 싶은데요: the last auxiliary carries the level
        "-고 싶어서요; 제가 만든 음식 좀 나눠 드리고 싶어서요. 조금 매워요.; " + FOOD + "; POLITE; PASS; ; ",
        "-고 싶은데요; 제가 만든 음식 좀 나눠 드리고 싶은데요. 좀 매워요.; " + FOOD + "; POLITE; PASS; ; ",
        "plain -고 싶어서; 제가 만든 음식 좀 나눠 드리고 싶어서. 인도네시아 음식이라서 좀 매워요.; " + FOOD + "; POLITE; HONORIFIC; ; ",
        "plain 싶어; 제가 만든 음식 좀 나눠 드리고 싶어. 좀 매워요.; " + FOOD + "; POLITE; HONORIFIC; ; ",
        // a part another accepted answer leaves out; the parts in another order
        "request before reason; 빨간 거 더 큰 사이즈 있나요? 이건 좀 작아요.; " + SHIRT + "; POLITE; PASS; ; ",
        "reason after, in other words; 빨간색 더 큰 거 있어요? 이거 좀 작아요.; " + SHIRT + "; POLITE; PASS; ; ",
        "the reason left out; 빨간 거 더 큰 사이즈 있나요?; " + SHIRT + "; POLITE; INCOMPLETE; ; ",
        "the request left out; 이건 좀 작아요.; " + SHIRT + "; POLITE; INCOMPLETE; ; ",
        "a part said otherwise by the other; 죄송합니다. 버스가 안 와서 늦었습니다.; 죄송합니다. 버스가 안 와서 늦었습니다. 다음부터는 늦지 않겠습니다.|늦어서 죄송합니다. 버스가 오지 않아서 늦었습니다. 다시는 늦지 않겠습니다.; FORMAL; INCOMPLETE; ; ",
        // a promise after a -(으)면 condition
        "promise on a condition; 혹시 토요일에 시간 있어? 이사 도와주면 맛있는 저녁 사 줄게.; 이번 토요일에 이사하는데 좀 도와줄 수 있어? 저녁은 내가 살게.|토요일에 이사 좀 도와줘. 끝나고 내가 저녁 살게.; CASUAL; PASS; ; ",
        "condition, nothing promised in the task; 시간 있으면 손전등 좀 줄게.; 손전등 좀 줘.; CASUAL; ending/promise_for_request; 줄게; 줘",
        "no condition; 손전등 좀 줄게.; 손전등 좀 줘.; CASUAL; ending/promise_for_request; 줄게; 줘",
        // N대로 'according to N'
        "N대로; 이 처방전대로 약을 지어 주실 수 있어요? 하루에 몇 번씩 먹어야 돼요?; 처방전 여기 있어요. 약 지어 주세요. 하루에 몇 번 먹어야 돼요?|이 처방전으로 약 좀 지어 주시겠어요? 하루에 몇 번 먹으면 돼요?; POLITE; PASS; ; ",
        "말씀대로; 말씀대로 할게요.; 말씀하신 대로 할게요.|그렇게 할게요.; POLITE; PASS; ; ",
        "N데로; 이 처방전데로 약을 지어 주실 수 있어요?; 이 처방전으로 약 좀 지어 주시겠어요?; POLITE; SPELLING; ; ",
        // -아/어 드릴까요? as an offer of help
        "offer after -는데; 저기요, 가방이 많이 무거워 보이는데 제가 들어 드릴까요?; " + BAG + "; POLITE; PASS; ; ",
        "offer in two sentences; 가방이 무거워 보여요. 제가 들어 드릴까요?; " + BAG + "; POLITE; PASS; ; ",
        "no accepted offer; 회의 자료는 내일까지 보내 드릴까요?; 회의 자료는 내일까지 보내 드리겠습니다.; FORMAL; ending/offer_for_plan; 드릴까요; 드리겠습니다",
        // session 19 (s19a): the offer asked passes where -아/어 드릴게요 is accepted (the same favour offered)
        "offer beside an accepted 드릴게요 only; 가방이 무거워 보이는데 제가 들어 드릴까요?; 가방이 무거워 보여요. 제가 들어 드릴게요.; POLITE; PASS; ; ",
        "drill께요 asked; 가방이 무거워 보여요. 제가 들어 드릴께요?; " + BAG + "; POLITE; FAIL; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    @Test
    void accordingToNeedsTheNounAndTheParticle() {
        assertThat(OffersAndStandards.accordingTo(new Finding(com.koto.evaluation.ErrorCategory.SPELLING, "처방전대로",
                "처방전으로"), "이 처방전대로 약을 지어 주세요")).isTrue();
        assertThat(OffersAndStandards.accordingTo(new Finding(com.koto.evaluation.ErrorCategory.SPELLING, "처방전데로",
                "처방전으로"), "이 처방전데로 약을 지어 주세요")).isFalse();
    }

    @Test
    void offerOfHelpNeedsAnAcceptedOffer() {
        assertThat(OffersAndStandards.offerOfHelp("드릴까요", List.of("제가 좀 도와 드릴까요 가방 들어 드릴게요"))).isTrue();
        assertThat(OffersAndStandards.offerOfHelp("드릴까요", List.of("가방 들어 드릴게요"))).isTrue(); // session 19
        assertThat(OffersAndStandards.offerOfHelp("드릴까요", List.of("자료는 내일까지 보내 드리겠습니다"))).isFalse();
        assertThat(OffersAndStandards.offerOfHelp("드릴까요", List.of("뭐 드릴까요"))).isFalse();
        assertThat(OffersAndStandards.offerOfHelp("살까요", List.of("제가 도와드릴까요"))).isFalse();
    }
}
