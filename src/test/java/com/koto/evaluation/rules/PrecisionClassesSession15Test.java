package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision classes of the fifth-wave probes (helper eval28b), each with look-alikes that must still fail:
 * a polite statement in a sentence of its own where the accepted answer leads in with -(으)ㄴ데/-는데
 * ({@link ArgumentCheck}); an honoured vocative paired with the speaker's 저는 of a self-introduction
 * ({@link SlotWords#vocativeForSpeaker}); a position noun after a demonstrative modifying the next noun, 저 앞
 * 편의점 ({@link NounPhraseOrder}); and, for recall, three well-known word confusions (가난하다/싸다, 변하다/바꾸다,
 * 손수건/수건; confusables data). Rows written for this test, not taken from the gold sets. Verdict:
 * {@code PASS}, {@code NOT CATEGORY}, or the category or subtype the answer fails with.
 */
class PrecisionClassesSession15Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // a statement of its own for the background -(으)ㄴ데
        "-네요 before a request; 저기요, 이거 너무 맵네요. 물 좀 주시겠어요?; 음식이 너무 매워요. 물 좀 주세요.|너무 매운데 물 좀 주시겠어요?; POLITE; PASS; ; ",
        "-아요 before a request; 방이 좀 추워요. 담요 하나 더 주시겠어요?; 방이 좀 추운데 담요 하나 더 주시겠어요?; POLITE; PASS; ; ",
        "a verb's -어요 for -는데; 비가 와요. 우산 좀 빌려 주세요.; 비가 오는데 우산 좀 빌려 주세요.; POLITE; PASS; ; ",
        "the adjective misconjugated; 너무 맵어요. 물 좀 주시겠어요?; 너무 매운데 물 좀 주시겠어요?; POLITE; irregular/b; 맵어요; 매워요",
        "a promise for the background; 너무 매울게요. 물 좀 주시겠어요?; 너무 매운데 물 좀 주시겠어요?; POLITE; ENDING; 매울게요; 매운데",
        // an honoured vocative paired with the speaker's 저는
        "어머님 and no 저는; 안녕하세요, 어머님. 지영이 친구 데위예요. 지영이 지금 집에 있어요?; 안녕하세요, 저는 지영이 친구 데위인데요. 지영이 집에 있어요?|안녕하세요, 지영이 친구 데위예요. 지영이 좀 바꿔 주시겠어요?; POLITE; PASS; ; ",
        "선생님 with a comma; 선생님, 민수 엄마예요. 민수 오늘 학교에 못 가요.; 저는 민수 엄마인데요. 민수 오늘 학교에 못 가요.; POLITE; PASS; ; ",
        // a position noun after a demonstrative
        "저 앞 편의점; 저 앞 편의점에서 내릴게요. 카드 결제 되죠?; 저 편의점 앞에서 세워 주세요. 카드로 계산할게요.|편의점 앞에서 내려 주세요. 카드 돼요?; POLITE; NOT WORD_ORDER; ; ",
        "이 앞 카페; 이 앞 카페에서 만나요.; 카페 앞에서 만나요.; POLITE; NOT WORD_ORDER; ; ",
        "옆 은행 without a demonstrative; 옆 은행에서 만나요.; 은행 옆에서 만나요.; POLITE; WORD_ORDER; 옆 은행에서; 은행 옆에서",
        "자리 창가 still turned round; 자리 창가로 주세요.; 창가 자리로 주세요.; POLITE; WORD_ORDER; ; ",
        // well-known word confusions filed as certain (confusables data, session 16)
        "가난하다 for a price; 더 가난한 거 있어요?; 더 싼 거 있어요?|좀 더 싼 건 없어요?; POLITE; vocabulary/confusable; 가난한; 싼",
        "가난하다 of a person; 그 사람은 가난해요.; 그 사람은 가난해요.; POLITE; PASS; ; ",
        "변하다 for an exchange; 이 셔츠 더 큰 사이즈로 변하고 싶어요.; 이 셔츠 더 큰 사이즈로 바꾸고 싶어요.; POLITE; vocabulary/confusable; 변하고; 바꾸고",
        "변하다 of the weather; 날씨가 많이 변했어요.; 날씨가 많이 변했어요.|날씨가 많이 바뀌었어요.; POLITE; PASS; ; ",
        "손수건 for a towel; 손수건 하나 더 갖다 주세요.; 수건 하나 더 갖다 주세요.; POLITE; vocabulary/confusable; 손수건; 수건",
        "수건 as accepted; 수건 한 장 더 주세요.; 수건 하나 더 갖다 주세요.|수건 한 장 더 주세요.; POLITE; PASS; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }
}
