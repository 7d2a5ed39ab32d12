package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Modifiers written after their noun (session 30, helper s30b): Korean is head-final, Indonesian head-first. Per
 * mechanism, wrong answers it catches and correct look-alikes it must pass, on other tasks than the development sets: a
 * demonstrative after its noun before a question word however the copula is spelt ({@link ModifiersAfterHead}), a
 * plural possessor (저희, 우리, 너희) after its noun with a place particle ({@link ModifiersAfterHead}), a noun before the
 * country or language it is from, with the copula ({@link HeadFirstPhrases#headBeforeOrigin}), and a compound turned round
 * and closed by a quantity ({@link NounPhraseOrder#attestedSwaps}).
 */
class WordOrderSession30Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // a demonstrative after its noun, before a question word
            "시계 이 얼마에요?; 이 시계는 가격이 어떻게 돼요?; POLITE; word_order/phrase; 시계 이→이 시계",
            "모자 그 얼마에요?; 그 모자는 가격이 어떻게 돼요?; POLITE; word_order/phrase; 모자 그→그 모자",
            "치마 이 얼마야?; 이 치마는 가격이 얼마야?; CASUAL; word_order/phrase; 치마 이→이 치마",
            "저기요, 소파 이 얼마에요?; 이 소파는 가격이 어떻게 돼요?; POLITE; word_order/phrase; 소파 이→이 소파",
            "사과 이 개 얼마예요?; 사과 두 개에 얼마예요?; POLITE; NO word_order; *",
            "가방 이 얼마예요?; 가방은 가격이 어떻게 돼요?; POLITE; NO word_order; *",
            "이 가방 얼마예요?; 이 가방은 가격이 어떻게 돼요?; POLITE; PASS; *",
            "가방이 얼마예요?; 이 가방은 가격이 어떻게 돼요?; POLITE; NO word_order; *",
            "그 모자 얼마예요?; 그 모자는 가격이 어떻게 돼요?; POLITE; PASS; *",
            // a plural possessor after its noun, with a place particle
            "회사 저희에 오신 것을 환영합니다.; 저희 회사를 방문해 주셔서 감사합니다.; FORMAL; word_order/phrase; 회사 저희에→저희 회사에",
            "식당 저희에서 드시고 가세요.; 여기서 드시고 가세요.; POLITE; word_order/phrase; 식당 저희에서→저희 식당에서",
            "집 너희에 가도 돼?; 너희 집 가도 돼?; CASUAL; word_order/phrase; 집 너희에→너희 집에",
            "동네 우리에는 공원이 많아요.; 저희 동네에는 공원이 많아요.; POLITE; word_order/phrase; 동네 우리에는→우리 동네에는",
            "호텔 저희가 예약했어요.; 저희가 호텔을 예약했어요.; POLITE; NO word_order; *",
            "토끼 우리에 물을 넣었어요.; 토끼 우리에 물을 넣었어요.; POLITE; PASS; *",
            "선물 저희에게 주셨어요.; 선물을 저희에게 주셨어요.; POLITE; NO word_order; *",
            "저희 회사에 오신 것을 환영합니다.; 저희 회사를 방문해 주셔서 감사합니다.; FORMAL; NO word_order; *",
            // a noun before the country or language it is from, with the copula
            "제 발표 주제는 음식 베트남입니다.; 오늘은 베트남 음식에 대해 발표하겠습니다.; FORMAL; word_order/phrase; 음식 베트남입니다→베트남 음식입니다",
            "이 책은 책 영어예요.; 이건 영어 책이에요.; POLITE; word_order/phrase; 책 영어예요→영어 책이에요",
            "이거 차 한국이에요.; 이거 한국 차인데요, 선물이에요.; POLITE; word_order/phrase; 차 한국이에요→한국 차예요",
            "제 취미는 영화 일본이야.; 내 취미는 일본 영화 보기야.; CASUAL; word_order/phrase; 영화 일본이야→일본 영화야",
            "커피 인도네시아예요?; 이 커피 인도네시아 거예요?; POLITE; NO word_order; *",
            "제 고향은 인도네시아예요.; 저는 인도네시아에서 왔어요.; POLITE; NO word_order; *",
            "이 커피는 인도네시아 커피예요.; 이거 인도네시아 커피예요.; POLITE; PASS; *",
            "제 취미는 요리예요.; 제 취미는 요리하기예요.; POLITE; NO word_order; *",
            // a compound turned round, closed by a quantity
            "볶음밥 김치 하나 주세요.; 김치볶음밥 하나 주세요.; POLITE; word_order/phrase; 볶음밥 김치→김치볶음밥",
            "찌개 된장 하나 주세요.; 된장찌개 하나 주세요.|된장찌개 1인분 주세요.; POLITE; word_order/phrase; 찌개 된장→된장찌개",
            "약 감기 하나 주세요.; 감기약 하나 주세요.; POLITE; word_order/phrase; 약 감기→감기약",
            "주스 오렌지 두 병 주세요.; 오렌지주스 두 병 주세요.; POLITE; word_order/phrase; 주스 오렌지→오렌지주스",
            "김치찌개 하나하고 불고기 하나 주세요.; 김치찌개 하나랑 불고기 하나 주세요.; POLITE; PASS; *",
            "커피 아이스로 한 잔 주세요.; 아이스 커피 한 잔 주세요.; POLITE; NO word_order; *",
            "사과 바나나 하나씩 주세요.; 사과하고 바나나 하나씩 주세요.; POLITE; NO word_order; *",
            "물 두 병 주세요.; 물 두 병 주세요.; POLITE; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
