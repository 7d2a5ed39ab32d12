package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision classes of the unsealed sets AE and AE3 (session 20, helper s20a), each with look-alikes that must still
 * fail: the destination of a delivery with 에 ({@link Lexicon#BRINGING_VERBS}); the occasion of a congratulation
 * left out, -아/어야 돼요 and -(으)면 돼요 asking the next step, 어떤/무슨 + a noun for 뭐, a demonstrative naming the
 * item at hand ({@link SpokenVariants}); the forms of one taste as one class member ({@code equivalents.json}); a
 * quantity with 만 ({@code MissingParts}); a prefixed noun as an N(이)요 destination ({@link PreChecks}); 정오/자정 for
 * a clock time ({@code MissingNumbers}); a promise after the learner's own question ({@code IntentEndings}). Rows
 * written for this test, not taken from the sets; every {@code PASS} row but the marked ones failed on main
 * (7fbf9a97), every look-alike fails on main and here. Verdict: {@code PASS}, {@code FAIL}, or a subtype or category
 * wire name with its span ({@code original→correction}, {@code *} for any).
 */
class PrecisionClassesSession20aTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    private static final String SHOES = "이 신발을 더 큰 사이즈로 교환할 수 있습니까?|이 구두를 한 치수 큰 것으로 바꿀 수 있습니까?";
    private static final String APPLES = "사과 얼마예요? 다섯 개 주세요.|사과 얼마예요? 다섯 개 살게요.";
    private static final String LUNCH = "내일 열두 시에 같이 점심 먹을까요?|내일 12시에 같이 점심 드실래요?";
    private static final String CHARGER = "충전기 좀 빌려도 돼?|잠깐 충전기 좀 빌려줄래?";

    @ParameterizedTest(name = "{0}: {2} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // the destination of a delivery with 에
        "배달해 주세요 with 에; POLITE; 305호에 피자 한 판 배달해 주세요.; 305호로 피자 한 판 배달해 주세요.; PASS; ",
        "가져와 주세요 with 에; POLITE; 사무실에 커피 두 잔 가져와 주세요.; 사무실로 커피 두 잔 가져와 주세요.; PASS; ",
        "a means with 에; POLITE; 카드에 계산해 주세요.; 카드로 계산해 주세요.; particle_wrong/location_for_means; 카드에→카드로",
        "a way with 에; POLITE; 왼쪽에 배달해 주세요.; 왼쪽으로 배달해 주세요.; particle_wrong/location_for_way; 왼쪽에→왼쪽으로",
        "the destination as object; POLITE; 302호를 물 두 병 배달해 주세요.; 302호로 물 두 병 배달해 주세요.; particle_wrong/object_for_direction; 302호를→302호로",
        // the occasion of a congratulation left out
        "축하해 to a friend (passes on main too); CASUAL; 민수야, 축하해! 앞으로 행복하게 살아.; 민수야, 결혼 축하해! 행복하게 살아.; PASS; ",
        "진심으로 축하드립니다; FORMAL; 진심으로 축하드립니다.; 생신을 진심으로 축하드립니다.; PASS; ",
        "축하드려요 to a grandmother; POLITE; 할머니, 축하드려요. 오래오래 건강하세요.; 할머니, 생신 축하드려요. 오래오래 건강하세요.; PASS; ",
        "축하 itself left out; POLITE; 결혼 드립니다. 행복하게 사세요.; 결혼 축하드립니다. 행복하게 사세요.; FAIL; ",
        "the wish left out; POLITE; 축하드립니다. 사세요.; 결혼 축하드립니다. 행복하게 사세요.; incomplete/sentence; *",
        // the forms of one taste are one member of the class of tastes
        "맵다 for 매워; CASUAL; 와, 너무 맵다. 물 좀 줘.; 너무 매워. 물 좀 줘.; PASS; ",
        "싱겁다 for 싱거워 (passes on main too); CASUAL; 아, 너무 싱겁다. 소금 좀 줘.; 너무 싱거워. 소금 좀 줘.; PASS; ",
        "짜다 for 매워; CASUAL; 와, 너무 짜다. 물 좀 줘.; 너무 매워. 물 좀 줘.; vocabulary/other_item; 짜다→매워",
        "달아 for 매워; CASUAL; 너무 달아. 물 좀 줘.; 너무 매워. 물 좀 줘.; vocabulary/other_item; 달아→매워",
        // the -아/어 form of an ㅂ-irregular adjective before a request, which Nori reads as 매우다 (named other_item on main)
        "매워 주세요; POLITE; 비빔밥 두 개 주세요. 안 매워 주세요.; 비빔밥 두 개 주세요. 안 맵게 해 주세요.; ending/adjective_request; 매워→맵게 해",
        "매워 before no request (passes on main too); CASUAL; 이거 너무 매워. 물 좀 줘.; 너무 매워. 물 좀 줘.; PASS; ",
        // a quantity with 만
        "5개만; POLITE; 사과 얼마예요? 5개만 주세요.; " + APPLES + "; PASS; ",
        "5개요; POLITE; 사과 얼마예요? 5개요.; " + APPLES + "; PASS; ",
        "another number; POLITE; 사과 얼마예요? 6개만 주세요.; " + APPLES + "; incomplete/missing_part; *",
        "another counter; POLITE; 사과 얼마예요? 5명만 주세요.; " + APPLES + "; incomplete/missing_part; *",
        "the order left out; POLITE; 사과 얼마예요?; " + APPLES + "; FAIL; ",
        // a prefixed noun as an N(이)요 destination
        "제2터미널이요 (passes on main too); POLITE; 아저씨, 제2터미널이요.; 제2터미널로 가 주세요.; PASS; ",
        "제1터미널이에요; POLITE; 기사님, 인천공항 제1터미널이에요.; 인천공항 제1터미널로 가 주세요.; PASS; ",
        "the bare noun; POLITE; 기사님, 인천공항 제1터미널.; 인천공항 제1터미널로 가 주세요.; incomplete/bare_noun; *",
        "을요; POLITE; 기사님, 인천공항 제1터미널을요.; 인천공항 제1터미널로 가 주세요.; FAIL; ",
        // 정오 and 자정 for a clock time
        "정오에 for 12시에; POLITE; 토요일 정오에 만나요.; 토요일 열두 시에 만나요.|토요일 12시에 만나요.; PASS; ",
        "자정까지 for 밤 12시까지; POLITE; 오늘 자정까지 보내 주세요.; 오늘 밤 12시까지 보내 주세요.; PASS; ",
        // (session 37, s37d: the time on the day it narrows, as the gold writers give it: 내일 → 내일 아침 8시에)
        "the time left out; POLITE; 내일 같이 점심 먹는 거 어때요?; " + LUNCH + "; incomplete/missing_number; 내일→내일 열두 시에",
        "정오 for three o'clock; POLITE; 토요일 정오에 만나요.; 토요일 세 시에 만나요.|토요일 3시에 만나요.; incomplete/missing_number; *",
        // -아/어야 돼요 and -(으)면 돼요 asking the next step
        "뭐 넣어야 돼요; POLITE; 선생님, 이제 뭐 넣어야 돼요?; 이제 뭐 넣으면 돼요?; PASS; ",
        "뭐 해야 돼요; POLITE; 저는 이제 뭐 해야 돼요?; 저는 이제 뭐 하면 돼요?; PASS; ",
        "어디로 가야 돼요; POLITE; 어디로 가야 돼요?; 어디로 가면 돼요?; PASS; ",
        "a statement of need; POLITE; 이제 소금 넣어야 돼요.; 이제 소금 넣으면 돼요.; ending/modifier_or_connective; 넣어야→넣으면",
        "need for must not; POLITE; 여기서 사진을 찍어야 돼요.; 여기서 사진을 찍으면 안 돼요.; ending/modifier_or_connective; 찍어야→찍으면",
        "-아/어서 for -(으)면; POLITE; 이제 뭐 넣어서 돼요?; 이제 뭐 넣으면 돼요?; FAIL; ",
        // 어떤/무슨 + a noun for 뭐
        "무슨 영화를; POLITE; 주말에 무슨 영화를 볼까요?; 주말에 뭐 볼까요?; PASS; ",
        "어떤 음식을; POLITE; 어떤 음식을 좋아해요?; 뭘 좋아해요?; PASS; ",
        // a promise after the learner's own question
        "써도 돼? 돌려줄게; CASUAL; 우산 좀 써도 돼? 내일 돌려줄게.; 우산 좀 빌려줄래?; PASS; ",
        "the promise alone; CASUAL; 충전기 좀 돌려줄게.; " + CHARGER + "; ending/promise_for_request; 돌려줄게→돌려줄래",
        "the request turned round after a question; CASUAL; 충전기 있어? 빌려줄게.; 잠깐 충전기 좀 빌려줄래?; ending/promise_for_request; 빌려줄게→빌려줄래",
        "줄게 after a question; CASUAL; 손전등 있어? 좀 줄게.; 손전등 좀 줘.; ending/promise_for_request; *",
        // a demonstrative naming the item at hand
        "이 샌들 (passes on main too); POLITE; 이 샌들 한 치수 작은 걸로 바꿀 수 있어요?; 이 신발 더 작은 걸로 바꿀 수 있어요?|이 구두 한 치수 작은 걸로 바꿀 수 있어요?; PASS; ",
        "이 운동화 with 신발 accepted; FORMAL; 이 운동화 한 치수 큰 것으로 바꿀 수 있습니까?; " + SHOES + "; PASS; ",
        "no general word accepted; FORMAL; 이 운동화 한 치수 큰 것으로 바꿀 수 있습니까?; 이 구두를 한 치수 큰 것으로 바꿀 수 있습니까?; vocabulary/other_item; 운동화→구두를",
        "no demonstrative; FORMAL; 운동화를 한 치수 큰 것으로 바꿀 수 있습니까?; " + SHOES + "; vocabulary/other_item; *",
        "a member of another class; FORMAL; 이 바지 한 치수 큰 것으로 바꿀 수 있습니까?; " + SHOES + "; vocabulary/other_item; 바지→구두를",
    })
    void rows(String rule, String register, String answer, String accepted, String verdict, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, verdict, span == null ? "*" : span);
    }

    @Test
    void nextStepAskedReadsOneVerbWithNeedAndSuffice() {
        List<String> accepted = List.of("이제 뭐 넣으면 돼요");
        assertThat(SpokenVariants.nextStepAsked("넣어야", "넣으면", "이제 뭐 넣어야 돼요", accepted)).isTrue();
        assertThat(SpokenVariants.nextStepAsked("넣어야", "넣으면", "이제 소금 넣어야 돼요", accepted)).isFalse();
        assertThat(SpokenVariants.nextStepAsked("먹어야", "넣으면", "이제 뭐 먹어야 돼요", accepted)).isFalse();
        assertThat(SpokenVariants.nextStepAsked("넣어서", "넣으면", "이제 뭐 넣어서 돼요", accepted)).isFalse();
    }

    @Test
    void bIrregularAdjectiveReadsTheWrittenForm() {
        assertThat(OwnConjugation.bIrregularAdjective("매워")).isEqualTo("맵");
        assertThat(OwnConjugation.bIrregularAdjective("추워")).isEqualTo("춥");
        assertThat(OwnConjugation.bIrregularAdjective("도와")).isNull(); // 돕다 is a verb
        assertThat(OwnConjugation.bIrregularAdjective("먹어")).isNull();
    }

    @Test
    void kindAskedNeedsTheDeterminerBeforeTheNoun() {
        assertThat(SpokenVariants.kindAsked("재료를", "뭘", "다음에 어떤 재료를 넣어요")).isTrue();
        assertThat(SpokenVariants.kindAsked("무슨", "뭐", "무슨 영화를 볼까요")).isTrue();
        assertThat(SpokenVariants.kindAsked("재료를", "뭘", "다음에 재료를 넣어요")).isFalse();
        assertThat(SpokenVariants.kindAsked("재료를", "소금을", "다음에 어떤 재료를 넣어요")).isFalse();
    }
}
