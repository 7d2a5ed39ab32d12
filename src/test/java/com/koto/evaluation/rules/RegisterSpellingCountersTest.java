package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 12 (eval19d): register, spelling and counter classes on the learner's own words — a request
 * said as one's intention (가려고 하는데요 for 가 주세요), -(으)시- on a form that is otherwise the accepted one
 * (보실 수 for 볼 수), 줘요 as a request in a polite activity, 계시다 of a place, ㅢ written ㅣ, ㅐ/ㅔ in a long
 * word, a native number before 개월. Each class beside the correct variant that passes. Answers written for
 * this test, not from the sets.
 */
class RegisterSpellingCountersTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} → {5}")
    @CsvSource(delimiter = ';', value = {
        // -(으)시- on a form that is the accepted one but for it: about oneself
        "FORMAL; 내일 오전 10시에 그 사무실을 보실 수 있습니까?; 내일 오전 10시에 그 사무실을 볼 수 있습니까?; HONORIFIC; honorific/si_extra; 보실; 볼",
        // 줘요 as a request in a polite activity
        "POLITE; 김밥 한 줄 줘요. 얼마예요?; 김밥 한 줄 주세요. 얼마예요?; HONORIFIC; honorific/si_missing; 줘요; 주세요",
        "POLITE; 창문 좀 닫아 줘요. 너무 추워요.; 창문 좀 닫아 주세요. 너무 추워요.; HONORIFIC; honorific/si_missing; 줘요; 주세요",
        // 계시다 of a place
        "FORMAL; 화장실이 어디에 계십니까?; 화장실은 어디에 있습니까?; HONORIFIC; honorific/si_thing; 계십니까; 있습니까",
        "POLITE; 회의실이 몇 층에 계세요?; 회의실이 몇 층에 있어요?; HONORIFIC; honorific/si_thing; 계세요; 있어요",
        // ㅢ written ㅣ in a later syllable; ㅐ written ㅔ in a long word the accepted answer has elsewhere
        "POLITE; 회이실이 어디예요?; 회의실은 어디예요?; SPELLING; spelling/vowel; 회이실이; 회의실이",
        "CASUAL; 영화 정말 제미있었어.; 영화 정말 재밌었어.|영화가 진짜 재미있었어.; SPELLING; spelling/vowel; 제미있었어; 재미있었어",
        // a native number from three up before 개월
        "POLITE; 네 개월 동안 한국어를 배웠어요.; 4개월 동안 한국어를 배웠어요.; VOCABULARY; counter/native_for_sino; 네; 사",
    })
    void theClassIsCorrectedOnTheLearnersWord(String register, String answer, String expected, ErrorCategory category,
            String subtype, String original, String correction) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, expected, category, subtype, original,
                correction);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // one's intention or wish stated for the request: the speaker's own act takes no -(으)시-
        "intention; POLITE; 공항으로 가려고 하는데요.; 공항으로 가 주세요.|기사님, 공항까지 가 주세요.",
        "wish; POLITE; 시청으로 가고 싶어요.; 시청으로 가 주세요.",
        "intention in one word; POLITE; 시청으로 가려고요.; 시청으로 가 주세요.|기사님, 시청까지 가 주세요.",
        // -(으)시- on the giving auxiliary honours the listener, the giver: politer than accepted
        "the giver honoured; POLITE; 발표 자료 좀 도와주실 수 있어요?; 발표 자료 좀 도와줄 수 있어요?",
        // -(으)시- the accepted answers write themselves
        "honoured in an accepted answer; POLITE; 아버지께서 오늘 진료를 받으실 수 있어요?; 아버지가 오늘 진료를 받으실 수 있어요?|아버지가 오늘 진료를 받을 수 있을까요?",
        // 계시다 of a person
        "a person stays; POLITE; 사장님이 사무실에 계세요?; 사장님이 사무실에 있어요?",
        // the Sino-Korean number, 두 개월 of speech, and 달 with native numbers
        "Sino-Korean; POLITE; 사 개월 동안 한국어를 배웠어요.; 4개월 동안 한국어를 배웠어요.",
        "two months; POLITE; 두 개월 동안 한국어를 배웠어요.; 2개월 동안 한국어를 배웠어요.",
        "native with 달; POLITE; 석 달 동안 한국어를 배웠어요.; 3개월 동안 한국어를 배웠어요.",
    })
    void theCorrectVariantPasses(String rule, String register, String answer, String expected) {
        RuleRows.variant(EVALUATOR, register + "|" + rule, answer, expected, "PASS");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "a request; POLITE; 과자 좀 줘요.; 1",
        "a statement with its own subject; POLITE; 언니가 매일 과자를 줘요.; 0",
        "a question; POLITE; 이 과자 줘요?; 0",
        "a casual activity; CASUAL; 과자 좀 줘요.; 0",
    })
    void onlyAPoliteRequestTakesSeyo(String rule, Register register, String answer, int findings) {
        assertThat(ListenerRequests.find(answer, register, List.of("과자 좀 주세요"))).as(rule).hasSize(findings);
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "탈이실; 탈의실; true",   // 의 of a later syllable, pronounced [이]
        "히망; 희망; true",       // ㅢ after a consonant, pronounced [ㅣ]
        "이사; 의사; false",      // a first-syllable 의 is [의]: 이사 is another word
        "탈의실; 탈이실; false",  // one way only
    })
    void uiIsWrittenAsItSounds(String learner, String accepted, boolean slip) {
        assertThat(SpokenSpelling.oneVowel(learner, accepted)).isEqualTo(slip);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "a short pair of words; 네가 할게; 내가 할게",
        "the accepted word; 재미있었어; 재미있었어",
    })
    void shortWordsAreNotReadAsAeSlips(String rule, String answer, String accepted) {
        assertThat(SpokenSpelling.find(answer, List.of(accepted))).as(rule).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "보실; 볼; true",
        "읽으시고; 읽고; true",
        "앉으시면; 앉으면; true",
        "읽으실; 읽을; true",
        "오신; 온; true",
        "보셨는데; 봤는데; true",
        "볼; 보실; false",
        "보고; 가고; false",
    })
    void siApart(String honoured, String plain, boolean apart) {
        assertThat(PredicateFeatures.onlySiApart(honoured, plain)).isEqualTo(apart);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "갈; 가려고; 가",
        "갈; 가고; 가",
        "갈; 가세요; 갈",
        "갈; 갈려고; 갈",
        "만들; 만드세요; 만들",
    })
    void theStemAsWritten(String stem, String surface, String written) {
        assertThat(Frames.vowelStem(stem, surface)).isEqualTo(written);
    }
}
