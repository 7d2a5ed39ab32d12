package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recall and span classes of session 15 (helper eval27d), each with correct look-alikes that must stay
 * silent: a list member left uncounted after a counted one, a currency written without its number, a clock
 * time left out after the day ({@link MissingNumbers}); one gap of needed words located at its word, after
 * a sentence-final word at the next one ({@link Certainty#omission}); 지난주 for 다음 주 written as one word
 * ({@link Contrasts#closedCompounds}); 처음/끝 for 초/말 after a month, …으로 운전해 주세요 for 가 주세요
 * (confusables data); a wearing verb the noun decides ({@link Confusables}). Rows written for this test, not
 * taken from the gold sets. Verdict: {@code PASS}, {@code NOT CATEGORY}, or the subtype the answer fails
 * with, on the original and correction given.
 */
class RecallClassesSession15Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // a list member left uncounted after a counted one
        "second item uncounted; 저기요, 김밥 두 개하고 라면 주세요.; 김밥 두 개하고 라면 하나 주세요.|김밥 두 줄이랑 라면 한 그릇 주세요.; POLITE; incomplete/missing_number; 라면; 라면 하나",
        "second item uncounted, a counter; 저기요, 커피 두 잔하고 케이크 주세요.; 커피 두 잔하고 케이크 한 개 주세요.|커피 두 잔이랑 케이크 한 개 주세요.; POLITE; incomplete/missing_number; 케이크; 케이크 한 개",
        "no number at all: one is understood; 콜라 주세요.; 콜라 한 병 주세요.|콜라 하나 주세요.; POLITE; PASS; ; ",
        "every item counted; 비빔밥 둘이랑 콜라 하나 주세요.; 비빔밥 두 개하고 콜라 하나 주세요.|비빔밥 두 그릇이랑 콜라 한 병 주세요.; POLITE; PASS; ; ",
        "an accepted answer counts both at once (하나씩); 비빔밥 하나하고 불고기 주세요.; 비빔밥 하나하고 불고기 하나 주세요.|비빔밥하고 불고기 하나씩 주세요.; POLITE; NOT INCOMPLETE; ; ",
        // a currency without its number
        "currency without the amount; 유로를 원화로 바꾸고 싶어요.; 300유로를 원화로 바꾸고 싶어요.|삼백 유로를 원화로 환전하고 싶어요.; POLITE; incomplete/missing_number; 유로를; 300유로를",
        "the amount in letters; 삼백 유로를 원화로 바꾸고 싶어요.; 300유로를 원화로 바꾸고 싶어요.|삼백 유로를 원화로 환전하고 싶어요.; POLITE; PASS; ; ",
        "no amount asked; 달러를 바꾸고 싶어요.; 달러를 바꾸고 싶어요.|달러를 환전하고 싶어요.; POLITE; PASS; ; ",
        // a clock time left out after the day
        "the time after the day; 이번 금요일에 두 명 예약하고 싶어요.; 이번 주 금요일 저녁 6시에 두 명 예약하고 싶어요.|금요일 저녁 여섯 시에 2명 예약할 수 있어요?; POLITE; incomplete/missing_number; 금요일에; 금요일 저녁 6시에",
        "the time said in letters; 금요일 저녁 여섯 시에 두 명 예약하고 싶어요.; 이번 주 금요일 저녁 6시에 두 명 예약하고 싶어요.|금요일 저녁 여섯 시에 2명 예약할 수 있어요?; POLITE; NOT INCOMPLETE; ; ",
        // one gap of needed words, located at its word
        "an opener and a count left out; 떡볶이 두 개하고 물 주세요.; 여기요, 떡볶이 두 개하고 물 한 병 주세요.; POLITE; INCOMPLETE; 물; 물 한 병",
        "a reason after a sentence-final word; 미안해요. 20분쯤 늦을 것 같아요.; 미안해요. 버스를 놓쳐서 20분쯤 늦을 것 같아요.; POLITE; INCOMPLETE; 20분쯤; 버스를 놓쳐서 20분쯤",
        "only the opener left out; 떡볶이 두 개하고 물 한 병 주세요.; 여기요, 떡볶이 두 개하고 물 한 병 주세요.; POLITE; PASS; ; ",
        // 지난주 for 다음 주, one word for two
        "지난달 for 다음 달; 오늘은 바빠. 지난달에 만나자.; 오늘은 바빠. 다음 달에 만나자.; CASUAL; vocabulary/contrast; 지난달에; 다음 달에",
        "지난주 about the past; 지난주에 영화 봤어.; 지난주에 영화 봤어.|지난주에 영화 봤어요.; CASUAL; PASS; ; ",
        "다음 주 as accepted; 다음 주에 만나자.; 다음 주에 만나자.; CASUAL; PASS; ; ",
        // 처음/끝 for 초/말 after a month
        "처음 for 초; 내년 처음에 한국에 갈 거예요.; 내년 초에 한국에 갈 거예요.; POLITE; vocabulary/confusable; 처음에; 초에",
        "끝 for 말; 다음 달 끝에 이사 가요.; 다음 달 말에 이사 가요.; POLITE; vocabulary/confusable; 끝에; 말에",
        "처음 of a first time; 처음에 좀 어려웠어요.; 처음에는 좀 어려웠어요.; POLITE; NOT VOCABULARY; ; ",
        "끝 of a film; 영화가 끝에 재미있었어요.; 영화가 끝에 재미있었어요.; POLITE; PASS; ; ",
        // …으로 운전해 주세요 for 가 주세요
        "운전하다 with a destination; 공항까지 운전해 주세요.; 공항까지 가 주세요.|공항으로 가 주세요.; POLITE; vocabulary/confusable; 운전해; 가",
        "운전하다 of driving slowly; 천천히 운전해 주세요.; 천천히 가 주세요.; POLITE; NOT VOCABULARY; ; ",
        // a wearing verb the noun decides
        "입다 for shoes; 이 운동화 입어 봐도 될까요?; 이 운동화 신어 봐도 될까요?; POLITE; vocabulary/collocation; 입어; 신어",
        "입다 for clothes; 이 옷 입어 봐도 돼요?; 이 옷 입어 봐도 돼요?; POLITE; PASS; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    /** {@link MissingNumbers} alone on words that only look like a count before a list particle. */
    @ParameterizedTest(name = "{1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // 사과 is 사 + 과 to the letter, but a Sino-Korean letter alone counts nothing
        "POLITE; 저기요, 사과 주스 주세요.; 사과 주스 한 잔 주세요.|사과 주스 하나 주세요.; NO incomplete/missing_number; *",
        // the second noun counted later in its sentence
        "POLITE; 저기요, 김밥 둘이랑 라면 하나요.; 김밥 두 개하고 라면 하나 주세요.|김밥 두 줄이랑 라면 한 그릇 주세요.; NO incomplete; *",
    })
    void lookAlikes(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, com.koto.evaluation.Register.valueOf(register), answer, accepted, expected, span);
    }
}
