package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 14 (eval24d): numbers, counters, month names and the copula's tense on the learner's own words —
 * a compound native numeral equal to digits, 층 and 박 with Sino-Korean numbers, 켤레 for footwear, 유월 and
 * 시월, a past copula for a present one, a quantity before a bare object, and the meeting place of 만나다. Rows are new sentences, not
 * the probe's.
 */
class NumberNotationsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // digits for a compound native numeral (스물네, 열두, 서른다섯) state the same number
        "FORMAL; 저는 24살이고 회사에 다니고 있습니다.; 저는 스물네 살이고 회사에 다니고 있습니다.",
        "POLITE; 제 동생은 12살이에요.; 제 동생은 열두 살이에요.",
        "POLITE; 학생이 35명 있어요.; 학생이 서른다섯 명 있어요.",
        // 유월 and 시월 are the months 6 and 10
        "POLITE; 시월에 한국에 가요.; 10월에 한국에 가요.",
        "POLITE; 유월에 졸업해요.; 6월에 졸업해요.",
        // 층 counting floors, 박 the family name
        "POLITE; 세 층 올라가세요.; 3층으로 올라가세요.",
        "POLITE; 네, 박 선생님을 만났어요.; 네, 2박 했어요.",
        // a quantity after a noun, or before a compound's first noun
        "POLITE; 밥 한 그릇 더 주세요.; 공깃밥 한 그릇 더 주세요.",
        "POLITE; 신발 한 켤레 샀어요.; 신발 한 켤레 샀어요.",
        // the time of a meeting keeps 에, and 에 of a goal before -(으)러
        "POLITE; 토요일 세 시에 만나요.; 토요일 오후 세 시에 카페에서 봐요.",
        "POLITE; 친구를 만나러 학교에 가요.; 학교에 친구 만나러 가요."
    })
    void correctAnswersPass(String register, String answer, String expected) {
        RuleRows.check(EVALUATOR, "numbers", answer, expected, Register.valueOf(register), "PASS");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // register; answer; accepted; category; subtype; original; correction
        "POLITE; 화장실은 세 층에 있어요.; 화장실은 3층에 있어요.; VOCABULARY; counter/native_for_sino; 세; 삼",
        "POLITE; 사무실은 네 층이에요.; 사무실은 사 층이에요.; VOCABULARY; counter/native_for_sino; 네; 사",
        "POLITE; 세 박 예약했어요.; 3박 예약했어요.; VOCABULARY; counter/native_for_sino; 세; 삼",
        "FORMAL; 두박 묵겠습니다.; 2박 묵겠습니다.; VOCABULARY; counter/native_for_sino; 두박; 2박",
        "POLITE; 양말 세 개 주세요.; 양말 세 켤레 주세요.; VOCABULARY; counter/wrong_counter; 개; 켤레",
        "POLITE; 구두 한 개를 샀어요.; 구두 한 켤레를 샀어요.; VOCABULARY; counter/wrong_counter; 개를; 켤레를",
        "POLITE; 십월에 한국에 가요.; 10월에 한국에 가요.; SPELLING; spelling/letters; 십월에; 시월에",
        "POLITE; 육월부터 일해요.; 6월부터 일해요.; SPELLING; spelling/letters; 육월부터; 유월부터",
        "POLITE; 회의는 몇 시였어요?; 회의는 몇 시예요?; TENSE; tense/present; 시였어요; 시예요",
        "POLITE; 어제는 제 생일이에요.; 어제는 제 생일이었어요.; TENSE; tense/past; 생일이에요; 생일이었어요",
        "POLITE; 두 잔 물 좀 주세요.; 물 두 잔 좀 주세요.; WORD_ORDER; word_order/numeral_before_noun; 두 잔 물; 물 두 잔",
        "POLITE; 한 그릇 국수 더 주세요.; 국수 한 그릇 더 주세요.; WORD_ORDER; word_order/numeral_before_noun; 한 그릇 국수; 국수 한 그릇",
        // the meeting place of 만나다 takes 에서, whatever the accepted answer's other words
        "CASUAL; 도서관 입구에 만나.; 도서관 입구에서 보자.; PARTICLE_WRONG; particle_wrong/location_for_action_place; 입구에; 입구에서",
        "POLITE; 내일 학교 앞에 만나요.; 내일 오후에 학교 앞에서 봐요.; PARTICLE_WRONG; particle_wrong/location_for_action_place; 앞에; 앞에서"
    })
    void theErrorIsNamed(String register, String answer, String expected, String category, String subtype,
            String original, String correction) {
        RuleRows.corrected(EVALUATOR, Register.valueOf(register), answer, expected, ErrorCategory.valueOf(category),
                subtype, original, correction);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // another number in digits still fails
        "FORMAL; 저는 25살입니다.; 저는 스물네 살입니다.",
        "POLITE; 저는 학생이였어요.; 저는 학생이었어요."
    })
    void otherErrorsStillFail(String register, String answer, String expected) {
        RuleRows.check(EVALUATOR, "numbers", answer, expected, Register.valueOf(register), "FAIL");
    }
}
