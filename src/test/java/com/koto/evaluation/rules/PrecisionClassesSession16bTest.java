package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision classes of the seventh-wave probes (helper eval31a), each with look-alikes that must still fail:
 * 소고기 = 쇠고기 (equivalents data); 그러는데 for 그런데 after -아/어서 ({@link SentenceJoins#resumedReason}); 까지
 * of a destination dropped before 가다 ({@link OptionalPieces#untilLeftOutBeforeGo}); 더 left out before a
 * comparative, also as a word missing and after N요 ({@link NaturalVariants#comparativeLeftOut}); a past
 * sentence for a -아/어서 clause ({@link SentenceJoins#sentenceForSequence}); one choice question for another
 * ({@link OffTask}); a vocative left out ({@link OptionalPieces#vocativeLeftOut}); -아/어도 of permission
 * ({@link SentenceJoins#levelBeforePermission}); the address term after the sentence
 * ({@link SentenceJoins#addressAfterSentence}); 반 킬로 for 500그램 ({@link OptionalPieces#halfStated}). Rows
 * written for this test, not taken from the gold sets; the {@code PASS} rows failed on main but "items swapped",
 * kept as a guard. Verdict: {@code PASS} (notes of spacing and formal level allowed),
 * {@code FAIL}, or the category or subtype the answer fails with.
 */
class PrecisionClassesSession16bTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // 쇠고기 = 소고기 (복수 표준어)
        "쇠고기 for 소고기; 쇠고기 한 근 주세요.; 소고기 한 근 주세요.; POLITE; PASS; ; ",
        "소고기 for 쇠고기; 소고기 좀 보여 주세요.; 쇠고기 좀 보여 주세요.; POLITE; PASS; ; ",
        "a wrong particle on 쇠고기; 쇠고기을 한 근 주세요.; 소고기를 한 근 주세요.; POLITE; PARTICLE_ALLOMORPH; ; ",
        // 그러다 + -는데
        "그러는데 for 그런데; 제가 길을 몰라서 그러는데 좀 도와주세요.; 제가 길을 몰라서 그런데 좀 도와주세요.; POLITE; PASS; ; ",
        "그러는데 formal; 몸이 안 좋아서 그러는데 일찍 가도 될까요?; 몸이 안 좋아서 그런데 일찍 가도 될까요?; POLITE; PASS; ; ",
        // 까지 dropped on the goal of 가다
        "공항 가 주세요; 공항 가 주세요.; 공항까지 가 주세요.; POLITE; PASS; ; ",
        "시청 가 주세요 + question; 시청 가 주세요. 얼마나 걸려요?; 시청까지 가 주세요. 얼마나 걸려요?; POLITE; PASS; ; ",
        "까지 wrong for 에서; 공항까지 내려 주세요.; 공항에서 내려 주세요.; POLITE; FAIL; ; ",
        // 더 before a comparative is optional
        "큰 for 더 큰; 이 셔츠 큰 사이즈로 입어 봐도 돼요?; 이 셔츠 더 큰 사이즈로 입어 봐도 돼요?; POLITE; PASS; ; ",
        "바지요, 긴 사이즈로; 이 바지요, 긴 사이즈로 입어 봐도 될까요?; 이 바지 더 긴 사이즈로 입어 봐도 돼요?; POLITE; PASS; ; ",
        "물 더 left out; 물 주세요.; 물 더 주세요.; POLITE; FAIL; ; ",
        "작은 for 더 큰; 이 셔츠 작은 사이즈로 입어 봐도 돼요?; 이 셔츠 더 큰 사이즈로 입어 봐도 돼요?; POLITE; FAIL; ; ",
        // two sentences for one with -아서
        "two sentences for -아서; 친구가 왔어요. 카페에서 기다리고 있어요.; 친구가 와서 카페에서 기다리고 있어요.; POLITE; PASS; ; ",
        "two sentences formal; 손님이 오셨습니다. 로비에서 기다리십니다.; 손님께서 오셔서 로비에서 기다리십니다.; FORMAL; PASS; ; ",
        "-아서 with the past; 친구가 왔어서 카페에서 기다리고 있어요.; 친구가 와서 카페에서 기다리고 있어요.; POLITE; FAIL; ; ",
        // a choice question for an order question
        "무엇으로 하시겠습니까; 무엇으로 하시겠습니까?; 손님, 뭐 드시겠어요?|주문하시겠습니까?; FORMAL; PASS; ; ",
        "어떤 걸로 드릴까요; 어떤 걸로 드릴까요?; 손님, 뭐 드시겠어요?|주문하시겠습니까?; FORMAL; PASS; ; ",
        "no question at all; 감사합니다.; 손님, 뭐 드시겠어요?|주문하시겠습니까?; FORMAL; FAIL; ; ",
        // a vocative is never required
        "손님 left out; 뭐 드시고 싶으세요?; 손님, 뭐 드시겠어요?; FORMAL; PASS; ; ",
        "기사님 left out; 천천히 가 주시겠어요?; 기사님, 천천히 가 주세요.; POLITE; PASS; ; ",
        "the object left out; 손님, 드시겠어요?; 손님, 뭐 드시겠어요?; FORMAL; FAIL; ; ",
        // 해요체 with -시- to a customer
        "보셔도 돼요; 입어 보셔도 돼요. 탈의실은 저쪽이에요.; 손님, 탈의실은 저쪽에 있습니다. 입어 보셔도 됩니다.; FORMAL; PASS; ; ",
        "plain level to a customer; 입어 봐도 돼. 탈의실은 저쪽이야.; 손님, 탈의실은 저쪽에 있습니다. 입어 보셔도 됩니다.; FORMAL; HONORIFIC; ; ",
        // the address term after the question
        "계획이세요, 선생님; 이번 주말에 뭘 하실 계획이세요, 선생님?; 선생님, 이번 주말에 뭐 하실 거예요?; POLITE; PASS; ; ",
        "plain to a teacher; 이번 주말에 뭐 할 거야, 선생님?; 선생님, 이번 주말에 뭐 하실 거예요?; POLITE; HONORIFIC; ; ",
        // list items in another order, 반 킬로 = 500그램
        "items swapped; 돼지고기 1킬로하고 소고기 500그램 주세요.; 소고기 500그램하고 돼지고기 1킬로 주세요.; POLITE; PASS; ; ",
        "반 킬로; 돼지고기 1킬로그램하고 소고기 반 킬로 주세요.; 소고기 500그램하고 돼지고기 1킬로 주세요.; POLITE; PASS; ; ",
        "an amount left out; 돼지고기 1킬로하고 소고기 주세요.; 소고기 500그램하고 돼지고기 1킬로 주세요.; POLITE; INCOMPLETE; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        if (verdict.equals("PASS")) {
            // a passed answer may carry notes: spacing, and 해요체 in a formal task (honorific/formal_level)
            Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(accepted.split("\\|")), List.of(), answer,
                    "en", Register.valueOf(register), null));
            assertThat(e.passed()).as("%s: %s", rule, e.errors()).isTrue();
            assertThat(e.errors()).as(rule).allMatch(x -> x.category() == ErrorCategory.SPACING
                    || "honorific/formal_level".equals(x.subtype()));
            return;
        }
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }
}
