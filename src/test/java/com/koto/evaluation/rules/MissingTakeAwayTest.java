package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The take-away of an order left out ({@link MissingTakeAway}, session 12, helper eval19e). Rows written
 * for this test, not taken from the gold sets: the accepted answers are separated by {@code |}; the
 * expected result is {@code original → correction}, or {@code none}.
 */
class MissingTakeAwayTest {

    @ParameterizedTest(name = "{0}: {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        "a bare order; 녹차 라떼 두 잔 주세요.; 녹차 라떼 두 잔 포장해 주세요.|녹차 라떼 두 잔 테이크아웃이요.; 주세요 → 포장해 주세요",
        "a bare order to a friend; 샌드위치 하나 줘.; 샌드위치 하나 포장해 줘.|샌드위치 하나 가져갈게.; 줘 → 포장해 줘",
        "two items joined by 하고; 녹차 두 잔하고 쿠키 한 개 주세요.; 녹차 두 잔하고 쿠키 한 개 포장해 주세요.; 주세요 → 포장해 주세요",
        "take-away said; 녹차 라떼 두 잔 포장해 주세요.; 녹차 라떼 두 잔 포장해 주세요.; none",
        "take-away in the learner's words; 녹차 라떼 두 잔 가지고 갈게요.; 녹차 라떼 두 잔 포장해 주세요.; none",
        "another verb of the learner's; 녹차 라떼 두 잔 싸 주세요.; 녹차 라떼 두 잔 포장해 주세요.; none",
        "eating in; 녹차 라떼 두 잔 여기서 마실게요.; 녹차 라떼 두 잔 포장해 주세요.; none",
        "an accepted answer without take-away; 녹차 라떼 두 잔 주세요.; 녹차 라떼 두 잔 포장해 주세요.|녹차 라떼 두 잔 주세요.; none",
        "no order end; 녹차 라떼 두 잔이요.; 녹차 라떼 두 잔 포장해 주세요.; none",
    })
    void rows(String rule, String answer, String accepted, String expected) {
        var f = MissingTakeAway.find(answer, List.of(accepted.split("\\|")));
        assertThat(f.map(x -> x.original() + " → " + x.correction()).orElse("none")).as(rule).isEqualTo(expected);
    }
}
