package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision classes of short casual speech between friends (session 17, helper s17f; probe10-precision-b), each
 * with look-alikes that must still fail: N 때 for N에 ({@link CasualSpeech#periodWithTtae}); N 중 ending a sentence
 * ({@link CasualSpeech#stateFragment}); 로 of a chosen time ({@link CasualSpeech#chosenTime}); a question word in a
 * 있다 question ({@link CasualSpeech#questionWordOnExistence}); -고 for -거나 ({@link CasualSpeech#listingForAlternative});
 * 넌? asked back ({@link CasualSpeech#askedBack}); -다고 하셨어 for -대 ({@link CasualSpeech#reportForHearsay}); the
 * compound N N of another accepted answer ({@link CasualSpeech#compoundOfAccepted}); 어디서 팔아요? for 어디서 사요?
 * ({@link CasualSpeech#soldWhere}); a short reply that answers the task in other words ({@link OffTask}: 둘/두,
 * 뭣/뭐, 가다 after -고). Rows written for this test, not taken from the gold set.
 */
class PrecisionClassesSession17fTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // N 때 for N에
        "점심 때; 점심 때 같이 밥 먹을래?; 점심에 같이 밥 먹을래?; CASUAL; PASS; ; ",
        "방학 때 in a plan; 방학 때 제주도 갈 거야.; 방학에 제주도 갈 거야.; CASUAL; PASS; ; ",
        "방학 데; 방학 데 제주도 갈 거야.; 방학에 제주도 갈 거야.; CASUAL; FAIL; ; ",
        // N 중 as a sentence
        "회의 중.; 지금 회의 중. 나중에 전화할게.; 지금 회의 중이야. 나중에 전화할게.; CASUAL; PASS; ; ",
        "no full stop; 지금 회의 중 나중에 전화할게.; 지금 회의 중이라서 나중에 전화할게.; CASUAL; INCOMPLETE; ; ",
        // 로 of a chosen time
        "세 시로 예약; 내일 세 시로 두 명 예약해 주세요.; 내일 세 시에 두 명 예약하고 싶어요.; POLITE; PASS; ; ",
        "로 before 만나다; 내일 세 시로 만나자.; 내일 세 시에 만나자.; CASUAL; PARTICLE_WRONG; ; ",
        // a question word in a 있다 question
        "뭐 있어?; 오늘 숙제 뭐 있어?; 오늘 숙제 있어?; CASUAL; PASS; ; ",
        "a misspelt 있어; 오늘 숙제 뭐 이써?; 오늘 숙제 있어?; CASUAL; FAIL; ; ",
        // -고 for -거나
        "보고 ... 하지 뭐; 그냥 영화 보고 쉬지 뭐.; 보통 영화 보거나 쉬어.; CASUAL; PASS; ; ",
        "보거; 보통 드라마 보거 게임해.; 보통 드라마 보거나 게임해.; CASUAL; FAIL; ; ",
        // 넌? asked back
        "넌?; 주말에 보통 운동해. 넌?; 주말에 보통 운동해.; CASUAL; PASS; ; ",
        "no full stop; 주말에 보통 운동해 넌?; 주말에 보통 운동해.; CASUAL; WORD_ORDER; ; ",
        // -다고 하셨어 for -대
        "있다고 하셨어; 선생님이 내일 숙제 있다고 하셨어.; 선생님이 내일 숙제 있대.; CASUAL; PASS; ; ",
        "another tense quoted; 금요일에 시험 봤다고 하셨어.; 금요일에 시험 본대.; CASUAL; FAIL; ; ",
        // the compound noun of another accepted answer
        "생일 케이크; 너 생일 케이크 뭐 먹고 싶어?; 생일 케이크 뭐 먹고 싶어?|생일에 뭐 먹고 싶어?; CASUAL; PASS; ; ",
        "no compound; 어제 영화 봤어.; 어제 영화 봤어.; CASUAL; PASS; ; ",
        // 어디서 팔아요? for 어디서 사요?
        "어디서 팔아요?; 우산은 어디서 팔아요?; 우산은 어디에서 사요?; POLITE; PASS; ; ",
        "no place asked; 우산을 팔아요?; 우산을 어디에서 사요?; POLITE; FAIL; ; ",
        "a statement; 제가 우산을 팔아요.; 제가 우산을 사요.; POLITE; VOCABULARY; ; ",
        // short replies in other words
        "셋이요; 셋이요.; 세 명이에요.|세 명입니다.; POLITE; PASS; ; ",
        "another number; 넷이요.; 두 명이에요.|두 명입니다.; POLITE; FAIL; ; ",
        "뭐로 할래?; 뭐로 할래?; 뭐 먹을래?; CASUAL; PASS; ; ",
        "들고 갈게요; 들고 갈게요.; 포장해 주세요.|가지고 갈게요.; POLITE; PASS; ; ",
        "off task; 커피가 맛있어요.; 포장해 주세요.|가지고 갈게요.; POLITE; FAIL; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }
}
