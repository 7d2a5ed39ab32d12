package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParticlesTest {

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({
        "커피, 을, 를", "밥, 를, 을", "학생, 가, 이", "민수, 이, 가", "저, 은, 는", "선생님, 는, 은",
        "친구, 과, 와", "책, 와, 과",
        // (으)로: 으로 after a consonant, 로 after a vowel — and after ㄹ (the ㄹ exception)
        "서울, 으로, 로", "지하철, 으로, 로", "연필, 으로, 로", "공항, 로, 으로", "학교, 으로, 로", "카드, 로, 로"
    })
    void allomorphFollowsTheFinalConsonant(String stem, String written, String right) {
        assertThat(Particles.of(written).orElseThrow().formAfter(stem)).isEqualTo(right);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"커피을, 커피를, 커피, 을, 를", "집에, 집에서, 집, 에, 에서", "사과, 사과를, 사과, '', 를"})
    void splitFindsTheSharedStem(String answer, String expected, String stem, String a, String e) {
        Particles.Split split = Particles.split(answer, expected).orElseThrow();
        assertThat(split).isEqualTo(new Particles.Split(stem, a, e));
    }

    @ParameterizedTest
    @CsvSource({"만나고, 만나서", "주세요, 주시겠어요"})
    void wordsThatDifferElsewhereDoNotSplit(String answer, String expected) {
        assertThat(Particles.split(answer, expected)).isEmpty();
    }
}
