package com.koto.evaluation.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HangulTest {

    @Test
    void finalConsonantsAreDetectedWithTheRieulException() {
        assertThat(Hangul.hasFinal('밥')).isTrue();
        assertThat(Hangul.hasFinal('피')).isFalse();
        assertThat(Hangul.hasRieulFinal('울')).isTrue();
        assertThat(Hangul.hasFinal('a')).isFalse();
    }

    @Test
    void composeBuildsTheSyllableThatTheIndicesReadBack() {
        assertThat(Hangul.compose(0, Hangul.Medial.A, Hangul.Final.NONE)).isEqualTo('가');
        assertThat(Hangul.compose(18, Hangul.Medial.AE, Hangul.Final.SS)).isEqualTo('했');
        assertThat(Hangul.compose(Hangul.Initial.IEUNG, Hangul.Medial.EO, Hangul.Final.NONE)).isEqualTo('어');
        char c = '맛';
        assertThat(Hangul.compose(Hangul.initialIndex(c), Hangul.medialIndex(c), Hangul.finalIndex(c))).isEqualTo(c);
        assertThat(Hangul.finalIndex('밤')).isEqualTo(Hangul.Final.M);
        assertThat(Hangul.finalIndex('방')).isEqualTo(Hangul.Final.NG);
        assertThat(Hangul.initialIndex('어')).isEqualTo(Hangul.Initial.IEUNG);
        assertThat(Hangul.initialIndex('거')).isNotEqualTo(Hangul.Initial.IEUNG);
    }

    @Test
    void onlyDifferenceFindsTheOnePositionThatDiffers() {
        assertThat(Hangul.onlyDifference("걸러요", "걸려요")).isEqualTo(1);
        assertThat(Hangul.onlyDifference("걸려요", "걸려요")).isEqualTo(-1);
        assertThat(Hangul.onlyDifference("고마와", "고마웨요")).isEqualTo(-1);
        assertThat(Hangul.onlyDifference("닫어서요", "닫아서죠")).isEqualTo(-1);
    }

    @Test
    void jamoDistanceCountsSingleJamoChanges() {
        assertThat(Hangul.jamoDistance("감사함니다", "감사합니다")).isEqualTo(1);
        assertThat(Hangul.jamoDistance("괜찬아요", "괜찮아요")).isEqualTo(1);
        assertThat(Hangul.jamoDistance("커피을", "커피를")).isEqualTo(1);
    }

    @Test
    void soundKeyIgnoresLiaison() {
        assertThat(Hangul.soundKey("마시써요")).isEqualTo(Hangul.soundKey("맛있어요"));
        assertThat(Hangul.soundKey("라떼")).isNotEqualTo(Hangul.soundKey("아메리카노"));
    }

    @Test
    void normalisationStripsFinalPunctuationAndCollapsesSpaces() {
        assertThat(AnswerText.normalise("  커피를   주세요~!? ")).isEqualTo("커피를 주세요");
        assertThat(AnswerText.normalise("네, 주세요。")).isEqualTo("네 주세요");
        assertThat(AnswerText.normalise(null)).isEmpty();
    }

    @Test
    void copulaIsReformedForTheWordBeforeIt() {
        assertThat(Hangul.copulaAfter("개", "이에요")).isEqualTo("예요");
        assertThat(Hangul.copulaAfter("명", "예요")).isEqualTo("이에요");
        assertThat(Hangul.copulaAfter("장", "요")).isEqualTo("이요");
        assertThat(Hangul.copulaAfter("커피", "이요")).isEqualTo("요");
        assertThat(Hangul.copulaAfter("친구", "이었어요")).isEqualTo("였어요");
        assertThat(Hangul.copulaAfter("학생", "야")).isEqualTo("이야");
        assertThat(Hangul.copulaAfter("학생", "입니다")).isEqualTo("입니다");
        assertThat(Hangul.copulaAfter("학생", "")).isEmpty();
    }

    @Test
    void sameInitialComparesTheFirstConsonant() {
        assertThat(Hangul.sameInitial("해요", "하")).isTrue();
        assertThat(Hangul.sameInitial("놔", "놓")).isTrue();
        assertThat(Hangul.sameInitial("세워", "세우")).isTrue();
        assertThat(Hangul.sameInitial("가요", "하")).isFalse();
        assertThat(Hangul.sameInitial("A4", "A")).isTrue();
        assertThat(Hangul.sameInitial("3시", "세")).isFalse();
    }

    @Test
    void wordsOfReadEveryMarkAsASpace() {
        assertThat(AnswerText.wordsOf("감사합니다.안녕히 계세요!")).containsExactly("감사합니다", "안녕히", "계세요");
        assertThat(AnswerText.wordsOf("저기요, 25,000원에 주세요~")).containsExactly("저기요", "25", "000원에", "주세요");
        assertThat(AnswerText.wordsOf("'커피' 주세요")).containsExactly("커피", "주세요");
        assertThat(AnswerText.wordsOf(" ... ")).isEmpty();
        assertThat(AnswerText.wordsOf(null)).isEmpty();
    }
}
