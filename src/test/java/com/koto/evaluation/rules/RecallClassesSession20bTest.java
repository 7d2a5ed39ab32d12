package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recall classes of session 20 (helper s20b), honorific and ending errors the rules passed or corrected into
 * another ending, each with look-alikes that must pass: -(으)시- put in or taken out of the learner's own word
 * ({@link OwnSiForms}); an honoured subject with 도 or after a time word ({@link HonorificWords}); aunts and uncles
 * as elder kin ({@link Persons}); a name called with 아/야 before a 해요체 ending in a casual activity
 * ({@link SpeechLevels#nameCalled}); -(으)시- twice in an imperative ({@link DoubledSi}); -(으)면 되다 where
 * permission is asked ({@link PermissionQuestions}); 잘 드셨습니다 of one's own meal ({@link SpeakersOwnEating});
 * 싶어 하다 written apart about oneself ({@link Resynthesis}); 나르다 and a 르-irregular form without its ㄹ
 * ({@link IrregularForms}). Rows written for this test, not taken from the gold sets. Verdict: {@code PASS},
 * {@code FAIL}, {@code NOT <CATEGORY>}, or the category or subtype the answer fails with.
 */
class RecallClassesSession20bTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new com.koto.evaluation.TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // -(으)시- on the learner's own ending
        "을래요 to a manager; 부장님, 이 케이크 먹을래요?; 부장님, 이 케이크 드시겠어요?; POLITE; honorific/verb; 먹을래요; 드실래요",
        "ㄹ래요 to a teacher; 선생님, 내일 같이 갈래요?; 선생님, 내일 같이 가시겠어요?; POLITE; honorific/si_missing; 갈래요; 가실래요",
        "실래요 to a teacher; 선생님, 내일 같이 가실래요?; 선생님, 내일 같이 가시겠어요?; POLITE; PASS; ; ",
        "십니까 of one's own daughter; 선생님, 제 딸이 요즘 잘 지내십니까?; 선생님, 제 딸이 요즘 잘 지내고 있습니까?; FORMAL; honorific/si_extra; 지내십니까; 지냅니까",
        "습니까 of one's own daughter; 선생님, 제 딸이 요즘 잘 지냅니까?; 선생님, 제 딸이 요즘 잘 지내고 있습니까?; FORMAL; PASS; ; ",
        // an honoured subject with 도, or after a time word; aunts and uncles
        "이모도 먹어요; 저는 많이 먹었어요. 이모도 많이 먹어요.; 저는 많이 먹었어요. 이모도 많이 드세요.; POLITE; honorific/verb; 먹어요; 드세요",
        "이모도 드세요; 저는 많이 먹었어요. 이모도 많이 드세요.; 저는 많이 먹었어요. 이모도 좀 드세요.; POLITE; PASS; ; ",
        "저도 먹어요; 할머니, 저도 많이 먹어요.; 할머니, 저도 많이 먹을게요.|할머니, 저도 많이 먹어요.; POLITE; NOT HONORIFIC; ; ",
        "지금 사장님 있어요; 안녕하세요. 지금 사장님 있어요?; 안녕하세요. 사장님 지금 안에 계세요?; POLITE; honorific/verb; 있어요; 계세요",
        "지금 사장님 계세요; 안녕하세요. 지금 사장님 계세요?; 안녕하세요. 사장님 지금 안에 계세요?; POLITE; PASS; ; ",
        // a name called with 아/야, then 해요체, in a casual activity
        "수진아 … 먹을래요; 수진아, 오늘 저녁에 같이 밥 먹을래요?; 수진아, 오늘 저녁에 같이 밥 먹을래?; CASUAL; honorific/speech_level; 먹을래요; 먹을래",
        "지민아 … 뭐 해요; 지민아, 내일 뭐 해요?; 지민아, 내일 뭐 해?; CASUAL; honorific/speech_level; 해요; 해",
        "해요체 to a friend without a vocative; 오늘 저녁에 같이 밥 먹을래요?; 오늘 저녁에 같이 밥 먹을래?; CASUAL; PASS; ; ",
        "수진 씨 … 먹을래요; 수진 씨, 오늘 저녁에 같이 밥 먹을래요?; 오늘 저녁에 같이 밥 먹을래?; CASUAL; PASS; ; ",
        // -(으)시- twice in an imperative
        "가셔세요; 할아버지, 조심히 가셔세요.; 할아버지, 조심히 가세요.; POLITE; ending/double_si; 가셔세요; 가세요",
        "주무셔세요; 할머니, 안녕히 주무셔세요.; 할머니, 안녕히 주무세요.; POLITE; ending/double_si; 주무셔세요; 주무세요",
        "주무세요; 할머니, 안녕히 주무세요.; 할머니, 편히 주무세요.; POLITE; PASS; ; ",
        "드세요; 할머니, 케이크 많이 드세요.; 할머니, 케이크 좀 드세요.; POLITE; PASS; ; ",
        // -(으)면 되다 where permission is asked
        "앉으면 돼요 for permission; 여기 앉으면 돼요?; 여기 앉아도 돼요?; POLITE; ENDING; 앉으면; 앉아도",
        "찍으면 돼요 for permission; 실례합니다. 이 방에 사진을 찍으면 돼요?; 실례합니다. 이 방에서 사진을 찍어도 돼요?; POLITE; ending/permission; 찍으면; 찍어도",
        "내리면 돼요 where the answer asks where to get off; 어디에서 내리면 돼요?; 어디에서 내리면 돼요?|어디서 내려야 돼요?; POLITE; PASS; ; ",
        "타면 돼요 without a permission answer; 몇 번 버스를 타면 돼요?; 몇 번 버스를 타야 돼요?; POLITE; NOT ENDING; ; ",
        // one's own meal thanked for
        "잘 드셨어요 as thanks; 할머니, 정말 잘 드셨어요. 감사합니다.; 할머니, 정말 잘 먹었어요. 감사합니다.; POLITE; honorific/si_extra; 드셨어요; 먹었어요",
        "잘 드셨어요? asked; 할머니, 점심 잘 드셨어요?; 할머니, 점심 맛있게 드셨어요?; POLITE; PASS; ; ",
        // 싶어 하다 written apart, about oneself
        "싶어 해요 of oneself; 저는 한국 음식을 배우고 싶어 해요.; 저는 한국 음식을 배우고 싶어요.; POLITE; ending/desire_of_others; 싶어 해요; 싶어요",
        "싶어 해요 of a brother; 동생이 한국 음식을 배우고 싶어 해요.; 제 동생은 한국 음식을 배우고 싶어 해요.; POLITE; NOT ENDING; ; ",
        // 르-irregular
        "나르어요; 제가 이 상자를 나르어요.; 제가 이 상자를 옮겨요.; POLITE; irregular/reu; 나르어요; 날라요",
        "다라요 without its ㄹ; 이 두 가방은 색깔이 다라요.; 이 두 가방은 색깔이 달라요.; POLITE; irregular/reu; 다라요; 달라요",
        "자라서 of 자라다; 아이가 많이 자라서 옷이 작아요.; 아이가 많이 커서 옷이 작아요.; POLITE; NOT ENDING; ; ",
        "나라예요; 한국은 정말 좋은 나라예요.; 한국은 정말 좋은 곳이에요.; POLITE; NOT ENDING; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    @Test
    void ownWordKeepsItsEnding() {
        assertThat(OwnSiForms.withSi("부를래요")).isEqualTo("부르실래요");
        assertThat(OwnSiForms.withSi("들을래")).isEqualTo("들으실래");
        assertThat(OwnSiForms.withSi("만들래요")).isEqualTo("만드실래요");
        assertThat(OwnSiForms.withSi("잘래요")).isEqualTo("주무실래요");
        assertThat(OwnSiForms.withSi("포장할까요")).isNull();
        assertThat(OwnSiForms.withoutSi("지내십니까")).isEqualTo("지냅니까");
        assertThat(OwnSiForms.withoutSi("나세요")).isNull();
        assertThat(OwnSiForms.withoutSi("여셨어요")).isNull(); // 열다: not 였어요
    }

    @Test
    void doubledSiKeepsAStemOfItsOwn() {
        assertThat(DoubledSi.find("주스 좀 마셔세요.", List.of("주스 좀 드세요"))).extracting(Finding::correction)
                .containsExactly("마시세요");
        assertThat(DoubledSi.find("주스 좀 마시세요.", List.of("주스 좀 드세요"))).isEmpty();
    }

    @Test
    void aNameCalledIsTheVocativeOnly() {
        assertThat(SpeechLevels.nameCalled("민지야, 영화 볼래요?")).isTrue();
        assertThat(SpeechLevels.nameCalled("수진아, 영화 볼래요?")).isTrue();
        assertThat(SpeechLevels.nameCalled("민지아, 영화 볼래요?")).isFalse();
        assertThat(SpeechLevels.nameCalled("이거야, 이거.")).isFalse();
    }
}
