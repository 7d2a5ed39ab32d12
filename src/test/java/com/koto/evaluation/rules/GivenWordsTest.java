package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Correct answers of the older development sets that failed on a word the answer or the situation already
 * gives (session 14, helper eval25e), as classes of {@link GivenWords}: the time of a plan left out, a
 * detail in N(이)요 after the request, a counter heading its phrase, N번 for the numbered seat, an adjective
 * modifying 거, two listed plans in the other order. Rows written for this test with other nouns and verbs,
 * and look-alikes that must still fail. Verdict: {@code PASS} or {@code FAIL} ({@link RuleRows#check}).
 */
class GivenWordsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // the time of a plan left out
        "time; 친구하고 등산하러 갈 거예요; 주말에 친구하고 등산할 거예요.|주말에 친구랑 등산 가요.; POLITE; PASS",
        "time casual; 동생 보러 부산에 가려고. 너는?; 이번 주말에 동생 보러 부산에 갈 거야.|주말에 동생 만나러 부산 가려고 해.; CASUAL; PASS",
        "time other verb; 가족하고 바다에 놀러 갈 거예요.; 방학에 가족하고 바다에 놀러 갈 거예요.; POLITE; PASS",
        "time look-alike: a request; 예약하고 싶어요.; 내일 예약하고 싶어요.; POLITE; FAIL",
        "time look-alike: a proposal; 지훈이가 추천한 식당에 같이 가고 싶어.; 이번 토요일 저녁에 지훈이가 추천한 식당에 같이 가고 싶어.; CASUAL; FAIL",
        // the request made in another sentence
        "request; 여보세요? 예약 좀 하려고 하는데요. 오늘 저녁 7시에 네 명이요.; 오늘 저녁 7시에 네 명 예약하고 싶은데요.|오늘 저녁 일곱 시에 네 명 예약하려고 하는데요.; POLITE; PASS",
        "request exchange; 저기요, 이 셔츠 교환하려고 왔는데요. 어제 여기서 샀는데 사이즈가 너무 작아요.; 어제 여기서 산 셔츠가 너무 작아서 교환하러 왔어요.|어제 산 셔츠가 너무 작아요. 바꾸러 왔어요.; POLITE; PASS",
        "request borrow; 이 책들 빌릴게요. 세 권이에요.; 이 책 세 권 빌리고 싶어요.|이 책 세 권 대출하려고 해요.; POLITE; PASS",
        "request other noun; 예약하려고 하는데요. 내일 점심에 두 명이요.; 내일 점심에 두 명 예약하고 싶은데요.; POLITE; PASS",
        "request look-alike: detail alone; 오늘 저녁 7시에 네 명이요.; 오늘 저녁 7시에 네 명 예약하고 싶은데요.; POLITE; FAIL",
        "request look-alike: a greeting before; 안녕하세요. 오늘 저녁 7시에 네 명이요.; 오늘 저녁 7시에 네 명 예약하고 싶은데요.; POLITE; FAIL",
        "request look-alike: a statement before; 어제 여기 왔어요. 사이즈가 너무 작아요.; 어제 산 셔츠가 너무 작아요. 바꾸러 왔어요.; POLITE; FAIL",
        "request look-alike: a reason left out of a request; 서울역으로 가 주세요. 좀 빨리 가 주세요.; 서울역으로 가 주세요. 3시 기차라서 좀 빨리 가 주세요.|서울역까지 가 주세요. 세 시에 기차가 출발해서 좀 서둘러 주실 수 있어요?; POLITE; FAIL",
        // a counter heading its phrase
        "counter; 안녕하세요, 이 세 권 대출할게요.; 이 책 세 권 빌리고 싶어요.|이 책 세 권 대출하려고 해요.; POLITE; PASS",
        "counter other; 이 두 개 주세요.; 이 사과 두 개 주세요.; POLITE; PASS",
        // N번 for the numbered seat
        "numbered; 저기요, C열 15번이 어느 쪽이에요?; C열 15번 자리가 어디예요?|C-15 좌석이 어디에 있어요?; POLITE; PASS",
        "numbered room; 305번은 어디예요?; 305번 방은 어디예요?; POLITE; PASS",
        // an adjective modifying 거
        "modifier; 나 매운 거 못 먹는 거 알지? 이거 매운 거 아니야?; 이거 매워? 나 매운 거 잘 못 먹어.|이 음식 맵지 않아? 난 매운 걸 잘 못 먹거든.; CASUAL; PASS",
        // two listed plans in the other order
        "reordered; 이번 방학에는 한국어 공부도 하고 부산에도 놀러 갈 거예요.; 방학에 부산에 여행 가고 한국어를 공부할 거예요.|방학 때 부산 여행을 하고 한국어 공부를 하려고 해요.; POLITE; PASS",
        "reordered look-alike: the item said twice; 한국어 공부도 하고 한국어 공부도 할 거예요.; 방학에 부산에 여행 가고 한국어를 공부할 거예요.|방학 때 부산 여행을 하고 한국어 공부를 하려고 해요.; POLITE; FAIL",
        "counter look-alike: no number; 이 대출할게요.; 이 책 대출할게요.; POLITE; FAIL",
        "numbered look-alike: the number alone; C열이 어느 쪽이에요?; C열 15번 자리가 어디예요?; POLITE; FAIL",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict) {
        RuleRows.check(EVALUATOR, rule, answer, accepted, Register.valueOf(register), verdict);
    }
}
