package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accepted-answer guards relaxed where the measurement on all development sets allowed it (session 35, helper s35c;
 * docs/evaluation.md): checks that read the learner's own words and fire whatever the accepted answers write. Each
 * row's accepted answers are chosen so that none writes the learner's noun with the missing particle, or the numbered
 * place in the right order, so the check stands on the learner's words alone. Beside them the look-alikes that keep
 * passing: the particle written, a noun used as an adverb, a size or a price after a noun, a means of paying that is
 * the object.
 */
class UnguardedRolesSession35Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    /** {@code BareRoles#placeAfterObject}: the place bare between the object and a verb of putting. */
    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            "남은 음식을 봉투 넣어 주세요.; 남은 음식 포장해 주세요.|이거 남은 거 좀 싸 주실 수 있어요?; POLITE; particle_missing/location; 봉투→봉투에",
            "서류를 서랍 넣었어요.; 서류는 잘 정리했어요.; POLITE; particle_missing/location; 서랍→서랍에",
            "우산을 현관 두고 왔어요.; 우산을 놓고 왔어요.; POLITE; particle_missing/location; 현관→현관에",
            "과일을 냉장고 넣어 주세요.; 과일 좀 보관해 주세요.; POLITE; particle_missing/location; 냉장고→냉장고에",
            "사진을 앨범 넣었어요.; 사진을 정리했어요.; POLITE; particle_missing/location; 앨범→앨범에",
            "열쇠를 책상 놓고 나왔어요.; 열쇠를 놓고 나왔어요.; POLITE; particle_missing/location; 책상→책상에",
            // look-alikes: the particle written, the object dropped, a noun used as an adverb, no verb of putting
            "남은 음식을 봉투에 넣어 주세요.; 남은 음식 포장해 주세요.; POLITE; NO particle_missing; *",
            "가방에 책 넣었어요.; 가방에 책을 넣었어요.; POLITE; NO particle_missing; *",
            "가방을 잠깐 두고 올게요.; 가방 잠깐 두고 올게요.; POLITE; NO particle_missing; *",
            "짐을 전부 넣었어요.; 짐 전부 넣었어요.; POLITE; NO particle_missing; *",
            "음식을 봉투 주세요.; 음식 봉투 주세요.; POLITE; NO particle_missing/location; *",
    })
    void placeAfterObject(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    /** {@code BareRoles#endOfTripAsked}: the end of a trip bare before the question of its length. */
    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            "시청 걸어서 얼마나 걸려?; 시청 가는 데 얼마나 걸려?; CASUAL; particle_missing/until; 시청→시청까지",
            "인천공항 택시로 얼마나 걸려요?; 택시 타면 얼마나 걸려요?; POLITE; particle_missing/until; 인천공항→인천공항까지",
            "서울역 지하철로 몇 분 걸려요?; 몇 분 걸려요?; POLITE; particle_missing/until; 서울역→서울역까지",
            "여기서 박물관 걸어서 얼마나 걸려요?; 여기서 얼마나 걸려요?; POLITE; particle_missing/until; 박물관→박물관까지",
            "병원 버스로 얼마나 걸립니까?; 버스로 얼마나 걸립니까?; FORMAL; particle_missing/until; 병원→병원까지",
            // look-alikes: 까지 written, no place, no question of length, no 걸리다
            "시청까지 걸어서 얼마나 걸려?; 시청까지 얼마나 걸려?; CASUAL; NO particle_missing; *",
            "보통 얼마나 걸려요?; 보통 얼마나 걸리나요?; POLITE; NO particle_missing; *",
            "서울역 얼마나 걸려요?; 얼마나 걸려요?; POLITE; NO particle_missing/until; *",
            "배송 얼마나 걸려요?; 배송이 얼마나 걸려요?; POLITE; NO particle_missing; *",
            "공항 얼마나 멀어요?; 공항이 얼마나 멀어요?; POLITE; NO particle_missing; *",
            "인천공항까지 보통 얼마나 걸립니까?; 인천공항까지 얼마나 걸립니까?; FORMAL; NO particle_missing; *",
    })
    void endOfTripAsked(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    /** {@code BareRoles#meansOfPaying} and {@code HeadFirstPhrases#numberAfterNoun} with no accepted answer's word. */
    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            "카드 계산할게요.; 계산할게요.; POLITE; particle_missing/means; 카드→카드로",
            "현금 계산해도 돼요?; 계산해도 돼요?; POLITE; particle_missing/means; 현금→현금으로",
            "오늘은 상품권 지불할게요.; 오늘은 제가 낼게요.; POLITE; particle_missing/means; 상품권→상품권으로",
            "강남역 출구 3으로 가 주세요.; 강남역으로 가 주세요.; POLITE; word_order/phrase; 출구 3으로→3번 출구로",
            "게이트 5 어디예요?; 탑승구가 어디예요?; POLITE; word_order/phrase; 게이트 5→5번 게이트",
            // look-alikes: what is paid for, each paying for oneself, a size or a price after a noun
            "음료수 계산할게요.; 음료수는 제가 계산할게요.; POLITE; NO particle_missing; *",
            "각자 계산할게요.; 각자 낼게요.; POLITE; NO particle_missing; *",
            "이 신발 250 있어요?; 이 신발 250 사이즈 있어요?; POLITE; NO word_order; *",
            "월세 50만 원 이하로 있어요?; 월세 50만 원 이하 있어요?; POLITE; NO word_order; *",
            "3번 출구로 나와.; 3번 출구로 나와 줘.; CASUAL; NO word_order; *",
    })
    void widenedChecks(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
