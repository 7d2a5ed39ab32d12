package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word order inside the noun phrase and of time expressions (session 28, helper s28c): nouns of one phrase turned
 * round as one accepted answer writes them, whichever accepted answer the comparison chooses
 * ({@link NounPhraseOrder#attestedSwaps}), three nouns head first ({@link NounPhraseOrder#threeNounsTurnedRound}), a
 * room number after its thing, a clock time with its half or minutes before the part of the day, a quantity floated
 * after its noun as an accepted answer floats it; and two bare arguments scrambled before the verb, the place
 * without its 에, which are no word-order error. Each class has wrong answers it catches and correct look-alikes.
 */
class NounPhraseOrderSession28Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // two nouns turned round, attested in another accepted answer than the nearest
            "제일 가까운 정류장 버스가 어디예요?; 여기서 제일 가까운 버스 정류장이 어디예요?; POLITE; word_order/phrase; 정류장 버스가→버스 정류장이",
            "에어컨 805호가 고장 났어요.; 805호 에어컨이 안 돼요.; POLITE; word_order/phrase; 에어컨 805호가→805호 에어컨이",
            "냉장고 302호가 안 돼요.; 302호 냉장고가 고장 났어요.; POLITE; word_order/phrase; 냉장고 302호가→302호 냉장고가",
            "선물 엄마로 이거 어때?; 엄마 선물로 이거 어때?; CASUAL; word_order/phrase; 선물 엄마로→엄마 선물로",
            // three nouns head first
            "케이크 생일 초콜릿 하나 주문하고 싶어요.; 초콜릿 생일 케이크 하나 주문할게요.; POLITE; word_order/phrase; 케이크 생일 초콜릿→초콜릿 생일 케이크",
            "교재 한국어 초급이 어디에 있어요?; 초급 한국어 교재는 어디에 있어요?; POLITE; word_order/phrase; 교재 한국어 초급이→초급 한국어 교재가",
            "시간표 버스 공항 있어요?; 공항 버스 시간표 있어요?; POLITE; word_order/phrase; 시간표 버스 공항→공항 버스 시간표",
            "신청서 비자 연장을 주세요.; 연장 비자 신청서를 주세요.; POLITE; word_order/phrase; 신청서 비자 연장을→연장 비자 신청서를",
            // a clock time with its half or minutes before the part of the day
            "내일 여섯 시 반 아침에 모닝콜 해 주세요.; 내일 아침 여섯 시 반에 모닝콜 부탁해요.; POLITE; word_order/phrase; 여섯 시 반 아침에→아침 여섯 시 반에",
            "7시 30분 저녁에 만나요.; 저녁 7시 30분에 만나요.; POLITE; word_order/phrase; 7시 30분 저녁에→저녁 7시 30분에",
            "두 시 반에 오후 회의가 있어요.; 오후 두 시 반에 회의가 있어요.; POLITE; word_order/phrase; 두 시 반에 오후→오후 두 시 반에",
            "열 시 십 분 밤에 도착해요.; 밤 열 시 십 분에 도착해요.; POLITE; word_order/phrase; 열 시 십 분 밤에→밤 열 시 십 분에",
            // a quantity floated after its noun, as an accepted answer floats it
            "하나 가방이 더 있습니다.; 가방을 하나 더 부치고 싶습니다.; FORMAL; word_order/numeral_before_noun; 하나 가방이→가방이 하나",
            "두 개 사과를 샀어요.; 사과를 두 개 샀어요.; POLITE; word_order/numeral_before_noun; 두 개 사과를→사과를 두 개",
            "두 개 사과를 샀어요.; 사과 두 개를 샀어요.; POLITE; word_order/numeral_before_noun; 두 개 사과를→사과 두 개를",
            "하나 표가 더 필요해요.; 표가 하나 더 필요해요.; POLITE; word_order/numeral_before_noun; 하나 표가→표가 하나",
            // look-alikes: two arguments scrambled, the room of a building, the phrase in order, a clock before a noun
            "전자레인지 도시락 데워 주세요.; 이 도시락 전자레인지에 데워 주실 수 있어요?; POLITE; NO word_order; *",
            "전자레인지 도시락 데워 주세요.; 도시락 전자레인지에 데워 주세요.; POLITE; NO word_order; *",
            "친구 선물 보냈어요.; 선물 친구한테 보냈어요.; POLITE; particle_missing/dative; 친구→친구한테",
            "선생님 책 드리고 싶어요.; 책 선생님께 드리고 싶어요.; POLITE; particle_missing/dative; 선생님→선생님께",
            "전자레인지에 도시락 데워 주세요.; 이 도시락 전자레인지에 데워 주실 수 있어요?; POLITE; PASS; *",
            "선생님께 책 드리고 싶어요.; 책 선생님께 드리고 싶어요.; POLITE; PASS; *",
            "방 805호가 너무 더워요.; 805호 방이 너무 더워요.; POLITE; NO word_order; *",
            "호텔 805호에 있어요.; 805호 호텔에 있어요.; POLITE; NO word_order; *",
            "아침 여섯 시 반에 모닝콜 해 주세요.; 내일 아침 여섯 시 반에 모닝콜 부탁해요.; POLITE; NO word_order; *",
            "7시 30분 저녁 약속이 있어요.; 저녁 7시 30분에 약속이 있어요.; POLITE; NO word_order; *",
            "여섯 시 반에 아침 먹어요.; 아침은 여섯 시 반에 먹어요.; POLITE; NO word_order; *",
            "가방이 하나 더 있습니다.; 수하물이 하나 더 있습니다.; FORMAL; NO word_order; *",
            "한국어 초급 교재가 어디에 있어요?; 초급 한국어 교재는 어디에 있어요?; POLITE; NO word_order; *",
            "버스 정류장이 어디예요?; 가장 가까운 버스 정류장은 어디에 있어요?; POLITE; NO word_order; *",
            "한 사이즈 큰 거 있어요?; 더 큰 사이즈 있어요?; POLITE; PASS; *",
            "엄마 선물로 이거 어때?; 선물로 엄마한테 이거 어때?; CASUAL; NO word_order; *",
            "일곱 시에 저녁 먹자.; 7시에 같이 저녁 먹을래?; CASUAL; NO word_order; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
