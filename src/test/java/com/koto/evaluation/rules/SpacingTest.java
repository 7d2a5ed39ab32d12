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

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = ';', value = {
        "어느 역에서 환승 해야 돼요; 환승 해야; 환승해야; spacing/suffix",
        "조식도 포함 돼요; 포함 돼요; 포함돼요; spacing/suffix",
        "나는 부디입니다 예약 했습니다; 예약 했습니다; 예약했습니다; spacing/suffix",
        "토요일에 일 해야 돼서 못 가; 일 해야; 일해야; spacing/suffix",
        "이거는 선물 이야; 선물 이야; 선물이야; spacing/copula",
        "일요일 마다 쳐; 일요일 마다; 일요일마다; spacing/particle",
        "오른쪽 으로 가세요; 오른쪽 으로; 오른쪽으로; spacing/particle",
        "운전을 해야해서요; 해야해서요; 해야 해서요; spacing/words",
        "늦게까지 일해야돼; 일해야돼; 일해야 돼; spacing/words",
        "영화 같이 보지않을래; 보지않을래; 보지 않을래; spacing/words",
        "영화 보러가자; 보러가자; 보러 가자; spacing/words",
        "예약하려고하는데요; 예약하려고하는데요; 예약하려고 하는데요; spacing/words",
        "서류 뭐 가지고와야 돼요; 가지고와야; 가지고 와야; spacing/words",
        "저는 학생 이에요; 학생 이에요; 학생이에요; spacing/copula"
    })
    void wordsWrittenApartThatAreOneWordAreJoined(String answer, String original, String correction, String subtype) {
        assertThat(Spacing.boundJoins(answer, java.util.List.of())).singleElement()
                .satisfies(f -> assertThat(f.original()).isEqualTo(original))
                .satisfies(f -> assertThat(f.correction()).isEqualTo(correction))
                .satisfies(f -> assertThat(f.subtype()).isEqualTo(subtype));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "예약을 했습니다",
        "일을 해야 돼요",
        "좋은 운동 했어요",
        "그 말 했어요",
        "공부 안 해요",
        "커피 한 잔 주세요",
        "확인 한 번 해 주세요",
        "운동 하나도 안 해요",
        "가방 하나 주세요",
        "아메리카노 할게요",
        "이거 해 주세요",
        "뭐 해요",
        "할인 되요",
        "운동 되게 좋아요",
        "여기 이에요",
        "이 가 아파요",
        "친구 와 만나요",
        "재능을 타고나다",
        "돌아가요",
        "먹어 봐요",
        "가야 해요",
        "보지 않을래",
        "가방 가지고 와요"
    })
    void nounsBeforeAnotherWordStayApart(String answer) {
        assertThat(Spacing.boundJoins(answer, java.util.List.of())).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aNounTheAcceptedAnswerWritesApartStaysApart() {
        assertThat(Spacing.boundJoins("숙제 하고 다 놀자", java.util.List.of("숙제 다 하고 놀자"))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aVerbalNounOfTheAcceptedAnswerIsJoinedToo() {
        assertThat(Spacing.boundJoins("지금 배송 했어요", java.util.List.of("지금 배송했어요"))).singleElement()
                .satisfies(f -> assertThat(f.correction()).isEqualTo("배송했어요"));
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = ';', value = {
        "미안, 수업때문에 전화 못 받았어; 수업때문에; 수업 때문에",
        "비때문에 못 가요; 비때문에; 비 때문에",
        "3일동안 여행했어요; 3일동안; 3일 동안",
        "방학동안 뭐 했어; 방학동안; 방학 동안",
        "지금 수업중이라서 못 받아; 수업중이라서; 수업 중이라서",
        "다 먹을만큼 샀어요; 먹을만큼; 먹을 만큼",
        "김치 만들줄 알아요; 만들줄; 만들 줄",
        "먹을때 조심해; 먹을때; 먹을 때",
        "다음주 화요일에 와요; 다음주; 다음 주",
        "이번주말에 바다에 갈 거야; 이번주말에; 이번 주말에",
        "지하철역에 어떻게가요?; 어떻게가요?; 어떻게 가요?",
        "어제 잃어 버렸어요; 잃어 버렸어요; 잃어버렸어요"
    })
    void boundNounsAfterANounOrModifierAreSpaced(String answer, String original, String correction) {
        assertThat(Spacing.boundJoins(answer, java.util.List.of())).singleElement()
                .satisfies(f -> assertThat(f.original()).isEqualTo(original))
                .satisfies(f -> assertThat(f.correction()).isEqualTo(correction))
                .satisfies(f -> assertThat(f.subtype()).isEqualTo("spacing/words"));
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = ';', value = {
        "코치님, 라켓을 깜빡 했어요; 깜빡 했어요; 깜빡했어요",
        "정말 미안 해; 미안 해; 미안해",
        "오늘 너무 피곤 해요; 피곤 해요; 피곤해요"
    })
    void aRootOrMimeticAdverbIsJoinedToHada(String answer, String original, String correction) {
        assertThat(Spacing.boundJoins(answer, java.util.List.of())).singleElement()
                .satisfies(f -> assertThat(f.original()).isEqualTo(original))
                .satisfies(f -> assertThat(f.correction()).isEqualTo(correction))
                .satisfies(f -> assertThat(f.subtype()).isEqualTo("spacing/suffix"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "그동안 고마웠어요",
        "한동안 바빴어요",
        "오랫동안 기다렸어요",
        "수업 때문에 못 가요",
        "3일 동안 여행했어요",
        "점심때 만나요",
        "가본 적 있어요",
        "할 줄 알아요",
        "목적이 있어요",
        "너만큼 잘해요",
        "잘 했어요",
        "숙제를 못 했어요",
        "조금 더 해 주세요",
        "열심히 해요",
        "집중이 안 돼요",
        "공부 중이에요",
        "내일 중으로 보내 주세요",
        "지난주에 갔어요",
        "다음날 만나요",
        "어떻게든 할게요",
        "얼마만큼 넣어요",
        "잃어버렸어요"
    })
    void boundNounsAlreadySpacedAndWordsOfTheirOwnStay(String answer) {
        assertThat(Spacing.boundJoins(answer, java.util.List.of())).isEmpty();
    }
}
