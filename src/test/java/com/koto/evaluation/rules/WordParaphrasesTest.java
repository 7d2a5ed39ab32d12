package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 12 (eval19a): when a substituted word is a wrong word and when it is the same content in
 * another structure ({@link Vocabulary}, {@link Contrasts#eitherPole}, {@link MissingNumbers}). Each
 * class has a correct answer that passes ({@code PASS}) beside a look-alike that still fails with the
 * given category. Answers written for this test, not from the sets; accepted answers separated by
 * {@code |}; a rule name may start with the register ({@code FORMAL|}, {@code CASUAL|}).
 */
class WordParaphrasesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // the same noun with another particle, the polite 요 or 때
        "N에 for N 때; 저는 이번 휴가에 제주도에 가려고 해요.; 휴가 때 제주도에 갈 거예요.; PASS",
        "N요 as a topic; 그 택배요, 내일 오전에 도착한대요.; 택배가 내일 오전에 도착해요.; PASS",
        // 몇 with a counter of place or time for 어디 or 언제
        "FORMAL|몇 층 for 어디; 안내 데스크가 몇 층에 있습니까?; 안내 데스크가 어디에 있습니까?; PASS",
        "몇 번 출구 for 어디; 실례지만 시청이 몇 번 출구예요?; 실례지만 시청이 어디예요?; PASS",
        "몇 시에 for 언제; 우리 내일 몇 시에 볼까요?; 우리 내일 언제 볼까요?; PASS",
        "언제 for 어디 stays; 안내 데스크가 언제예요?; 안내 데스크가 어디예요?; VOCABULARY",
        // a number with 에: the unit of a price
        "the unit of a price; 이 복숭아 한 개에 얼마예요?; 이 복숭아 가격이 얼마예요?; PASS",
        "a numeral unit of a price; 복숭아 팔아요? 하나에 얼마예요?; 복숭아 있어요? 가격이 얼마예요?; PASS",
        "a number for a number stays; 복숭아 세 개 주세요.; 복숭아 다섯 개 주세요.; VOCABULARY",
        // one pole of a scale asked for the other in a yes/no question
        "a yes/no question on the other pole; 혹시 그 식당이 여기서 멀어요?; 그 식당이 여기서 가까워요?; PASS",
        "CASUAL|a casual yes/no question; 그 가방 비싸?; 그 가방 싸?; PASS",
        "a statement keeps the contrast; 그 식당이 여기서 멀어요.; 그 식당이 여기서 가까워요.; VOCABULARY",
        "a modifier keeps the contrast; 이 셔츠 더 작은 사이즈 있어요?; 이 셔츠 더 큰 사이즈 있어요?; VOCABULARY",
        "a question word keeps the contrast; 그 식당이 여기서 얼마나 멀어요?; 그 식당이 여기서 가까워요?; VOCABULARY",
        // place deixis: pointing at the place, or another distance
        "여기 for the place noun; 사진은 여기서 찍으면 안 돼요?; 사진은 전시실에서 찍으면 안 돼요?; PASS",
        // the same number with another unit
        "2일 for 2박; 김민수 이름으로 3일 예약했어요.; 김민수 이름으로 3박 예약했어요.; VOCABULARY",
        "3시간 for 3시; 3시간에 만나요.; 3시에 만나요.; VOCABULARY",
        "a counter of things stays free; 콜라 2개 주세요.; 콜라 2병 주세요.; PASS",
    })
    void row(String rule, String answer, String expected, String verdict) {
        RuleRows.variant(EVALUATOR, rule, answer, expected, verdict);
    }

    @ParameterizedTest(name = "{0} ⇒ {2} → {3}")
    @CsvSource(delimiter = ';', value = {
        // a number in letters corrected in letters, and no missing number beside it
        "역 근처에 월세 삼만 원 이하 방을 찾아요.; 역 근처에 월세 30만 원 이하 방을 찾아요.; 삼만; 삼십만",
        "택시비는 사만 원쯤 나왔어요.; 택시비는 4만 원쯤 나왔어요.|택시비가 사만 원 정도 나왔어요.; 사만; 사만",
    })
    void numberInLetters(String answer, String expected, String original, String correction) {
        if (original.equals(correction)) {
            RuleRows.variant(EVALUATOR, "letters for digits", answer, expected, "PASS");
            return;
        }
        RuleRows.corrected(EVALUATOR, Register.POLITE, answer, expected, ErrorCategory.VOCABULARY, "vocabulary/word",
                original, correction);
        var e = EVALUATOR.evaluate(new com.koto.evaluation.EvaluationRequest(java.util.List.of(expected.split("\\|")),
                java.util.List.of(), answer, "en", Register.POLITE, null));
        assertThat(e.errors()).as(answer).noneMatch(x -> x.category() == ErrorCategory.INCOMPLETE);
    }
}
