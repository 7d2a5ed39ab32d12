package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wrong words and omissions of session 26 (helper s26d), as classes: 타다/내리다 and 월 for 달 ({@code confusables.json}),
 * 열이 하다 for 나다 (a collocation), another member of a closed class one letter away and a compound with two syllables
 * swapped ({@link OtherRealWords}); the task's item left out with the first part of the message, or beside a remark on
 * a state ({@link MissingParts#taskItems}); a whole sentence left out beside a slip of form ({@link OmissionsBesideSlips}).
 * Each class has wrong answers it catches and correct look-alikes that pass.
 */
class WordsAndOmissionsSession26Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // 타다 for 내리다 and back: the two ends of one ride
            "경복궁에 가려면 어디에서 타야 돼요?; 기사님, 경복궁에 가려면 어디에서 내려야 돼요?|경복궁 가려면 어느 정류장에서 내려요?; POLITE; vocabulary/confusable; 타야→내려야",
            "다음 정류장에서 타요.; 다음 정류장에서 내려요.; POLITE; vocabulary/confusable; 타요→내려요",
            "여기서 몇 번 버스를 내려야 돼요?; 여기서 몇 번 버스를 타야 돼요?; POLITE; vocabulary/confusable; 내려야→타야",
            "기사님, 여기서 탈게요.; 기사님, 여기서 내릴게요.; POLITE; vocabulary/confusable; 탈게요→내릴게요",
            // the right side, another wording, or 타다/내리다 of coffee
            "경복궁 가려면 어디서 내려요?; 기사님, 경복궁에 가려면 어디에서 내려야 돼요?; POLITE; PASS; *",
            "어느 정류장에서 내리면 돼요?; 어디에서 내려야 돼요?; POLITE; PASS; *",
            "커피 좀 타 주세요.; 커피 좀 내려 주세요.; POLITE; NO vocabulary/confusable; *",
            "지하철 타고 가요.; 지하철로 가요.; POLITE; PASS; *",
            // 월, a bound noun, after 다음/이번/한 for the free noun 달
            "다음 월에 어머니와 제주도 2박 3일 여행을 예약하고 싶습니다.; 다음 달에 어머니와 제주도 2박 3일 투어를 예약하고 싶습니다.; FORMAL; vocabulary/confusable; 월에→달에",
            "이번 월에 시험이 있어요.; 이번 달에 시험이 있어요.; POLITE; vocabulary/confusable; 월에→달에",
            "한 월 동안 한국에 있었어요.; 한 달 동안 한국에 있었어요.; POLITE; vocabulary; 월→달",
            // 월 after a number or 몇, 월요일 after 다음, and 달 itself
            "몇 월에 여행 가요?; 몇 월에 여행을 가요?; POLITE; PASS; *",
            "다음 주 월요일에 만나요.; 다음 월요일에 만나요.; POLITE; PASS; *",
            "다음 달 제주도에 가요.; 다음 달에 제주도에 가요.; POLITE; PASS; *",
            // 열이 하다 for 열이 나다
            "어제부터 머리가 아프고 열이 해요. 약 좀 주세요.; 어제부터 머리가 아프고 열이 나요. 약 좀 주세요.; POLITE; vocabulary/collocation; 해요→나요",
            "아이가 열이 해서 못 가요.; 아이가 열이 나서 못 가요.; POLITE; vocabulary/collocation; 해서→나서",
            "밤에 열이 많이 했어요.; 밤에 열이 많이 났어요.; POLITE; vocabulary/collocation; 했어요→났어요",
            // 열이 있다, 열이 좀 나다, 기침을 하다
            "어제부터 열이 있어요.; 어제부터 열이 나요.; POLITE; PASS; *",
            "어제부터 열이 좀 나요.; 어제부터 열이 나요.; POLITE; PASS; *",
            "기침을 많이 해요.; 기침이 많이 나요.; POLITE; NO vocabulary/collocation; *",
            // 늘이다 'lengthen' for 줄이다 'shorten': a contrast
            "이 바지 좀 늘여 주세요. 언제 찾을 수 있어요?; 이 바지 좀 줄여 주세요. 언제 찾을 수 있어요?; POLITE; vocabulary/contrast; 늘여→줄여",
            "이 소매 좀 늘여 주세요. 언제 돼요?; 이 소매 좀 줄여 주세요. 언제 돼요?; POLITE; vocabulary/contrast; 늘여→줄여",
            "이 치마 좀 늘여 주실 수 있어요?; 이 치마 좀 줄여 주실 수 있어요?; POLITE; vocabulary/contrast; 늘여→줄여",
            "바지가 너무 짧아요. 좀 늘여 주세요.; 바지가 너무 짧아요. 좀 늘여 주세요.; POLITE; PASS; *",
            "이 바지 좀 줄여 주실 수 있어요?; 이 바지 좀 줄여 주세요.; POLITE; PASS; *",
            "바지 기장을 좀 줄여 주세요.; 이 바지 좀 줄여 주세요.; POLITE; NO vocabulary/contrast; *",
            // the correction of a collocation keeps the learner's ending on 하다; a verb is corrected as it is
            "이 코트를 씻어 주세요. 언제 찾을 수 있어요?; 이 코트 드라이클리닝 좀 해 주세요. 언제 찾을 수 있어요?; POLITE; vocabulary/collocation; 씻어→드라이클리닝해",
            "이 신발 250으로 입어 보고 싶어요.; 이 신발 250으로 신어 보고 싶어요.; POLITE; vocabulary/collocation; 입어→신어",
            // another member of a closed class one letter away: another word, not a misspelling
            "미안, 토요일에는 일해야 돼. 월요일에 만나자.; 미안, 토요일에는 일해야 돼. 일요일에 만나자.; CASUAL; vocabulary/other_item; 월요일에→일요일에",
            "일요일까지 보내 주세요.; 월요일까지 보내 주세요.; POLITE; vocabulary/other_item; 일요일까지→월요일까지",
            "다음 주에 경주에 가요.; 다음 주에 광주에 가요.; POLITE; vocabulary/other_item; 경주에→광주에",
            // a slip that makes no member stays a misspelling; the member itself passes
            "일요얼에 만나자.; 일요일에 만나자.; CASUAL; spelling; *",
            "일요일 만나자.; 일요일에 만나자.; CASUAL; PASS; *",
            // a compound with two syllables turned round into another noun
            "인천항공으로 가 주세요. 가방이 있어서 트렁크 좀 열어 주세요.; 인천공항으로 가 주세요. 트렁크 좀 열어 주세요.|기사님, 인천공항까지 가 주세요. 짐이 있어서 트렁크를 열어 주시겠어요?; POLITE; vocabulary/confusable; 인천항공으로→인천공항으로",
            "김포항공까지 가 주세요.; 김포공항까지 가 주세요.; POLITE; vocabulary/confusable; 김포항공까지→김포공항까지",
            "내일 사회에 가요.; 내일 회사에 가요.; POLITE; vocabulary/confusable; 사회에→회사에",
            // the place itself spaced, shortened, or a swap that makes no word
            "인천 공항으로 가 주세요.; 인천공항으로 가 주세요.; POLITE; PASS; *",
            "공항으로 가 주세요.; 인천공항으로 가 주세요.; POLITE; NO vocabulary/confusable; *",
            "의편점에 가요.; 편의점에 가요.; POLITE; NO vocabulary/confusable; *",
    })
    void words(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // the order itself left out: every accepted answer names the dish, the learner never does
            "저는 고기를 안 먹어서 고기는 빼 주세요.; 비빔밥 하나 주세요. 제가 고기를 안 먹어서 고기는 빼 주세요.|비빔밥 한 그릇 주세요. 고기를 못 먹어서 고기는 넣지 말아 주세요.; POLITE; incomplete/missing_part; 저는→비빔밥 하나 주세요. 저는",
            "매운 거 못 먹어서 안 맵게 해 주세요.; 떡볶이 주세요. 매운 거 못 먹어서 안 맵게 해 주세요.|떡볶이 주세요. 매운 걸 못 먹어서 덜 맵게 해 주세요.; POLITE; incomplete; 매운→떡볶이 주세요. 매운",
            "얼음은 빼 주세요.; 아메리카노 주세요. 얼음은 빼 주세요.|아메리카노 한 잔 주세요. 얼음은 넣지 마세요.; POLITE; incomplete; *",
            // the dish named, pointed at or counted: nothing left out
            "비빔밥 주세요. 저는 고기를 안 먹어서 고기는 빼 주세요.; 비빔밥 하나 주세요. 제가 고기를 안 먹어서 고기는 빼 주세요.|비빔밥 한 그릇 주세요. 고기를 못 먹어서 고기는 넣지 말아 주세요.; POLITE; PASS; *",
            "이거 하나 주세요. 고기는 빼 주세요.; 비빔밥 하나 주세요. 제가 고기를 안 먹어서 고기는 빼 주세요.|비빔밥 한 그릇 주세요. 고기를 못 먹어서 고기는 넣지 말아 주세요.; POLITE; PASS; *",
            "비빔밥 하나 주세요. 고기를 안 먹어서 고기는 빼 주세요.; 비빔밥 하나 주세요. 제가 고기를 안 먹어서 고기는 빼 주세요.|비빔밥 한 그릇 주세요. 고기를 못 먹어서 고기는 넣지 말아 주세요.; POLITE; PASS; *",
            // a remark on a state instead of the part the task asks for
            "사장님, 방 히터가 고장 났어요. 너무 추워요.; 사장님, 방에 히터가 고장 났어요. 내일 와서 고쳐 주실 수 있어요?|안녕하세요, 난방기가 고장 났어요. 내일 고쳐 주세요.; POLITE; incomplete/missing_part; 났어요.→났어요. 내일 와서 고쳐 주실 수 있어요?",
            "집들이 축하해! 집이 정말 예쁘다.; 집들이 축하해! 이거 선물이야, 휴지 사 왔어.|이사 축하해. 선물로 휴지 가져왔어.; CASUAL; incomplete/missing_part; *",
            "세탁기가 고장 났어요. 너무 시끄러워요.; 세탁기가 고장 났어요. 내일 고쳐 주세요.|세탁기가 안 돼요. 내일 와서 고쳐 주실 수 있어요?; POLITE; incomplete/missing_part; *",
            // the remark beside the part said, or the part in words of the learner's own
            "사장님, 방 히터가 고장 났어요. 너무 추워요. 내일 좀 고쳐 주세요.; 사장님, 방에 히터가 고장 났어요. 내일 와서 고쳐 주실 수 있어요?|안녕하세요, 난방기가 고장 났어요. 내일 고쳐 주세요.; POLITE; PASS; *",
            "집들이 축하해! 집이 정말 예쁘다. 선물로 휴지 가져왔어.; 집들이 축하해! 이거 선물이야, 휴지 사 왔어.|이사 축하해. 선물로 휴지 가져왔어.; CASUAL; PASS; *",
            "세탁기가 고장 났어요. 너무 불편해요. 내일 수리해 주세요.; 세탁기가 고장 났어요. 내일 고쳐 주세요.|세탁기가 안 돼요. 내일 와서 고쳐 주실 수 있어요?; POLITE; PASS; *",
            // a whole sentence left out beside a slip of form
            "이 상자를 부산으로 택배 보내을 수 있어요?; 이 상자를 부산으로 택배 보낼 수 있어요? 얼마예요?|여기서 택배 보낼 수 있어요? 부산까지 얼마예요?; POLITE; incomplete/missing_word; 있어요→있어요? 얼마예요",
            "이 책을 빌리을 수 있어요?; 이 책을 빌릴 수 있어요? 언제까지 돌려줘야 돼요?; POLITE; incomplete; *",
            "이 상자을 부산으로 보낼 수 있어요?; 이 상자를 부산으로 보낼 수 있어요? 얼마예요?; POLITE; incomplete; *",
            // the sentence said in other words, or the slip alone
            "이 상자를 부산으로 택배 보낼 수 있어요? 가격이 어떻게 돼요?; 이 상자를 부산으로 택배 보낼 수 있어요? 얼마예요?|여기서 택배 보낼 수 있어요? 부산까지 얼마예요?; POLITE; PASS; *",
            "이 상자를 부산으로 택배 보내을 수 있어요? 얼마예요?; 이 상자를 부산으로 택배 보낼 수 있어요? 얼마예요?|여기서 택배 보낼 수 있어요? 부산까지 얼마예요?; POLITE; NO incomplete; *",
            "이 상자을 부산으로 보낼 수 있어요? 요금이 얼마예요?; 이 상자를 부산으로 보낼 수 있어요? 얼마예요?; POLITE; NO incomplete; *",
    })
    void omissions(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
