package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpacingTest {

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = ';', value = {
        "혹시 월세가 얼마인지 알수 있을까요; 알수; 알 수",
        "고양이 사료 어디서 찾을수 있어요; 찾을수; 찾을 수",
        "그 사람을 만날수도 있어요; 만날수도; 만날 수도",
        "일할때 써야 해서요; 일할때; 일할 때",
        "크루아상 두개하고요 주세요; 두개하고요; 두 개하고요",
        "세시에 만나요; 세시에; 세 시에",
        "몇시예요; 몇시예요; 몇 시예요",
        "커피 두잔 주세요; 두잔; 두 잔",
        "한시간 걸려요; 한시간; 한 시간"
    })
    void boundNounsAndCountersAreSpaced(String answer, String original, String correction) {
        assertThat(Spacing.boundJoins(answer)).singleElement()
                .satisfies(f -> assertThat(f.original()).isEqualTo(original))
                .satisfies(f -> assertThat(f.correction()).isEqualTo(correction));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "제 실수 있어요",
        "홀수 없어요",
        "한번 해 보세요",
        "세탁해 주세요",
        "네일 받고 싶어요",
        "할 수 있어요",
        "그럴수록 좋아요",
        "3시에 만나요",
        "한국 사람이에요",
        "다섯 시에 만나요",
        "열심히 공부해요",
        "한잔 할래요",
        "세대 차이가 있어요",
        "두부 주세요",
        "세상에"
    })
    void wordsThatAreNotJoinsStayWhole(String answer) {
        assertThat(Spacing.boundJoins(answer)).isEmpty();
    }
}
