package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of session 14 (helper eval25b, the patterns probe), each with look-alikes that must stay as they
 * are: the goal of 가다/오다 nominalised by -기 (가기로 했어요, {@code SentenceCheck}), a delimiter between a
 * verbal noun and 하다 ({@link PatternChoices#delimiterInHada}), the formal -습니다만 for -지만
 * ({@link PatternChoices#formalBut}), -(으)시- on the listener's verb of advice -는 게 좋겠다
 * ({@link PatternChoices#adviceToListener}), and the ㄹ before -기 and -(으)ㄴ 때 named by their grammar
 * ({@link SpellingAsGrammar}). Rows written for this test, not taken from the gold sets. Verdict:
 * {@code PASS}, {@code NOT CATEGORY}, or the subtype the answer fails with.
 */
class PatternsProbeSession14Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // the goal of a verb nominalised by -기 takes 에 or (으)로
        "(으)로 before 가기로; 다음 주말에 친구들하고 부산으로 가기로 했어요.; 친구들하고 다음 주말에 부산에 가기로 했어요.; POLITE; PASS; ; ",
        "(으)로 before 여행 가기로; 이번 주말에 제주도로 여행 가기로 했어요.; 이번 주말에 제주도에 가기로 했어요.; POLITE; PASS; ; ",
        "(으)로 before 오기로; 내일 서울로 오기로 했어요.; 내일 서울에 오기로 했어요.; POLITE; PASS; ; ",
        "a direction noun keeps (으)로; 왼쪽에 가기로 했어요.; 왼쪽으로 가기로 했어요.; POLITE; particle_wrong/location_for_way; 왼쪽에; 왼쪽으로",
        "을 for the goal stays; 부산을 가기로 했어요.; 부산에 가기로 했어요.; POLITE; particle_wrong/object_for_location; 부산을; 부산에",
        "에서 for the goal stays; 부산에서 가기로 했어요.; 부산에 가기로 했어요.; POLITE; PARTICLE_WRONG; ; ",
        // a delimiter between a verbal noun and 하다
        "일도 했어요; 대학생 때 카페에서 일도 했어요.; 대학생 때 카페에서 일했어요.; POLITE; PASS; ; ",
        "운동도 해요; 주말에는 운동도 해요.; 주말에는 운동해요.; POLITE; PASS; ; ",
        "요리는 잘해요; 저는 요리는 잘해요.; 저는 요리 잘해요.; POLITE; PASS; ; ",
        // the formal contrastive -습니다만
        "압니다만 (ㄹ stem); 한국어는 압니다만 영어는 모릅니다.; 한국어는 알지만 영어는 모릅니다.; FORMAL; PASS; ; ",
        "죄송합니다만; 죄송합니다만 조금 늦겠습니다.; 죄송하지만 조금 늦겠습니다.; FORMAL; PASS; ; ",
        "좋습니다만; 음식이 좋습니다만 비쌉니다.; 음식이 좋지만 비쌉니다.; FORMAL; PASS; ; ",
        // -시- on the listener's verb of advice
        "쉬시는 게 좋겠어요; 일찍 집에 가서 쉬시는 게 좋겠어요.; 일찍 집에 가서 쉬는 게 좋겠어요.; POLITE; PASS; ; ",
        "가시는 게 좋겠어요; 병원에 가시는 게 좋겠어요.; 병원에 가는 게 좋겠어요.; POLITE; PASS; ; ",
        "the speaker as subject stays si_extra; 제가 가시는 게 좋겠어요.; 제가 가는 게 좋겠어요.; POLITE; honorific/si_extra; 가시는; 가는",
        "저는 as subject stays si_extra; 저는 쉬시는 게 좋겠어요.; 저는 쉬는 게 좋겠어요.; POLITE; honorific/si_extra; 쉬시는; 쉬는",
        // named by their grammar, not spelling
        "갈기로; 친구들하고 부산에 갈기로 했어요.; 친구들하고 부산에 가기로 했어요.; POLITE; ending/l_before_gi; 갈기로; 가기로",
        "볼기로; 내일 영화를 볼기로 했어요.; 내일 영화를 보기로 했어요.; POLITE; ending/l_before_gi; 볼기로; 보기로",
        "체크인한 때; 어제 체크인한 때 비밀번호를 못 받았어요.; 어제 체크인할 때 비밀번호를 못 받았어요.; POLITE; ending/eul_ttae; 체크인한; 체크인할",
        // an offer with the humble 드리다 asked with -(으)ㄹ게요: -(으)ㄹ까요
        "드릴게요?; 선물 포장해 드릴게요?; 선물 포장해 드릴까요?; POLITE; ending/promise_question; 드릴게요; 드릴까요",
        "줄게요? stays 줄래요; 이거 좀 들어 줄게요?; 이거 좀 들어 줄래요?; POLITE; ending/promise_question; 줄게요; 줄래요",
        "-(으)ㄴ before another noun stays spelling; 어제 만난 사람이에요.; 어제 만날 사람이에요.; POLITE; SPELLING; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    @Test
    void lookAlikesAreNotTheClasses() {
        // another verb after the delimiter, another stem before -습니다만, a word not before 때
        assertThat(PatternChoices.delimiterInHada("일도 갔어요", "일했어요")).isFalse();
        assertThat(PatternChoices.delimiterInHada("일도 했어요", "일했어요")).isTrue();
        assertThat(PatternChoices.formalBut("갑니다만", "알지만")).isFalse();
        assertThat(PatternChoices.formalBut("압니다만", "알지만")).isTrue();
        assertThat(PatternChoices.formalBut("먹습니다만", "먹지만")).isTrue();
        assertThat(PatternChoices.adviceToListener("가시는", "제가 가시는 게 좋겠어요")).isFalse();
        assertThat(PatternChoices.adviceToListener("가시는", "가시는 곳이 어디예요")).isFalse();
        assertThat(SpellingAsGrammar.pastModifierBeforeTtae("만난", "만날", "어제 만난 사람")).isFalse();
        assertThat(SpellingAsGrammar.rieulBeforeGi("갈기로", "가기로")).isTrue();
        assertThat(SpellingAsGrammar.named(new Finding(ErrorCategory.SPELLING, "먹코", "먹고"), "먹코 싶어요").category())
                .isEqualTo(ErrorCategory.SPELLING);
    }
}
