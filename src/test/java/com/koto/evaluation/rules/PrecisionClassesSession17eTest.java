package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision classes of the ninth-wave probes (session 17, helper s17e), each with look-alikes that must still fail:
 * a participant named again after the finished sentence, set off by a comma ({@link Afterthoughts#participantAfterComma});
 * the 반말 -거든 of background ({@link WellFormedEnds#plainReasonSentenceEnd}); the discontinuous past -었었-
 * ({@link WellFormedEnds#discontinuousPast}); a yes/no question of its own for a condition -(으)면
 * ({@link SentenceJoins#questionForCondition}); the humble 뵙다/뵈다 and 여쭙다/여쭈다 in their endings
 * ({@link HumbleVerbs}); 건/걸/게, the spoken 것 with its particle ({@link WordForms#contractedThing}); the learner's
 * own sentence-final predicate against the accepted one ({@link WellFormedEnds#predicateAfterOwnPredicate}); a
 * polite command of its own to the listener ({@link RespectedSubjects#commandOfItsOwn}); a scheduled event not held
 * for 없다 ({@link NegationNouns#eventNotHeld}); the giver's 드리다 for the receiver's 받다 ({@link MissingParts}).
 * Rows written for this test, not taken from the gold sets; every {@code PASS} row of the first kind failed before.
 * Verdict: {@code PASS}, {@code FAIL}, or the category or subtype the answer fails with (with its span where given).
 */
class PrecisionClassesSession17eTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // right dislocation: a subject, topic or partner after the sentence, set off by a comma
        "subject after the comma; 다음 주에 시험 있다고 하셨어, 교수님이.; 교수님이 다음 주에 시험 있다고 하셨어.; CASUAL; PASS; ; ",
        "partner after the comma; 어제 영화 봤어요, 친구하고.; 어제 친구하고 영화 봤어요.; POLITE; PASS; ; ",
        "no comma; 지난 주말에 제주도 갔었어 부모님이랑.; 지난 주말에 부모님이랑 제주도에 갔다 왔어.; CASUAL; word_order/verb_final; ; ",
        "an object after the comma; 친구가 시켰어, 핫초코를.; 친구가 핫초코를 시켰어.; CASUAL; word_order/verb_final; ; ",
        "a recipient after the comma; 책 빌려줬어, 친구한테.; 친구한테 책을 빌려줬어.; CASUAL; word_order/verb_final; ; ",
        "an object after the verb; 저는 마셔요 커피를.; 저는 커피를 마셔요.; POLITE; word_order/verb_final; ; ",
        // -거든 ending a 반말 sentence of background
        "-거든 of background; 오늘 좀 바빴거든. 그래서 전화 못 했어.; 오늘 좀 바빴어. 그래서 전화 못 했어.; CASUAL; PASS; ; ",
        "-거든 of a past event; 어제 삼촌이 오셨거든. 그래서 같이 밥 먹었어.; 어제 삼촌이 오셔서 같이 밥 먹었어.|어제 삼촌이 오셨어. 그래서 같이 밥 먹었어.; CASUAL; PASS; ; ",
        "-거든 without the past; 어제 할머니 우리 집에 오시거든. 그래서 같이 저녁 먹었지.; 어제 할머니께서 집에 오셨어. 그래서 같이 저녁 먹었어.; CASUAL; TENSE; ; ",
        "-거든 in a polite task; 오늘 좀 바빴거든. 그래서 전화 못 했어요.; 오늘 좀 바빴어요. 그래서 전화 못 했어요.; POLITE; HONORIFIC; ; ",
        // -었었-, the discontinuous past
        "-었었- in a reported past; 제가 아까 전화했었다고 전해 주세요.; 제가 아까 전화했다고 전해 주세요.; POLITE; PASS; ; ",
        "-었었- for a promise; 제가 전화했었다고 전해 주세요. 내일 또 전화했었어요.; 제가 전화했다고 전해 주세요. 내일 또 전화할게요.; POLITE; TENSE; ; ",
        "a present for the past; 제가 전화한다고 전해 주세요.; 제가 전화했다고 전해 주세요.; POLITE; TENSE; ; ",
        "a misspelt past; 제가 전화했엇다고 전해 주세요.; 제가 전화했다고 전해 주세요.; POLITE; FAIL; ; ",
        // a yes/no question for a condition
        "question for -(으)면; 혹시 박 과장님 지금 계세요? 좀 바꿔 주시겠어요?; 박 과장님 계시면 좀 바꿔 주세요.; POLITE; PASS; ; ",
        "no question mark; 박 과장님 지금 계세요 좀 바꿔 주시겠어요?; 박 과장님 계시면 좀 바꿔 주세요.; POLITE; ENDING; ; ",
        "있어요 for 계시다; 박 과장님 지금 있어요? 좀 바꿔 주시겠어요?; 박 과장님 계시면 좀 바꿔 주세요.; POLITE; honorific/verb; ; ",
        // the humble verbs in their endings
        "뵈러 for 뵐; 설날에 할머니를 뵈러 가요. 그리고 월요일에 돌아와요.; 설날에 할머니를 뵐 거예요. 월요일에 돌아와요.; POLITE; PASS; ; ",
        "뵙러; 부모님을 뵙러 인도네시아에 갈 거예요.; 부모님을 뵈러 인도네시아에 갈 거예요.; POLITE; SPELLING; ; ",
        "봬러; 부모님을 봬러 갈 거예요.; 부모님을 뵈러 갈 거예요.; POLITE; FAIL; ; ",
        "여쭈볼; 선생님께 여쭈볼 게 있어요.; 선생님께 여쭤볼 게 있어요.; POLITE; SPELLING; ; ",
        // 건/걸/게, the spoken 것 with its particle
        "별건; 별건 아니지만 케이크예요. 맛있게 드세요.; 별거 아니지만 케이크 좀 사 왔어요.; POLITE; PASS; ; ",
        "별꺼; 별꺼 아니지만 과일 좀 사 왔어요.; 별거 아니지만 과일 좀 사 왔어요.; POLITE; SPELLING; ; ",
        // the learner's own sentence-final predicate
        "와 for 만나자; 3시까지 시청역 2번 출구로 와.; 3시에 시청역 2번 출구 앞에서 만나자.; CASUAL; PASS; ; ",
        "no predicate; 3시까지 시청역 2번 출구로.; 3시에 시청역 2번 출구 앞에서 만나자.; CASUAL; INCOMPLETE; ; ",
        "the auxiliary left out; 이거 먹어.; 이거 먹어 봐.; CASUAL; INCOMPLETE; ; ",
        // a polite command of its own to the listener
        "드세요 of its own; 오는 길에 빵을 좀 샀어요. 다 같이 드세요.; 별거 아니지만 빵 좀 사 왔어요.; POLITE; PASS; ; ",
        "the speaker named; 오는 길에 과일을 좀 샀어요. 제가 같이 드세요.; 별거 아니지만 과일 좀 사 왔어요.; POLITE; honorific/si_extra; ; ",
        "-시- on oneself; 저는 인도네시아에서 오셨어요.; 저는 인도네시아에서 왔어요.; POLITE; honorific/si_extra; ; ",
        "a statement about a child; 우리 딸 지수가 감기에 걸려서 오늘 학교에 못 가세요.; 우리 딸 지수가 감기에 걸려서 오늘 학교에 못 가요.; POLITE; honorific/si_extra; ; ",
        // a scheduled event not held, for 없다
        "수업 안 해; 오늘 수업 안 한대.; 오늘 수업 없대.; CASUAL; PASS; ; ",
        "숙제 안 해; 내일 숙제 안 해.; 내일 숙제 없어.; CASUAL; VOCABULARY; ; ",
        "안 알아요; 저는 그 사람 안 알아요.; 저는 그 사람 몰라요.; POLITE; VOCABULARY; ; ",
        // the giver's 드리다 for the receiver's 받다
        "드릴게요 for 받으세요; 할머니, 한국에서 선물을 사 왔어요. 이거 드릴게요.; 할머니, 이거 한국에서 사 온 선물이에요. 받으세요.; POLITE; PASS; ; ",
        "the giving left out; 할머니, 한국에서 선물을 사 왔어요.; 할머니, 이거 한국에서 사 온 선물이에요. 받으세요.; POLITE; incomplete/missing_part; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    @Test
    void participantAfterCommaNeedsTheCommaAndAParticipant() {
        assertThat(Afterthoughts.participantAfterComma("갔었어 부모님이랑", "제주도 갔었어, 부모님이랑.")).isTrue();
        assertThat(Afterthoughts.participantAfterComma("갔었어 부모님이랑", "제주도 갔었어 부모님이랑.")).isFalse();
        assertThat(Afterthoughts.participantAfterComma("시켰어 핫초코를", "친구가 시켰어, 핫초코를.")).isFalse();
        assertThat(Afterthoughts.participantAfterComma("갔고 부모님이랑", "제주도 갔고, 부모님이랑.")).isFalse();
    }

    @Test
    void humbleVerbFormsAreOneVerb() {
        assertThat(HumbleVerbs.sameVerb("뵈러", "뵐")).isTrue();
        assertThat(HumbleVerbs.sameVerb("봬요", "뵙겠습니다")).isTrue();
        assertThat(HumbleVerbs.sameVerb("여쭤볼", "여쭙고")).isTrue();
        assertThat(HumbleVerbs.sameVerb("봬러", "뵈러")).isFalse();
        assertThat(HumbleVerbs.sameVerb("뵙러", "뵈러")).isFalse();
        assertThat(HumbleVerbs.sameVerb("배러", "뵈러")).isFalse();
    }

    @Test
    void contractedThingNeedsTheSpokenThing() {
        assertThat(WordForms.contractedThing("별건", "별거")).isTrue();
        assertThat(WordForms.contractedThing("별게", "별거")).isTrue();
        assertThat(WordForms.contractedThing("벌건", "별거")).isFalse();
        assertThat(WordForms.contractedThing("별꺼", "별거")).isFalse();
    }

    @Test
    void discontinuousPastIsTheAcceptedPastWithOneMoreEot() {
        assertThat(WellFormedEnds.discontinuousPast("전화했었다고", "전화했다고")).isTrue();
        assertThat(WellFormedEnds.discontinuousPast("갔었어", "갔어")).isTrue();
        assertThat(WellFormedEnds.discontinuousPast("전화했엇다고", "전화했다고")).isFalse();
        assertThat(WellFormedEnds.discontinuousPast("전화했었다고", "전화한다고")).isFalse();
    }
}
