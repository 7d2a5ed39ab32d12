package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 12 (eval20a): a case-marked phrase after the sentence's final predicate
 * ({@link ClauseOrder}, {@code word_order/verb_final}) when the phrase holds a modifier (왔어요 잘못된
 * 사이즈로) or an amount written in digits (바꾸고 싶어요 100달러를 원화로). Sentences written for this
 * test, not taken from the gold sets.
 */
class TrailingPhraseOrderTest {

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = ';', value = {
        "가방이 도착했어요 다른 색으로.; 도착했어요 다른 색으로→다른 색으로 도착했어요",
        "저는 샀어요 예쁜 가방을.; 샀어요 예쁜 가방을→예쁜 가방을 샀어요",
        "저는 보내고 싶어요 50달러를 친구에게.; 보내고 싶어요 50달러를 친구에게→50달러를 친구에게 보내고 싶어요",
        "찾고 있어요 3번 출구를.; 찾고 있어요 3번 출구를→3번 출구를 찾고 있어요",
    })
    void catchesTrailingPhrase(String answer, String span) {
        String[] fix = span.split("→");
        assertThat(ClauseOrder.find(answer)).as(answer).anySatisfy(f -> {
            assertThat(f.subtype()).isEqualTo("word_order/verb_final");
            assertThat(f.original()).isEqualTo(fix[0]);
            assertThat(f.correction()).isEqualTo(fix[1]);
        });
    }

    @ParameterizedTest(name = "{0} passes")
    @ValueSource(strings = {
        "다른 색으로 가방이 도착했어요.", "예쁜 가방을 어제 샀어요.", "친구에게 50달러를 보내고 싶어요.",
        "어제 산 가방이 좋아요.", "제가 좋아하는 음식은 비빔밥이에요.", "맛있어요, 민수 씨가 만든 김치.",
        "3번 출구로 나가세요.", "가장 가까운 역이 어디예요?",
    })
    void leavesVerbFinalAndVocativesAlone(String answer) {
        assertThat(ClauseOrder.find(answer)).as(answer).noneMatch(f -> "word_order/verb_final".equals(f.subtype()));
    }
}
