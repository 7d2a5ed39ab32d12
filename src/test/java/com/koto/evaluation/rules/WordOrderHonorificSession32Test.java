package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 32 (helper s32d): -(으)시- on the passive -되다 of a thing ({@link UnhonouredSubjects}) and modifiers written
 * after their noun. Per mechanism, wrong answers it catches and correct look-alikes it must pass, on other tasks than
 * the development sets.
 */
class WordOrderHonorificSession32Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // -(으)시- on a verbal noun's -되다 whose subject is a thing
            "저기요, 이 가격에 세금 포함되세요?; 이 가격에 세금 포함돼요?; POLITE; honorific/si_thing; 포함되세요→포함돼요",
            "여보세요, 오늘 저녁 7시에 예약되세요?; 오늘 저녁 7시에 예약돼요?; POLITE; honorific/si_thing; 예약되세요→예약돼요",
            "이 택배 내일 배송되세요?; 이 택배 내일 배송돼요?|이 택배 내일 도착해요?; POLITE; honorific/si_thing; 배송되세요→배송돼요",
            "이 가격에 세금 포함돼요?; 이 가격에 세금 포함돼요?; POLITE; PASS; *",
            "손님, 예약 확인되셨어요?; 손님, 예약 확인되셨어요?; POLITE; NO honorific; *",
            "어제 주문한 책이 오늘 배달됐어요.; 어제 주문한 책이 오늘 배달됐어요.; POLITE; PASS; *",
            "선생님, 오늘 통화 연결되세요?; 오늘 통화 연결돼요?; POLITE; NO honorific; *",
            "좋은 하루 되세요.; 좋은 하루 보내세요.; POLITE; PASS; *",
            // a determiner with a place particle after its noun, attested modifier first
            "저기요, 주변 이에 약국이 있어요?; 이 주변에 약국이 있어요?; POLITE; word_order/phrase; 주변 이에→이 주변에",
            "동네 그에서 살았어요.; 그 동네에서 살았어요.; POLITE; word_order/phrase; 동네 그에서→그 동네에서",
            "이 근처에 약국이 있어요?; 이 근처에 약국이 있어요?; POLITE; PASS; *",
            "결과 이에 따라 결정했어요.; 이 결과에 따라 결정했어요.; POLITE; NO word_order; *",
            // an adnominal form with the copula fused, after its noun
            "제 방은 방 작은이에요.; 제 방은 작은 방이에요.; POLITE; word_order/phrase; 방 작은이에요→작은 방이에요",
            "서울은 큰 도시입니다.; 서울은 큰 도시입니다.; FORMAL; PASS; *",
            // an adnominal form alone after a noun is a relative clause with its subject's 이/가 dropped: not read
            "콘센트 있는 자리 있어요?; 콘센트가 있는 자리 있어요?; POLITE; NO word_order; *",
            "날씨 좋은 날 같이 가요.; 좋은 날 같이 가요.; POLITE; NO word_order; *",
            "빵 남은 거 포장해 주세요.; 남은 빵 포장해 주세요.; POLITE; NO word_order; *",
            "남은 빵 포장해 주세요.; 남은 빵 포장해 주세요.; POLITE; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
