package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 37 (s37d): 자 after another word read as 자다, not as the interjection 자 ({@link PreChecks#accept}); the
 * span convention of a part left out (docs/blind-brief.md, "Span convention"): a number phrase on the noun it counts
 * or the day it narrows ({@link MissingNumbers}), 이번 with the day it points to ({@link SentenceCheck}), no opening
 * connective in the words added ({@link LearnerSpans#withoutOpener}), and one part left out shown once; the past of
 * an act to come put in -(으)ㄹ게요 where an accepted answer decides so ({@link LearnerSpans#decision}). Each class
 * with wrong sentences it catches and correct look-alikes it passes; my own sentences, not the sets'.
 */
class SpansSession37Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "어제 너무 피곤해서 일찍 자.; 어제 너무 피곤해서 일찍 잤어.; CASUAL; tense; 자→잤어",
            "어젯밤에 늦게 자.; 어젯밤에 늦게 잤어.; CASUAL; tense; 자→잤어",
            "어제 소파에서 자.; 어제 소파에서 잤어.; CASUAL; tense; 자→잤어",
            "어제밤에 친구 집에서 자.; 어젯밤에 친구 집에서 잤어.; CASUAL; tense; 자→잤어",
            "지난주에 호텔에서 잠을 못 자.; 지난주에 호텔에서 잠을 못 잤어.; CASUAL; tense/time_word; 자→잤어",
            "어제밤에 잠을 못 자.; 어젯밤에 잠을 못 잤어.; CASUAL; tense/time_word; 자→잤어",
            "어제밤에 잠을 못 자.; 어젯밤에 잠을 못 잤어.; CASUAL; spelling; 어제밤에→어젯밤에",
            // look-alikes: the interjection 자 opening the answer (alone or after 네), 자 of now, a proposal
            "자, 가자.; 자, 가자.; CASUAL; PASS; *",
            "자, 여기 있어요.; 여기 있어요.; POLITE; PASS; *",
            "네, 자 이거 드세요.; 이거 드세요.; POLITE; PASS; *",
            "자, 이제 시작합시다.; 이제 시작합시다.; FORMAL; PASS; *",
            "오늘은 일찍 자.; 오늘은 일찍 자.; CASUAL; PASS; *",
            "피곤하면 먼저 자.; 피곤하면 먼저 자.; CASUAL; PASS; *",
    })
    void sleepIsNoInterjection(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "영화 표 주세요.; 영화 표 두 장 주세요.; POLITE; incomplete; 표→표 두 장",
            "사과 주세요.; 사과 세 개 주세요.; POLITE; incomplete; 사과→사과 세 개",
            "콜라 주세요.; 콜라 두 병 주세요.; POLITE; incomplete; 콜라→콜라 두 병",
            "기차표 부산까지 주세요.; 기차표 두 장 부산까지 주세요.; POLITE; incomplete; 기차표→기차표 두 장",
            "밤 9시 영화 창가 자리로 주세요.; 밤 9시 영화 두 장 주세요. 창가 자리로 주세요.; POLITE; incomplete; 영화→영화 두 장",
            "토요일 예약하고 싶어요.; 토요일 저녁 7시에 예약하고 싶어요.; POLITE; incomplete; 토요일→토요일 저녁 7시에",
            "내일 모닝콜 해 주세요.; 내일 아침 6시에 모닝콜 해 주세요.; POLITE; incomplete; 내일→내일 아침 6시에",
            "내일 회의실 예약해 주세요.; 내일 오후 3시에 회의실 예약해 주세요.; POLITE; incomplete; 내일→내일 오후 3시에",
            // the noun out of its accepted place: the phrase goes before the word after it
            "부츠 이 신어 봐도 돼요?; 이 부츠 240 사이즈로 신어 봐도 돼요?; POLITE; incomplete; 신어→240 사이즈로 신어",
            // look-alikes: the number said, or one (understood)
            "사과 세 개 주세요.; 사과 세 개 주세요.; POLITE; PASS; *",
            "영화 표 두 장 주세요.; 영화 표 두 장 주세요.; POLITE; PASS; *",
            "커피 주세요.; 커피 한 잔 주세요.; POLITE; PASS; *",
    })
    void numberOnItsNoun(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "히터 켜 주세요. 트렁크 열어 주세요.; 히터 좀 켜 주세요. 그리고 도착하면 트렁크 좀 열어 주세요.; POLITE; incomplete; 트렁크→도착하면 트렁크",
            "여기 세워 주세요. 트렁크 열어 주세요.; 여기 세워 주세요. 그리고 내리면 트렁크 열어 주세요.; POLITE; incomplete; 트렁크→내리면 트렁크",
            "북한산에 가자.; 이번 토요일에 북한산에 가자.; CASUAL; incomplete; 북한산에→이번 토요일에 북한산에",
            "영화 보러 갈래?; 이번 금요일에 영화 보러 갈래?; CASUAL; incomplete; 영화→이번 금요일에 영화",
            "부산에 놀러 가요.; 이번 주말에 부산에 놀러 가요.; POLITE; incomplete; 부산에→이번 주말에 부산에",
            "밥 먹으러 가자.; 그럼 이번 주말에 밥 먹으러 가자.; CASUAL; incomplete; 밥→이번 주말에 밥",
            // a connective after the word the part joins stays in the added sentence
            "세 시에 만나요.; 세 시에 만나요. 그리고 늦지 마세요.; POLITE; incomplete/missing_part; 만나요.→만나요. 그리고 늦지 마세요",
            // look-alikes: 이번 or 그리고 alone left out asks for nothing
            "토요일에 영화 보러 갈래?; 이번 토요일에 영화 보러 갈래?; CASUAL; PASS; *",
            "히터 켜 주세요. 창문 좀 닫아 주세요.; 히터 좀 켜 주세요. 그리고 창문 좀 닫아 주세요.; POLITE; PASS; *",
            "부산에 놀러 가요.; 부산에 놀러 가요.; POLITE; PASS; *",
    })
    void onlyTheMissingPart(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "커피 한 잔 주세요. 여기서 마셨어요.; 커피 한 잔 주세요. 여기서 마시고 갈게요.|커피 한 잔이요. 여기서 마실 거예요.; POLITE; tense; 마셨어요→마실게요",
            "카드로 계산했어요.; 카드로 할게요.|카드로 계산할 거예요.; POLITE; tense; 계산했어요→계산할게요",
            "이 가방 샀어요.; 이 가방으로 할게요.|이 가방 살 거예요.; POLITE; tense; 샀어요→살게요",
            "라테 하나 주세요. 여기서 먹었어요.; 라테 하나 주세요. 먹고 갈게요.|라테 하나요. 여기서 먹을 거예요.; POLITE; tense; 먹었어요→먹을게요",
            // look-alikes: a plan told where no accepted answer decides with -(으)ㄹ게요, and the right forms
            "주말에 부산에 갔어요.; 주말에 부산에 갈 거예요.|주말에 부산에 가려고 해요.; POLITE; tense; 갔어요→갈 거예요",
            "내일 친구를 만났어요.; 내일 친구를 만날 거예요.; POLITE; tense; 만났어요→만날 거예요",
            "여기서 먹었어요.; 여기서 먹을 거예요.; POLITE; tense; 먹었어요→먹을 거예요",
            "카드로 계산할 거예요.; 카드로 할게요.|카드로 계산할 거예요.; POLITE; PASS; *",
            "여기서 먹고 갈게요.; 여기서 먹고 갈게요.; POLITE; PASS; *",
            "커피 한 잔 주세요. 여기서 마실게요.; 커피 한 잔 주세요. 여기서 마시고 갈게요.|커피 한 잔이요. 여기서 마실 거예요.; POLITE; PASS; *",
    })
    void decisionInPromise(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource(delimiter = ';', value = {
            "머리가 아파요.; 머리가 아파요. 두통약 주세요.",
            "이 재킷 얼마예요?; 이 재킷 얼마예요? 할인돼요?",
            "밤 9시 영화 창가 자리로 주세요.; 밤 9시 영화 두 장 주세요. 창가 자리로 주세요.",
            "수건 더 주세요.; 수건 두 개 더 주세요.",
            "이 코트 세탁해 주세요.; 이 코트 세탁해 주세요. 언제 찾을 수 있어요?",
    })
    void onePartLeftOutShownOnce(String answer, String accepted) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.POLITE);
        assertThat(e.passed()).as(answer + ": " + e.errors()).isFalse();
        assertThat(e.errors()).as(answer + ": " + e.errors())
                .filteredOn(x -> x.category() == ErrorCategory.INCOMPLETE).hasSize(1);
    }
}
