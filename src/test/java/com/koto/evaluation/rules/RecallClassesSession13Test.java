package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recall classes of session 13 (helper eval21e), each with correct look-alikes that must stay silent:
 * 지난 for 이번 in a sentence about later ({@link LaterSentences}, the {@code later_only} contrast), 바꾸다
 * for 갈아타다 and 불을 켜다 for 불을 피우다 (confusables data), a quantity before a noun joined by 하고/(이)랑
 * ({@link QuantityOrder}), the 언제 of a question left out ({@link MissingTimes}), an adjective for the
 * accepted verb before 주세요 ({@link VerbPhraseForms#acceptedVerb}) and 오는 for 온 of one's origin
 * ({@link ModifierForms#origin}). Rows written for this test, not taken from the gold sets. Verdict:
 * {@code PASS} (passes, at most spacing noted), {@code NOT CATEGORY} (no error of that category), or the
 * subtype the answer fails with, on the original and correction given.
 */
class RecallClassesSession13Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // 지난 for 이번: only in a sentence that proposes, requests, wishes or plans
        "지난 in a proposal; 지난 일요일에 같이 등산 갈래?; 이번 일요일에 같이 등산 갈래?; CASUAL; vocabulary/contrast; 지난; 이번",
        "지난 in a wish; 지난 금요일 저녁에 두 명 예약하고 싶어요.; 이번 금요일 저녁에 두 명 예약하고 싶어요.; POLITE; vocabulary/contrast; 지난; 이번",
        "지난 about the past: the same weekend; 지난 주말에 뭐 했어?; 이번 주말에 뭐 했어?; CASUAL; PASS; ; ",
        "이번 for 지난 is never judged; 이번 주말에 뭐 했어?; 지난 주말에 뭐 했어?; CASUAL; PASS; ; ",
        "지난 in a modifier clause; 지난 토요일에 산 신발을 바꾸고 싶어요.; 이번 토요일에 산 신발을 바꾸고 싶어요.; POLITE; NOT VOCABULARY; ; ",
        // 바꾸다 for 갈아타다, with a line or a vehicle
        "바꾸다 for a transfer; 시청역에서 1호선으로 바꿔요?; 시청역에서 1호선으로 갈아타요?; POLITE; vocabulary/confusable; 바꿔요; 갈아타요",
        "바꾸다 of money; 달러를 원으로 바꾸고 싶어요.; 달러를 원으로 환전하고 싶어요.; POLITE; NOT VOCABULARY; ; ",
        // 불을 켜다 for 불을 피우다, only where the accepted answer says 피우다
        "켜다 for a fire; 캠핑장에서 불을 켜도 돼요?; 캠핑장에서 불을 피워도 돼요?; POLITE; vocabulary/collocation; 켜도; 피워도",
        "켜다 of a light; 거실 불을 켜도 돼요?; 거실 전등을 켜도 돼요?; POLITE; NOT VOCABULARY; ; ",
        // a quantity before a noun with 하고/(이)랑
        "quantity before a noun with 이랑; 세 잔 커피랑 케이크 하나 주세요.; 커피 세 잔이랑 케이크 하나 주세요.; POLITE; word_order/numeral_before_noun; 세 잔 커피랑; 커피 세 잔이랑",
        "quantity before a noun with 하고; 두 개 김밥하고 라면 하나 주세요.; 김밥 두 개하고 라면 하나 주세요.; POLITE; word_order/numeral_before_noun; 두 개 김밥하고; 김밥 두 개하고",
        "quantity before a verbal noun; 두 개 주문하고 계산할게요.; 김밥 두 개 주문하고 계산할게요.; POLITE; NOT WORD_ORDER; ; ",
        "quantity after its noun; 커피 두 잔하고 케이크 하나 주세요.; 커피 두 잔하고 케이크 하나 주세요.; POLITE; PASS; ; ",
        // the 언제 of a question left out
        "언제 left out; 가방 받을 수 있어요?; 가방 언제 받을 수 있어요?|언제 찾으러 오면 돼요?; POLITE; incomplete/missing_time; 받을; 언제 받을",
        "a time of the learner's own; 내일 받을 수 있어요?; 가방 언제 받을 수 있어요?|언제 찾으러 오면 돼요?; POLITE; NOT INCOMPLETE; ; ",
        "언제 said; 가방 언제 받을 수 있어요?; 가방 언제 받을 수 있어요?|언제 찾으러 오면 돼요?; POLITE; PASS; ; ",
        // an adjective where the accepted answer asks with a verb
        "짧다 for 줄이다; 이 치마 좀 짧아 주세요.; 이 치마 좀 줄여 주세요.; POLITE; vocabulary/adjective_for_verb; 짧아; 줄여",
        "작다 for 줄이다; 음악 좀 작아 주세요.; 음악 소리 좀 줄여 줄래?; POLITE; vocabulary/adjective_for_verb; 작아; 줄여",
        "짧다 for 자르다; 머리를 조금 짧아 주세요.; 머리를 조금 잘라 주세요.; POLITE; vocabulary/adjective_for_verb; 짧아; 잘라",
        "the accepted answer's own adjective; 밤에는 조금 조용해 주세요.; 밤에는 조금 조용히 해 주세요.; POLITE; ending/adjective_request; 조용해; 조용히 해",
        // 오는 for 온 of one's origin
        "one's origin; 저는 베트남에서 오는 민입니다.; 저는 베트남에서 온 민입니다.; FORMAL; TENSE; 오는; 온",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    /** {@link LaterSentences#aboutLater} alone: which sentences are about later for the word. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "proposal with -러; 지난 토요일에 영화 보러 갈래?; 지난; true",
        "request with -아/어 주다; 지난 월요일에 배달해 주세요.; 지난; true",
        "plan in -(으)ㄹ 거예요; 지난주에 갈 거예요.; 지난주에; true",
        "question about the past; 지난 주말에 뭐 했어?; 지난; false",
        "a guess about the past; 지난주에 도착했을까요?; 지난주에; false",
        "modifier clause; 지난주에 산 옷을 바꾸고 싶어요.; 지난주에; false",
        "a thing bought, not a plan; 지난주에 산 거예요?; 지난주에; false",
        "connective of contrast; 지난주에 샀는데 바꿔 주세요.; 지난주에; false",
        "second sentence; 지난 토요일에 갔어요. 또 가고 싶어요.; 지난; false",
    })
    void aboutLater(String rule, String answer, String word, boolean expected) {
        assertThat(LaterSentences.aboutLater(answer, word)).as(rule).isEqualTo(expected);
    }

    /** {@link ModifierForms#find} alone on 오는: only one's completed coming. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "the speaker's origin; 저는 인도네시아에서 오는 학생이에요.; 오는 → 온",
        "on the way; 저는 회사에서 오는 길이에요.; none",
        "a dated coming; 저는 내일 부산에서 오는 손님이에요.; none",
        "a repeated coming; 저는 매주 부산에서 오는 학생이에요.; none",
        "someone else; 그 사람은 일본에서 오는 학생이에요.; none",
    })
    void origin(String rule, String answer, String expected) {
        List<Finding> found = ModifierForms.find(answer).stream().filter(f -> "tense/modifier".equals(f.subtype())).toList();
        assertThat(found.isEmpty() ? "none" : found.getFirst().original() + " → " + found.getFirst().correction())
                .as(rule).isEqualTo(expected);
    }

    /** {@link MissingTimes#find} alone: a question word of the learner's own is a question of his own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "no question word; 가방 받을 수 있어요?; 가방 언제 받을 수 있어요?; 받을 → 언제 받을",
        "몇 시; 몇 시에 받을 수 있어요?; 가방 언제 받을 수 있어요?; none",
        "a statement; 가방 받을 수 있어요.; 가방 언제 받을 수 있어요?; none",
    })
    void missingWhen(String rule, String answer, String accepted, String expected) {
        var f = MissingTimes.find(answer, List.of(accepted));
        assertThat(f.map(x -> x.original() + " → " + x.correction()).orElse("none")).as(rule).isEqualTo(expected);
    }
}
