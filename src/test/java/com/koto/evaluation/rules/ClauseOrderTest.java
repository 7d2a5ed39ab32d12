package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Word order on the learner's own sentences ({@link ClauseOrder}), session 7 rules: the caught
 * sentence with its span and repair, and correct sentences of the same shape left alone. Sentences
 * written for this test, not taken from the gold sets.
 */
class ClauseOrderTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    /**
     * Session 8: the two nouns of one noun phrase inverted are no scramble (Sohn 1999: scrambling moves
     * whole phrases; the modifying noun comes first), whichever of the two carries the particle.
     */
    @ParameterizedTest(name = "{0} ⇒ {2} → {3}")
    @CsvSource(delimiter = ';', value = {
        "셔츠에 얼룩 커피가 있어요. 지울 수 있어요?; 셔츠에 커피 얼룩이 있어요. 지울 수 있어요?; 얼룩 커피가; 커피 얼룩이",
        "토요일에 가족하고 축제에 연등 갈 거예요.; 토요일에 가족하고 연등 축제에 갈 거예요.; 축제에 연등; 연등 축제에",
        "앞에서 편의점 세워 주세요.; 편의점 앞에서 세워 주세요.; 앞에서 편의점; 편의점 앞에서",
    })
    void invertedNounPhrase(String answer, String expected, String original, String correction) {
        RuleRows.corrected(EVALUATOR, Register.POLITE, answer, expected, ErrorCategory.WORD_ORDER, "word_order/phrase",
                original, correction);
    }

    @ParameterizedTest(name = "{0} passes")
    @CsvSource(delimiter = ';', value = {
        // real scrambles of whole phrases keep passing
        "커피 얼룩이 셔츠에 있어요.; 셔츠에 커피 얼룩이 있어요.",
        "친구하고 세 시에 카페에서 만나요.; 세 시에 카페에서 친구하고 만나요.",
        "연등 축제에 토요일에 가족하고 갈 거예요.; 토요일에 가족하고 연등 축제에 갈 거예요.",
    })
    void scramblesOfWholePhrasesPass(String answer, String expected) {
        RuleRows.check(EVALUATOR, "scramble", answer, expected, Register.POLITE, "PASS");
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = ';', value = {
        // the -아/어 form before 못하다 is neither the short nor the long negation
        "오늘은 바빠서 가 못해; 가 못해→못 가; word_order/negation",
        "저는 매운 음식을 먹어 못해요; 먹어 못해요→못 먹어요; word_order/negation",
        "주말에 친구를 만나 못해요; 만나 못해요→못 만나요; word_order/negation",
        // session 8: a negator after the predicate, an adnominal form after the predicate
        "토요일에 일해야 돼서 박물관에 가 못; 가 못→못 가; word_order/negation",
        "저는 고기를 먹어요 안; 먹어요 안→안 먹어요; word_order/negation",
        "은행이 어디 있어요 제일 가까운; 은행이 어디 있어요 제일 가까운→제일 가까운 은행이 어디 있어요; word_order/phrase",
        "저는 어제 가방을 샀어요 비싼; 가방을 샀어요 비싼→비싼 가방을 샀어요; word_order/phrase",
        "저는 집에 살아요 작은; 집에 살아요 작은→작은 집에 살아요; word_order/phrase",
    })
    void catches(String answer, String span, String subtype) {
        String[] fix = span.split("→");
        assertThat(ClauseOrder.find(answer)).as(answer).anySatisfy(f -> {
            assertThat(f.subtype()).isEqualTo(subtype);
            assertThat(f.original()).isEqualTo(fix[0]);
            assertThat(f.correction()).isEqualTo(fix[1]);
        });
    }

    @ParameterizedTest(name = "{0} passes")
    @ValueSource(strings = {
        "오늘은 바빠서 못 가.", "오늘은 바빠서 가지 못해.", "저는 요리를 잘 못해요.", "저는 수영 못해요.",
        "한국어 말을 못해요.", "공부 못해요.", "너무 추워서 참다 못해 집에 갔어요.", "노래를 못해요.",
        "지갑은 가방 안.", "지금은 못 가요. 미안해요, 정말 못.",
    })
    void leavesCorrectNegationAlone(String answer) {
        assertThat(ClauseOrder.find(answer)).as(answer).noneMatch(f -> "word_order/negation".equals(f.subtype()));
    }

    @ParameterizedTest(name = "{0} passes")
    @ValueSource(strings = {
        "제일 가까운 은행이 어디 있어요?", "뭐 먹을래요? 매운 거?", "어떤 게 좋아요? 큰 거요?", "이 가방 얼마예요? 빨간 거요.",
        "따뜻한 커피 주세요.", "내일 갈 거예요.", "어제 산 책이 재미있어요.",
    })
    void leavesModifiersBeforeTheirNounAlone(String answer) {
        assertThat(ClauseOrder.find(answer)).as(answer).noneMatch(f -> "word_order/phrase".equals(f.subtype()));
    }
}
