package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Word order on the learner's own sentences ({@link ClauseOrder}), session 7 rules: the caught
 * sentence with its span and repair, and correct sentences of the same shape left alone. Sentences
 * written for this test, not taken from the gold sets.
 */
class ClauseOrderTest {

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
