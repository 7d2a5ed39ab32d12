package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15 (helper eval27a): correct answers of the fourth-wave probes and set Z3 the rules failed, fixed
 * as classes — N 전에 'before N' for N까지 ({@link OtherFrames#beforeForUntil}), a bare noun as the subject of
 * 있다 ({@link OtherFrames#subjectOfExistence}), a sentence announcing the order ({@link PreChecks}, {@link
 * Lexicon#ORDER_ANNOUNCEMENTS}), a circumstance of a restated event said inside the first clause ({@link
 * TaskParts#restated}) and -(으)ㄴ거 joined ({@link Spacing#spacedThing}). Answers written for this test, not
 * from the gold sets; each class has rows that must still fail. Columns as {@link RuleRows#verdictRow}.
 */
class OtherFramesSession15Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // N 전에 'before N' sets the deadline N까지 sets
        "POLITE; 네 시 전에는 호텔에 도착해야 돼요.; 네 시까지 호텔에 도착해야 돼요.; PASS; *",
        "POLITE; 금요일 전까지 보고서를 보내 주세요.; 금요일까지 보고서를 보내 주세요.; PASS; *",
        "POLITE; 네 시 후에는 호텔에 도착해야 돼요.; 네 시까지 호텔에 도착해야 돼요.; particle_missing/until; 시→시까지",
        "POLITE; 네 시 호텔에 도착해야 돼요.; 네 시까지 호텔에 도착해야 돼요.; particle_missing/until; 시→시까지",
        // a bare noun before 있다/없다 is its subject, 이/가 left out
        "POLITE; 이 셔츠 빨간색 있어요?; 이 셔츠 빨간색으로 있어요?; PASS; *",
        "POLITE; 이 운동화 260 있나요?; 이 운동화 260으로 있나요?; PASS; *",
        "POLITE; 이 운동화 260 바꿔 주세요.; 이 운동화 260으로 바꿔 주세요.; particle_missing/direction; 260→260으로",
        "POLITE; 이 셔츠 빨간색를 있어요?; 이 셔츠 빨간색으로 있어요?; FAIL; *",
        // a sentence announcing the order opens it, as 여기요 does
        "POLITE; 주문할게요. 김밥 두 줄하고 라면 하나요.; 여기요, 김밥 두 줄하고 라면 하나 주세요.; PASS; *",
        "POLITE; 주문하겠습니다. 비빔밥 두 개하고 콜라 한 병 주세요.; 비빔밥 두 개하고 콜라 한 병 주세요.; PASS; *",
        "POLITE; 주문할게요. 비빔밥 두 개하고 콜라 한 병 줘.; 여기요, 비빔밥 두 개하고 콜라 한 병 주세요.; honorific/speech_level; *",
        "POLITE; 주문할게요. 김밥 두 줄하고 라면를 주세요.; 여기요, 김밥 두 줄하고 라면을 주세요.; particle_allomorph; 라면를→라면을",
        // the circumstance of a restated event said inside the first clause
        "POLITE; 네, 3년 전에 경주에 한 번 가 봤어요.; 네, 경주에 한 번 가 봤어요. 삼 년 전에 갔어요.; PASS; *",
        "POLITE; 네, 작년에 경주에 가 봤어요.; 네, 경주에 가 봤어요. 작년에 갔어요.; PASS; *",
        "POLITE; 네, 경주에 한 번 가 봤어요.; 네, 경주에 한 번 가 봤어요. 삼 년 전에 갔어요.; incomplete; *",
        "POLITE; 네, 작년에 경주에 가 봤어요.; 네, 경주에 가 봤어요. 거기서 불국사를 봤어요.; FAIL; *",
        // -(으)ㄴ거: 거 is the spoken 것, the join a spacing note only
        "CASUAL; 날씨가 추우니까 따뜻한거 마시자.; 날씨가 추우니까 따뜻한 거 마시자.; PASS; *",
        "CASUAL; 날씨가 추우니까 따뜻한거 마시자.; 날씨가 추우니까 따뜻한 거 마시자.; NO spelling; *",
        "POLITE; 제일 싼거 주세요.; 제일 싼 거 주세요.; PASS; *",
        "CASUAL; 날씨가 추우니까 따뜻하는거 마시자.; 날씨가 추우니까 따뜻한 거 마시자.; ending; 따뜻하는→따뜻한",
    })
    void otherFrames(Register register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, register, answer, accepted, expected, span);
    }

    /** 거 after -(으)ㄴ is spaced as 것 is; a dictionary noun in -ㄴ거 (선거, 근거) stays whole. */
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = ';', value = {
        "시원한거; 마시자; 시원한 거",
        "큰거; 있어요; 큰 거",
        "좋은거; 주세요; 좋은 거",
        "선거; 했어요; 선거",
        "근거; 있어요; 근거",
    })
    void thingAfterModifier(String word, String next, String spaced) {
        assertThat(Spacing.spacedThing(word, next)).isEqualTo(spaced);
    }

    /** The restated parts of a text: the same main verb in a later sentence. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
        "네, 제주도에 한 번 가 봤어요. 이 년 전에 갔어요.; 1",
        "배가 아파요. 약 주세요.; 0",
        "공항에 도착했어요. 세 시에 도착했어요.; 1",
    })
    void restatedParts(String text, int restated) {
        assertThat(TaskParts.restated(text)).isEqualTo(restated);
    }
}
