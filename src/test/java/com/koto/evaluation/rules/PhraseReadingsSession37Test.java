package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 37 (s37a): precision classes read on the learner's own words ({@link PhraseReadings}, {@link QuantityOrder}'s
 * comma, {@link NounPhraseOrder}'s verb after a noun, {@link TimeWords}' dated event, {@link Spacing}'s 못 하다) and
 * the renamed slip -았/었다가. Each class: correct look-alikes that pass, and the errors
 * the same rules still catch. My own sentences, not the sets'.
 */
class PhraseReadingsSession37Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} for {2}: {3}")
    @CsvSource(delimiter = ';', value = {
            // a comma closes the quantity: the next noun opens the next item of the list
            "POLITE; 김밥 하나, 라면 하나 주세요.; 김밥 하나하고 라면 하나 주세요.; PASS; *",
            "POLITE; 물 한 병, 주스 한 병 주세요.; 물 한 병하고 주스 한 병 주세요.; PASS; *",
            "POLITE; 빵은 하나, 우유는 두 개 주세요.; 빵 하나하고 우유 두 개 주세요.; PASS; *",
            "POLITE; 커피 한 잔, 물 한 잔 주세요.; 커피 한 잔하고 물 한 잔 주세요.; PASS; *",
            "POLITE; 라면 하나 김밥 하나 주세요.; 라면 하나하고 김밥 하나 주세요.; PASS; *",
            "POLITE; 하나 김밥 주세요.; 김밥 하나 주세요.; word_order/numeral_before_noun; 하나 김밥→김밥 하나",
            "POLITE; 두 잔 커피를 주세요.; 커피 두 잔 주세요.; word_order/numeral_before_noun; 두 잔 커피를→커피 두 잔을",
            "POLITE; 세 권 책을 샀어요.; 책 세 권을 샀어요.; word_order/numeral_before_noun; 세 권 책을→책 세 권을",
            "POLITE; 떡볶이 하나 주세요. 하나 순대도 주세요.; 떡볶이 하나하고 순대도 하나 주세요.; word_order/numeral_before_noun; *",
            "POLITE; 하나 김밥, 라면 하나 주세요.; 김밥 하나하고 라면 하나 주세요.; word_order/numeral_before_noun; 하나 김밥→김밥 하나",
    })
    void commaClosesQuantity(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{1} for {2}: {3}")
    @CsvSource(delimiter = ';', value = {
            // a place noun before a role noun: one noun phrase, 'hotel staff'
            "POLITE; 저는 학교 선생님으로 일해요.; 저는 학교에서 일해요.; PASS; *",
            "POLITE; 저는 병원 간호사로 3년 일했어요.; 저는 병원에서 3년 일했어요.; PASS; *",
            "POLITE; 어제 회사 동료랑 점심을 먹었어요.; 어제 회사에서 점심을 먹었어요.; PASS; *",
            "FORMAL; 저는 호텔 요리사로 일했습니다.; 저는 호텔에서 일했습니다.; PASS; *",
            "POLITE; 저는 학원 강사로 일해요.; 저는 학원에서 일해요.; PASS; *",
            "POLITE; 저는 호텔 일했어요.; 저는 호텔에서 일했어요.; particle_missing; 호텔→호텔에서",
            "POLITE; 저는 회사 일해요.; 저는 회사에서 일해요.; particle_missing; 회사→회사에서",
            "POLITE; 저는 도서관 공부해요.; 저는 도서관에서 공부해요.; particle_missing; 도서관→도서관에서",
            "POLITE; 저는 식당 아르바이트했어요.; 저는 식당에서 아르바이트했어요.; particle_missing; 식당→식당에서",
            "POLITE; 저는 호텔 직원 두 년 동안 일했어요.; 저는 호텔에서 2년 동안 일했어요.; FAIL; *",
            "POLITE; 세 시에 카페 친구를 만나요.; 세 시에 카페에서 친구를 만나요.; particle_missing; 카페→카페에서",
    })
    void placeBeforeRole(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{1} for {2}: {3}")
    @CsvSource(delimiter = ';', value = {
            // 이/가 as the subject of a relative clause; 께서 with the clause's -시-
            "POLITE; 동생이 먹을 케이크를 샀어요.; 동생을 위해 케이크를 샀어요.; PASS; *",
            "POLITE; 아이가 읽을 책을 찾고 있어요.; 아이를 위해 책을 찾고 있어요.; PASS; *",
            "POLITE; 친구가 잘 방을 예약했어요.; 친구를 위해 방을 예약했어요.; PASS; *",
            "POLITE; 어머니가 입을 옷을 사고 싶어요.; 어머니를 위해 옷을 사고 싶어요.; PASS; *",
            "FORMAL; 선생님께서 책을 빌려 주셔서 감사합니다.; 선생님, 책을 빌려 주셔서 감사합니다.; PASS; *",
            "FORMAL; 사장님께서 저를 도와주셔서 감사합니다.; 사장님, 저를 도와주셔서 감사합니다.; PASS; *",
            "POLITE; 할머니께서 음식을 만들어 주셨어요.; 할머니, 음식을 만들어 주셔서 감사해요.; PASS; *",
            "POLITE; 제가 친구가 만났어요.; 제가 친구를 만났어요.; particle_wrong/subject_for_object; 친구가→친구를",
            "POLITE; 동생이 좋아해요.; 동생을 좋아해요.; particle_wrong/subject_for_object; 동생이→동생을",
            "FORMAL; 교수님께서 만났습니다.; 교수님을 만났습니다.; particle_wrong; 교수님께서→교수님을",
            "POLITE; 어제 사장님께서 만났어요.; 어제 사장님을 만났어요.; particle_wrong; 사장님께서→사장님을",
    })
    void subjectsOfOwnVerbs(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{1} for {2}: {3}")
    @CsvSource(delimiter = ';', value = {
            // the thing priced as the topic of 얼마예요
            "POLITE; 이 사과는 얼마예요?; 이 사과 얼마예요?; PASS; *",
            "POLITE; 바나나 한 송이는 얼마예요?; 바나나 한 송이에 얼마예요?; PASS; *",
            "POLITE; 딸기 한 상자는 얼마예요?; 딸기 한 상자에 얼마예요?; PASS; *",
            "POLITE; 1인분은 얼마예요?; 1인분에 얼마예요?; PASS; *",
            "FORMAL; 한 병은 얼마입니까?; 한 병에 얼마입니까?; PASS; *",
            "POLITE; 저는 서울은 살아요.; 저는 서울에 살아요.; particle_wrong/topic_for_location; 서울은→서울에",
            // 중 after a time noun
            "FORMAL; 이번 주 중 시간 괜찮으십니까?; 이번 주에 시간 괜찮으십니까?; PASS; *",
            "POLITE; 오늘 중 보내 주세요.; 오늘 보내 주세요.; PASS; *",
            "POLITE; 이번 달 중에 이사할 거예요.; 이번 달에 이사할 거예요.; PASS; *",
            "POLITE; 오전 중에 전화 주세요.; 오전에 전화 주세요.; PASS; *",
            "POLITE; 다음 중에 만나요.; 다음 주에 만나요.; spelling; 중에→주에",
            "POLITE; 중에 가요.; 주에 가요.; spelling; 중에→주에",
    })
    void topicsAndSpans(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{1} for {2}: {3}")
    @CsvSource(delimiter = ';', value = {
            // 거로 = 것으로 = 걸로
            "POLITE; 더 큰 거로 주세요.; 더 큰 걸로 주세요.; PASS; *",
            "POLITE; 빨간 거로 바꿔 주세요.; 빨간 걸로 바꿔 주세요.; PASS; *",
            "POLITE; 작은 것으로 주세요.; 작은 걸로 주세요.; PASS; *",
            "POLITE; 더 작은 거를 주세요.; 더 작은 걸 주세요.; PASS; *",
            "POLITE; 더 큰 거으로 주세요.; 더 큰 걸로 주세요.; particle_allomorph; 거으로→거로",
            "POLITE; 더 큰 거을 주세요.; 더 큰 걸 주세요.; particle_allomorph; 거을→거를",
            // a pronoun beside a kept word
            "CASUAL; 표 두 장 샀어. 너 같이 갈래?; 표 두 장 샀어. 같이 갈래?; PASS; *",
            "CASUAL; 케이크 만들었어. 너 먹을래?; 케이크 만들었어. 먹을래?; PASS; *",
            // the time of a named event
            "POLITE; 내일 콘서트 표를 샀어요.; 콘서트 표를 샀어요.; PASS; *",
            "CASUAL; 다음 주 금요일 영화 표 샀어.; 영화 표 샀어.; PASS; *",
            "POLITE; 다음 달 비행기 표를 예약했어요.; 비행기 표를 예약했어요.; PASS; *",
            "POLITE; 내일 회의 자료를 다 만들었어요.; 회의 자료를 다 만들었어요.; PASS; *",
            "POLITE; 내일 콘서트에 갔어요.; 내일 콘서트에 갈 거예요.; tense; *",
            "POLITE; 다음 주 토요일 콘서트 갔어요.; 다음 주 토요일 콘서트 갈 거예요.; tense; *",
            "POLITE; 내일 친구를 만났어요.; 내일 친구를 만날 거예요.; tense; *",
            "POLITE; 내일 영화를 봤어요.; 내일 영화를 볼 거예요.; tense; *",
    })
    void thingsPronounsAndEvents(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{1} for {2}: {3}")
    @CsvSource(delimiter = ';', value = {
            // the adverb 못 before 하다 is not noted; -지 못하다 and 못 before another verb are
            "POLITE; 바빠서 숙제를 못 했어요.; 바빠서 숙제를 못했어요.; NOSPACING",
            "FORMAL; 아파서 발표 준비를 못 했습니다.; 아파서 발표 준비를 하지 못했습니다.; NOSPACING",
            "POLITE; 시간이 없어서 운동을 못 해요.; 시간이 없어서 운동을 못해요.; NOSPACING",
            "POLITE; 숙제를 하지 못 했어요.; 숙제를 하지 못했어요.; SPACING",
            "POLITE; 일이 많아서 못갔어요.; 일이 많아서 못 갔어요.; SPACING",
            // a verb after a noun is no noun phrase turned round
            "POLITE; 이 소포 배로 일본까지 보내면 얼마예요?; 배로 보내면 일본까지 얼마예요?; PASS",
            "POLITE; 서울역까지 가면 얼마나 걸려요?; 가면 서울역까지 얼마나 걸려요?; PASS",
            "POLITE; 라테 따뜻한 거 두 잔 주세요.; 따뜻한 라테에 샷 추가해 주세요.; PASS",
            "POLITE; 자리 창가로 주세요.; 창가 자리로 주세요.; word_order",
            "POLITE; 약 두통 주세요.; 두통약 주세요.; word_order",
            "POLITE; 라떼 뜨거운 두 잔 주세요.; 카푸치노 주세요.; word_order",
    })
    void spacingAndOrder(String register, String answer, String accepted, String expected) {
        switch (expected) {
            case "NOSPACING" -> RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, "NO spacing", "*");
            case "SPACING" -> RuleRows.check(EVALUATOR, "spacing", answer, accepted, Register.valueOf(register), "SPACING");
            default -> RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, "*");
        }
    }

    @ParameterizedTest(name = "{1} for {2}: {3}")
    @CsvSource(delimiter = ';', value = {
            // -았/었다가 for -다가: an ending
            "POLITE; 어제 운동을 했다가 허리를 다쳤어요.; 어제 운동을 하다가 허리를 다쳤어요.; ending/past_before_daga; 했다가→하다가",
            "POLITE; 길을 걸었다가 넘어졌어요.; 길을 걷다가 넘어졌어요.; ending/past_before_daga; 걸었다가→걷다가",
            "POLITE; 요리를 했다가 손을 데었어요.; 요리를 하다가 손을 데었어요.; ending/past_before_daga; 했다가→하다가",
            "POLITE; 운동을 하다가 다쳤어요.; 운동을 하다가 다쳤어요.; PASS; *",
            "POLITE; 문을 열었다가 닫았어요.; 문을 열었다가 닫았어요.; PASS; *",
            "POLITE; 어제 축구를 하다가 넘어졌어요.; 어제 축구를 하다가 넘어졌어요.; PASS; *",
    })
    void renamedSlips(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
