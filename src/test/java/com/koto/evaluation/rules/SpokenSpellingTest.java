package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Misspellings of the learner's own words ({@link SpokenSpelling}): words written as pronounced
 * (표준 발음법), non-standard loanword spellings (외래어 표기법), one-vowel slips of an accepted noun;
 * and one-letter "misspellings" that are another real word the learner meant.
 */
class SpokenSpellingTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "추카해, 축하해", "가라타요, 갈아타요", "보엄도, 보험도", "괜차나요, 괜찮아요", "마시써요, 맛있어요",
        "식땅, 식당", "함니다, 합니다", "열락, 연락", "가치, 같이", "조아요, 좋아요", "저놔, 전화"
    })
    void spellingsPronouncedAlikeShareTheirKey(String written, String standard) {
        assertThat(SpokenSpelling.pronunciation(written)).isEqualTo(SpokenSpelling.pronunciation(standard));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({"샀어, 쌌어", "근체, 근처", "되요, 돼요", "사자, 살자", "얼마에요, 얼마예요"})
    void spellingsPronouncedApartKeepTheirKeys(String a, String b) {
        assertThat(SpokenSpelling.pronunciation(a)).isNotEqualTo(SpokenSpelling.pronunciation(b));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "생일 추카해! 이거 선물이야; 생일 축하해! 이거 선물이야.; 추카해; 축하해; spelling/sound",
        "어디에서 2호선으로 가라타요?; 어디에서 2호선으로 갈아타요?; 가라타요; 갈아타요; spelling/sound",
        "보엄도 포함돼 있어요?; 보험도 포함돼 있어요?; 보엄도; 보험도; spelling/sound",
        "할머니도 케익을 드셨어요?; 할머니도 케이크 드셨어요?; 케익을; 케이크를; spelling/loanword",
        "오렌지 쥬스 주세요; 오렌지 주스 한 잔 주세요; 쥬스; 주스; spelling/loanword",
        "대학교 근체에 원룸이 있어요?; 대학교 근처 원룸 있어요?; 근체에; 근처에; spelling/vowel",
        "오늘 치가 예약이 있어서 못 가; 오늘 치과 예약이 있어서 못 가; 치가; 치과; spelling/vowel",
        "내일 오전에 병언에 가야 합니다; 내일 오전에 병원에 가야 합니다; 병언에; 병원에; spelling/vowel",
        "새 게좌를 만들고 싶어요; 새 계좌를 만들고 싶어요.; 게좌를; 계좌를; spelling/sound",
        // a regular form of the accepted answer's verb (받았어: 받아서) written as it sounds
        "전화 못 바다서 미안해. 수업 중이었어.; 미안, 수업 중이라서 전화 못 받았어.; 바다서; 받아서; spelling/sound"
    })
    void theLearnersMisspeltWordFails(String answer, String expected, String original, String correction,
            String subtype) {
        RuleRows.corrected(EVALUATOR, Register.CASUAL, answer, expected, ErrorCategory.SPELLING, subtype, original,
                correction);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // another real word the learner meant, one letter from the aligned word (샀어 / 쌌어, 안 / 원)
        "어제 시장에서 가방을 정말 싸게 샀어; 어제 시장에서 가방 샀어. 진짜 쌌어.|어제 시장에서 가방을 샀는데 정말 쌌어.",
        "월세는 50만 원을 안 넘으면 좋겠어요; 월세는 오십만 원 이하면 좋겠어요.|월세 50만 원 이하로요.",
        "생일 축하해! 이거 선물이야; 생일 축하해! 이거 선물이야.",
        "케이크 드셨어요?; 케이크 드셨어요?",
        "같이 영화 볼래?; 같이 영화 볼래?",
        // the activity's own noun, read against another accepted answer's (기구 / 기계)
        "선생님, 이 기구는 어떻게 사용하면 돼요?; 이 기계는 어떻게 사용해요?|이 기구 어떻게 써요?",
        // a vowel pair that tells words apart, not a learner's slip (사지 / 사자)
        "같이 빵집 가서 민지 생일 케이크 사지 않을래?; 민지 생일이니까 같이 케이크 사자.|민지 생일 케이크 같이 살까?",
        "지하철역에 어떻게 가야 돼요?; 지하철역에 어떻게 가요?|지하철역까지 어떻게 가요",
        // two dictionary nouns two letters apart: another noun, not a misspelt one (구경 / 수영)
        "저는 지난 휴가 때 가족이랑 족자카르타에 다녀왔어요. 보로부두르 사원을 구경했어요.; 지난 휴가에 발리에 갔어요. 바다에서 수영했어요.|지난 방학 때 부산에 가서 해산물을 먹었어요."
    })
    void correctAnswersPass(String answer, String expected) {
        RuleRows.check(EVALUATOR, "SpokenSpelling", answer, expected, Register.CASUAL, "PASS");
    }

    @org.junit.jupiter.api.Test
    void aOneSyllableVerbTheLearnerWroteElsewhereIsNoMisspelling() {
        // the accepted 와 is 오다, the learner's own 와서: 봐 is 보다 meant, not a slip for 와
        RuleRows.check(EVALUATOR, "SpokenSpelling", "1203호인데요, 에어컨이 고장 난 것 같아요. 와서 좀 봐 주세요.",
                "에어컨이 안 돼요. 사람을 보내 주세요.|에어컨이 고장 났어요. 좀 와 주세요.", Register.POLITE, "PASS");
        // the same place, no other form of the accepted word: a misspelling (수업에 몬 가요)
        RuleRows.corrected(EVALUATOR, Register.POLITE, "내일 수업에 몬 가요.", "내일 수업에 못 가요.",
                ErrorCategory.SPELLING, "spelling/letters", "몬", "못");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "대학교 근처에 원룸이 있어요?; 대학교 근처 원룸 있어요?",
        "오늘 치과에 가야 돼; 오늘 치과 예약이 있어"
    })
    void wordsAnAcceptedAnswerWritesAreNeverMisspelt(String answer, String expected) {
        assertThat(SpokenSpelling.find(answer, List.of(expected.split("\\|")))).isEmpty();
    }
}
