package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recall classes of session 21 (s21b), through the whole rule evaluator with {@link RuleRows#verdictRow}: a noun
 * phrase turned round, its head before its modifier ({@link NounPhraseOrder#modifierAfterNoun},
 * {@link NounPhraseOrder#modifierAfterHead}), the day after the clock time ({@link ClauseOrder}), the asked promise
 * corrected into the offer an accepted answer makes ({@link ClauseEndings#promiseQuestion}), an honoured
 * receiver marked with 에 ({@link GoalsOfGivingAndRiding}), and a negated adjective asked for with -아/어 주세요
 * ({@link VerbPhraseForms}). Each class has the error caught on its span and
 * look-alikes that are correct Korean and keep passing. The sentences are made up for the test.
 */
class NounPhraseOrderSession21bTest {

    private static final RuleEvaluator RULES = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} → {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // an adnominal behind its noun, with its adverb, where the accepted answer has it before that noun
        "POLITE; 가방 큰 주세요.; 큰 가방 주세요.; word_order/phrase; 가방 큰→큰 가방",
        "POLITE; 핸드폰 까만 있어요?; 까만 핸드폰 있어요?; word_order/phrase; 핸드폰 까만→까만 핸드폰",
        "POLITE; 저 바지 사이즈 더 작은 있어요?; 더 작은 사이즈 있어요?|이 바지 더 작은 사이즈로 입어 봐도 돼요?; word_order/phrase; 사이즈 더 작은→더 작은 사이즈",
        // 이번 behind the noun it places in time
        "CASUAL; 주말 이번 저녁에 같이 밥 먹을래?; 이번 주말 저녁에 같이 밥 먹을래?; word_order/phrase; 주말 이번→이번 주말",
        // the day after the part of the day and its hour
        "POLITE; 오후 3시 내일 만날 수 있어요?; 내일 오후 3시에 만날 수 있어요?; word_order/phrase; 오후 3시 내일→내일 오후 3시",
        "POLITE; 저녁 일곱 시 토요일에 예약하고 싶어요.; 토요일 저녁 일곱 시에 예약하고 싶어요.; word_order/phrase; 저녁 일곱 시 토요일에→토요일 저녁 일곱 시에",
        // the asked promise: the offer with -(으)ㄹ까 where an accepted answer makes it
        "CASUAL; 추워? 창문 닫아 줄게?; 추워? 창문 닫아 줄까?; ending/promise_question; 줄게→줄까",
        "CASUAL; 과일 씻어 왔어. 어디에 둘게?; 과일 씻어 왔어. 어디에 둘까?; ending/promise_question; 둘게→둘까",
        // an honoured receiver of giving or sending with 에
        "FORMAL; 내일까지 팀장님에 서류를 보내 드리겠습니다.; 내일까지 서류를 메일로 보내 드리겠습니다.; particle_wrong/location_for_honorific_dative; 팀장님에→팀장님께",
        "POLITE; 어제 할머니에 꽃을 드렸어요.; 어제 꽃을 드렸어요.; particle_wrong/location_for_honorific_dative; 할머니에→할머니께",
        // a negated adjective asked for with -아/어 주세요
        "POLITE; 떡볶이는 너무 맵지 않아 주세요.; 떡볶이는 너무 맵지 않게 해 주세요.; ending/adjective_request; 않아→않게 해",
        // look-alikes that are right and keep passing
        "POLITE; 떡볶이는 너무 맵지 않게 해 주세요.; 떡볶이는 너무 맵지 않게 해 주세요.; PASS; -",
        "FORMAL; 내일까지 팀장님께 서류를 보내 드리겠습니다.; 내일까지 팀장님께 서류를 보내 드리겠습니다.; PASS; -",
        "FORMAL; 내일까지 본사에 서류를 보내 드리겠습니다.; 내일까지 본사에 서류를 보내 드리겠습니다.; PASS; -",
        "POLITE; 핸드폰 까만 거 있어요?; 까만 핸드폰 있어요?; PASS; -",
        "POLITE; 가방 큰 걸로 주세요.; 큰 가방 주세요.; PASS; -",
        "POLITE; 라떼 따뜻한 걸로 한 잔 주세요.; 따뜻한 라떼 한 잔 주세요.; PASS; -",
        "POLITE; 죄송한데 텔레비전 소리를 좀 줄여 주실 수 있어요?; 늦었는데 텔레비전 소리 좀 줄여 주시겠어요?; PASS; -",
        // two nouns after one another are often right in either order: not read as a phrase turned round
        "POLITE; 아메리카노 아이스로 한 잔 주세요.; 아이스 아메리카노 한 잔 주세요.|차가운 아메리카노 한 잔 주세요.; PASS; -",
        "CASUAL; 이번 주 토요일 저녁에 밥 먹을래?; 이번 주말 저녁에 같이 밥 먹을래?; PASS; -",
        "POLITE; 내일 오후 3시에 만날 수 있어요?; 내일 오후 3시에 만날 수 있어요?; PASS; -",
        "CASUAL; 추워? 창문 닫아 줄까?; 추워? 창문 닫아 줄까?; PASS; -",
    })
    void rowsBothWays(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(RULES, Register.valueOf(register), answer, accepted, expected, span);
    }
}
