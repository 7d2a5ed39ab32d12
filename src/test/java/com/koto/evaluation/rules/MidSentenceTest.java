package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MidSentenceTest {

    @ParameterizedTest(name = "{1} in {0} ⇒ {2}")
    @CsvSource(delimiter = ';', value = {
        "오늘 구운 빵 맞죠 먹기 좋게 잘라 주시면 감사하겠어요; 좋게; true",
        "그럼 이 책 주문 좀 해 주세요 오는 데 며칠이나 걸려요; 오는; true",
        "어제 이 책을 선물용으로 샀습니다만 다른 책으로 교환이 가능합니까; 샀습니다만; true",
        "어제 친구를 만나고 집에 갔어요; 만나고; true",
        "다음 달 제주도 3박 4일 패키지 예약하고 싶어; 싶어; false",
        "어제 학교 근처 미용실에서 잘랐어요; 잘랐어요; false",
        "오늘 다리가 아파 죽겠어; 죽겠어; false",
        "검은 가방 잃어버렸는데; 잃어버렸는데; false",
        "이거 얼마야; 얼마야; false"
    })
    void onlyAFinalEndingMarksASpeechLevel(String answer, String word, boolean mid) {
        assertThat(Evidence.midSentence(word, answer)).isEqualTo(mid);
    }

    @ParameterizedTest(name = "{0} for {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        "운동했는데; 운동해서; 어제 헬스장에서 두 시간 운동했는데 오늘 다리가 아파; true",
        "운동하는데; 운동해서; 어제 운동하는데 다리가 아파; true",
        "바쁘는데; 바빠서; 오늘은 바쁘는데 내일 만나요; false",
        "운동하고; 운동해서; 어제 운동하고 다리가 아파; false"
    })
    void aWellFormedBackgroundClauseIsNoWrongConnective(String o, String c, String answer, boolean artefact) {
        assertThat(Evidence.backgroundFor(o, c, answer)).isEqualTo(artefact);
    }
}
