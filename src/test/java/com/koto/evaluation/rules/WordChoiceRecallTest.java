package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 9 (helper eval14c): recall of wrong words and left-out parts on the learner's own words —
 * the new entries of {@code confusables.json} and {@code equivalents.json}, {@link PredicateSenses},
 * {@link MissingNumbers}, the counters of books and minutes and the grouping by thousands
 * ({@link Counters}). Answers written for this test, in other scenes than the gold sets': each class
 * has catching rows (the answer also differs from the accepted one in a harmless way where it can)
 * and a correct look-alike that must pass. The register is the first field ({@code POLITE},
 * {@code CASUAL}); {@code PASS} = passes (possibly unsure, with the model answer shown); otherwise the
 * answer fails with that subtype on the given original → correction ({@code *} = any span).
 */
class WordChoiceRecallTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // confusables: 약속/예약, 얇다/얕다, 조금 for 덜 (one way)
        "POLITE; 다음 주 월요일에 미용실 약속하고 싶어요; 다음 주 월요일에 미용실 예약하고 싶어요; vocabulary/confusable; 약속하고→예약하고",
        "POLITE; 토요일 저녁에 두 사람 자리를 약속했어요; 토요일 저녁에 두 사람 자리를 예약했어요; vocabulary/confusable; 약속했어요→예약했어요",
        "POLITE; 토요일에 친구하고 약속이 있어요; 토요일에 친구하고 약속이 있어요; PASS; *",
        "CASUAL; 아이들은 얇은 데서 놀아야 돼; 아이들은 얕은 데서 놀아야 돼; vocabulary/confusable; 얇은→얕은",
        "CASUAL; 나 수영 잘 못해서 얇은 물에서 놀게; 난 수영을 잘 못하니까 얕은 곳에서 놀게; vocabulary/confusable; 얇은→얕은",
        "POLITE; 얇은 옷을 입고 왔어요; 얇은 옷을 입고 왔어요; PASS; *",
        "POLITE; 어떤 커피가 제일 조금 써요?; 어떤 커피가 제일 덜 써요?; vocabulary/confusable; 조금→덜",
        "POLITE; 설탕 조금 넣어 주세요; 설탕 조금 넣어 주세요; PASS; *",
        // collocations: 텐트를 치다, 컴퓨터가 멈추다
        "CASUAL; 우리 강가에 텐트 만들자; 우리 강가에 텐트 치자; vocabulary/collocation; 만들자→치자",
        "CASUAL; 노트북이 또 얼었어요; 노트북이 또 멈췄어요; vocabulary/collocation; 얼었어요→멈췄어요",
        "POLITE; 밤새 강물이 얼었어요; 밤새 강물이 얼었어요; PASS; *",
        // voice: 줄다/줄이다, 늘다/늘리다 with a measure between the object and the verb
        "POLITE; 치마 길이를 5센티미터 줄어 주세요; 치마 길이를 5센티미터 줄여 주세요; vocabulary/voice; 줄어→줄여",
        "POLITE; 소매를 조금 늘어 주세요; 소매를 조금 늘려 주세요; vocabulary/voice; 늘어→늘려",
        "POLITE; 요즘 손님이 많이 줄었어요; 요즘 손님이 많이 줄었어요; PASS; *",
        // contrasts (antonyms): 배고프다/배부르다, 헐렁하다/끼다; a contrast written one letter apart (팔다/사다)
        "POLITE; 케이크를 먹어서 이제 배고파요; 케이크를 먹어서 이제 배불러요; vocabulary/contrast; 배고파요→배불러요",
        "POLITE; 이 바지는 허리가 좀 헐렁해요; 이 바지는 허리가 좀 껴요; vocabulary/contrast; 헐렁해요→껴요",
        "POLITE; 이 바지는 허리가 좀 헐렁해요; 이 바지는 허리가 좀 헐렁해요; PASS; *",
        // closed class: swimming gear
        "POLITE; 수경도 빌릴 수 있어요?; 수영모도 빌릴 수 있어요?; vocabulary/other_item; *",
        // predicate senses on the learner's own words
        "POLITE; 냉장고가 나빠요. 좀 봐 주세요; 냉장고가 고장 났어요. 좀 봐 주세요; vocabulary/predicate_sense; 나빠요→고장 났어요",
        "POLITE; 저기요, 방에 있는 히터가 나빠요; 방 히터가 고장 났어요|히터가 안 돼요; vocabulary/predicate_sense; 나빠요→고장 났어요",
        "POLITE; 오늘은 날씨가 나빠요; 오늘 날씨가 나빠요; PASS; *",
        "POLITE; 기침을 하고 뜨거워요; 기침을 하고 열이 나요; vocabulary/predicate_sense; 뜨거워요→열이 나요",
        "POLITE; 목이 아프고 뜨거워서 왔어요; 목이 아프고 열이 나서 왔어요; vocabulary/predicate_sense; 뜨거워서→열이 나서",
        "POLITE; 목이 아파요. 국이 뜨거워요; 목이 아파요. 국이 뜨거워요; PASS; *",
        // counters: books with 권, minutes in Sino-Korean numbers, sums grouped by thousands
        "POLITE; 소설 두 개를 샀어요; 소설 두 권을 샀어요; counter/wrong_counter; *",
        "POLITE; 잡지 세 개 주세요; 잡지 세 권 주세요; counter/wrong_counter; *",
        "POLITE; 책 두 권 주세요; 책 두 권 주세요; PASS; *",
        "CASUAL; 다섯 분쯤 기다려 줘; 5분쯤 기다려 줘; counter/native_for_sino; *",
        "POLITE; 손님 다섯 분 오셨어요; 손님 다섯 분이 오셨어요; PASS; *",
        "POLITE; 보증금은 삼백천 원이에요; 보증금은 30만 원이에요; counter/thousand_grouping; 삼백천→삼십만",
        "POLITE; 이 가방은 이십천 원이에요; 이 가방은 2만 원이에요; counter/thousand_grouping; 이십천→이만",
        "POLITE; 이 가방은 오천 원이에요; 이 가방은 오천 원이에요; PASS; *",
        "POLITE; 월세는 오십만 원이에요; 월세는 50만 원이에요; PASS; *",
        // a number every accepted answer gives, left out
        "POLITE; 귤하고 배 한 개 주세요; 귤 세 개하고 배 한 개 주세요|귤 3개랑 배 하나 주세요; incomplete/missing_number; 귤하고→귤 세 개하고",
        "CASUAL; 길이 막혀서 늦을 거야; 길이 막혀서 20분 늦을 거야|나 20분쯤 늦어; incomplete/missing_number; 늦을→20분 늦을",
        "POLITE; 담요 한 장만 더 갖다주세요; 1204호인데요, 담요 한 장 더 주세요|1204호예요. 담요 한 장 더 주세요; incomplete/missing_number; 담요→1204호인데요, 담요",
        "CASUAL; 길이 막혀서 이십 분 늦을 거야; 길이 막혀서 20분 늦을 거야|나 20분쯤 늦어; PASS; *",
        "POLITE; 커피 주세요; 커피 한 잔 주세요|커피 1잔 주세요; PASS; *",
        "POLITE; 두 시 반에 만나요; 2시 30분에 만나요|두 시 삼십 분에 만나요; PASS; *",
        // -(으)ㄹ 수 있다 is one predicate: the second part of the message is still missing (MissingParts)
        "POLITE; 우산을 빌릴 수 있어요?; 우산을 빌릴 수 있어요? 그리고 내일 돌려드려도 돼요?|우산 좀 빌려 주세요. 내일 돌려드릴게요.; incomplete/missing_part; *",
        "POLITE; 여기서 사진을 찍을 수 있어요?; 여기서 사진을 찍을 수 있어요? 그리고 짐은 어디에 둬요?|사진 찍어도 돼요? 짐은 어디에 두면 돼요?; incomplete/missing_part; *",
        "POLITE; 우산을 빌릴 수 있어요? 내일 돌려드릴게요.; 우산을 빌릴 수 있어요? 그리고 내일 돌려드려도 돼요?|우산 좀 빌려 주세요. 내일 돌려드릴게요.; PASS; *",
    })
    void catchesTheWordAndLeavesTheLookAlike(String register, String answer, String accepted, String expected,
            String span) {
        RuleRows.subtypeRow(EVALUATOR, register, answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} is explained in {1}")
    @CsvSource(delimiter = ';', value = {
        "냉장고가 나빠요; en; 냉장고가 고장 났어요; break down",
        "냉장고가 나빠요; id; 냉장고가 고장 났어요; rusak",
        "월세는 오백천 원이에요; en; 월세는 50만 원이에요; 만",
        "월세는 오백천 원이에요; id; 월세는 50만 원이에요; 만",
    })
    void theExplanationComesFromThePack(String answer, String lang, String accepted, String part) {
        RuleRows.explainedIn(EVALUATOR, answer, lang, accepted, part);
    }
}
