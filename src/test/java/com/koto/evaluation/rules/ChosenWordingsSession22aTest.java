package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision classes of the unsealed sets AG, AG3 and probe15-precision (session 22, helper s22a), each with look-alikes
 * that must still fail: a speech level the answer keeps, another polite sentence ender of the accepted predicate
 * (-네요, -아/어서요), lend and borrow in a question, 낫다² after a degree adverb, 에 after a time of day, the price
 * asked with 가격, the visit the scene gives ({@link ChosenWordings}); the native day counts ({@code MissingNumbers});
 * N-받다 written as one word ({@link Spacing#derivedJoin}); and two reasons named right: 있다 misspelt with one ㅅ
 * ({@code StemEndings}) and the goal of 가다 asked with 에서 ({@link WayParticles#goalAskedAbout}). Rows written for
 * this test, not taken from the sets. Verdict: {@code PASS}, {@code FAIL}, or a subtype or category wire name with its
 * span ({@code original→correction}, {@code *} for any).
 */
class ChosenWordingsSession22aTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    private static final String KIMCHI = "이 김치는 언제 먹어야 돼요?";
    private static final String THANKS = "그동안 함께 일해서 즐거웠습니다. 앞으로도 잘되시길 바랍니다.";
    private static final String HOT = "날씨가 너무 더워요. 에어컨 좀 켜 주세요.";
    private static final String EARLY = "배가 아파요. 오늘 좀 일찍 가도 돼요?";
    private static final String BAG = "이 가방 얼마예요? 좀 보여 주세요.";
    private static final String CITY_HALL = "실례지만 시청이 어디예요?|저기요, 시청이 어디에 있어요?";

    @ParameterizedTest(name = "{0}: {2} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // a speech level the answer keeps
        "-는 거예요?; POLITE; 이 김치는 하루 지나고 나서 먹는 거예요?; " + KIMCHI + "; PASS; ",
        "-시길 바랍니다; FORMAL; 앞으로도 하시는 일마다 잘되시길 바랍니다. 그동안 정말 즐거웠습니다.; " + THANKS + "; PASS; ",
        "-는 거야? in a polite task; POLITE; 이 김치는 하루 지나고 나서 먹는 거야?; " + KIMCHI + "; honorific/speech_level; 거야→거예요",
        "축하해! before a polite sentence; POLITE; 축하해! 아기가 정말 귀여워요.; 축하해요! 아기가 정말 귀여워요.; honorific/speech_level; 축하해→축하해요",
        // another polite sentence ender of the accepted predicate
        "-네요; POLITE; 날씨가 정말 덥네요. 에어컨 좀 켜 주시겠어요?; " + HOT + "; PASS; ",
        "-아서요 before the request; POLITE; 배가 아파서요. 오늘 좀 일찍 가도 돼요?; " + EARLY + "; PASS; ",
        "-아서요 after the request (passes on main too); POLITE; 오늘 좀 일찍 가도 돼요? 배가 아파서요.; " + EARLY + "; PASS; ",
        "-었네요 for the present; POLITE; 날씨가 정말 더웠네요. 에어컨 좀 켜 주시겠어요?; " + HOT + "; tense; 더웠네요→더워요",
        // lend and borrow in a question
        "빌려줄 수 있어요 for 빌릴 수 있어요; POLITE; 우산 좀 빌려줄 수 있어요?; 우산 좀 빌릴 수 있어요?; PASS; ",
        "빌려도 돼요 for 빌려줘도 돼요; POLITE; 펜 좀 빌려도 돼요?; 펜 좀 빌려줘도 돼요?; PASS; ",
        "제가 빌려줄 수 있어요; POLITE; 제가 우산 빌려줄 수 있어요?; 우산 좀 빌릴 수 있어요?; vocabulary; 빌려줄→빌릴",
        // 낫다² after a degree adverb
        "많이 나아요; POLITE; 약을 먹어서 이제 많이 나아요.; 약을 먹어서 많이 나았어요.; PASS; ",
        // 에 after a time of day
        "내일 아침에 for 내일 아침; POLITE; 내일 아침에 여기서 출발해도 돼요?; 내일 아침 여기서 출발해도 돼요?; PASS; ",
        // the price asked with 가격, the visit the scene gives, a native day count
        "가격도 알려 주세요; POLITE; 이 가방 좀 보여 주세요. 가격도 알려 주세요.; " + BAG + "; PASS; ",
        "no price asked; POLITE; 이 가방 좀 보여 주세요.; " + BAG + "; incomplete/missing_word; 가방→가방 얼마예요",
        "-는데 with no 왔어요; POLITE; 머리가 계속 아픈데 진찰받을 수 있어요?; 머리가 계속 아파서 왔어요. 진찰받을 수 있어요?; PASS; ",
        "이틀 for 2일; FORMAL; 호텔을 이틀 예약하고 싶습니다.; 호텔을 2일 예약하고 싶습니다.; PASS; ",
        "no number of days; FORMAL; 호텔을 예약하고 싶습니다.; 호텔을 2일 예약하고 싶습니다.; incomplete; *",
        // the reason named right
        "잇어요 for 있어요; POLITE; 이 셔츠 좀 입어 볼 수 잇어요?; 이 셔츠 좀 입어 볼 수 있어요?; spelling/letters; 잇어요→있어요",
        "잇어요 for 이어요; POLITE; 두 줄을 잇어요.; 두 줄을 이어요.; irregular/s; 잇어요→이어요",
        "시청에서 어떻게 가요; POLITE; 저기요, 시청에서 어떻게 가요?; " + CITY_HALL + "; particle_wrong/action_place_for_goal; 시청에서→시청에",
    })
    void rows(String rule, String register, String answer, String accepted, String verdict, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, verdict, span == null ? "*" : span);
    }

    @Test
    void joinedPassiveOfAVerbalNounIsNoSpacingSlip() {
        assertThat(Spacing.derivedJoin(new Finding(com.koto.evaluation.ErrorCategory.SPACING, "상담받고", "상담 받고")))
                .isTrue();
        assertThat(Spacing.derivedJoin(new Finding(com.koto.evaluation.ErrorCategory.SPACING, "진료받을", "진료 받을")))
                .isTrue();
        // not a verbal noun, and the other way round
        assertThat(Spacing.derivedJoin(new Finding(com.koto.evaluation.ErrorCategory.SPACING, "편지받을", "편지 받을")))
                .isFalse();
        assertThat(Spacing.derivedJoin(new Finding(com.koto.evaluation.ErrorCategory.SPACING, "상담 받고", "상담받고")))
                .isFalse();
    }

    @Test
    void timeOfDayNeedsADayWordBefore() {
        assertThat(ChosenWordings.timeOfDay("밤에", "밤", "오늘 밤에 여기서 놀아도 돼요")).isTrue();
        assertThat(ChosenWordings.timeOfDay("밤", "밤에", "내일 밤 여기서 놀아도 돼요")).isTrue();
        assertThat(ChosenWordings.timeOfDay("오늘에", "오늘", "오늘에 여기서 놀아도 돼요")).isFalse();
        assertThat(ChosenWordings.timeOfDay("밤에", "밤", "밤에 여기서 놀아도 돼요")).isFalse();
    }

    @Test
    void betterNowNeedsADegreeAdverb() {
        assertThat(ChosenWordings.betterNow("나아요", "나았어요", "이제 훨씬 나아요")).isTrue();
        assertThat(ChosenWordings.betterNow("나아요", "나았어요", "감기가 나아요")).isFalse();
    }

    @Test
    void levelHeldOnlyWhereEverySentenceEndsInTheLevel() {
        assertThat(ChosenWordings.levelHeld("가득하시길", "감사했습니다", "건강하시고 가득하시길 바랍니다. 고마웠습니다.")).isTrue();
        assertThat(ChosenWordings.levelHeld("가득하시길", "감사했습니다", "가득하시길 바랍니다. 고마웠어요.")).isFalse();
        assertThat(ChosenWordings.levelHeld("고마웠어", "고마웠습니다", "잘 지내시길 바랍니다. 고마웠어.")).isFalse();
    }
}
