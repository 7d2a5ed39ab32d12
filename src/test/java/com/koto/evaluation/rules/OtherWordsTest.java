package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtherWordsTest {

    @Test
    void nounMadeAPredicateWithTheCopulaIsNoMisspelling() {
        assertThat(OtherWords.nounWithCopula("홈런이다", "홈런")).isTrue();
        assertThat(OtherWords.nounWithCopula("스트라이크다", "스트라이크")).isTrue();
        assertThat(OtherWords.nounWithCopula("홈런다", "홈런")).isFalse(); // 이다 after a consonant
        assertThat(OtherWords.nounWithCopula("학상이에요", "학생이에요")).isFalse();
    }

    @Test
    void anotherCompoundOfOneHeadIsAnotherWordButAHeadSlipStays() {
        assertThat(OtherWords.otherNounOfOneHead("노선을", "호선을")).isTrue();
        assertThat(OtherWords.otherNounOfOneHead("싱발을", "신발을")).isFalse(); // no word
        assertThat(OtherWords.otherNounOfOneHead("시정에", "시청에")).isFalse(); // the head changed
    }

    @Test
    void anotherVerbInTheLearnersFrameIsNoMisspellingButAMalformedOneStays() {
        assertThat(OtherWords.otherVerbInFrame("가요", "타요", "몇 번 버스로 가요")).isTrue();
        assertThat(OtherWords.otherVerbInFrame("졸", "잘", "수업이 길어서 졸 뻔했어요")).isTrue();
        assertThat(OtherWords.otherVerbInFrame("서워", "세워", "여기서 서워 주세요")).isFalse();
    }

    @Test
    void aVerblessFragmentAfterASentenceIsAnAfterthought() {
        assertThat(Afterthoughts.movedFragment("주세요 얼음도요", "물 주세요. 얼음도요.")).isTrue();
        assertThat(Afterthoughts.movedFragment("주세요 물", "주세요 물")).isFalse();
        assertThat(Afterthoughts.movedFragment("출근해요 지하철로", "저는 출근해요 지하철로.")).isFalse();
        assertThat(Afterthoughts.listedAfter("빵", "빵 좀 줘 우유도", "빵 좀 줘. 우유도!")).isTrue();
        assertThat(Afterthoughts.listedAfter("친구", "친구 같이 왔어요 동생도요", "친구 같이 왔어요. 동생도요.")).isFalse();
    }

    @Test
    void aPronounForItsPossessiveIsAMissingGenitive() {
        assertThat(Evidence.possessivePronoun("나", "내")).isTrue();
        assertThat(Evidence.possessivePronoun("저", "제")).isTrue();
        assertThat(Evidence.possessivePronoun("나", "너")).isFalse();
    }
}
