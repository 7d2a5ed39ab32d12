package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vocabulary of session 30 (helper s30c), per mechanism wrong answers it catches and correct look-alikes it must pass,
 * on other tasks than the development sets: counters attested for one piece of a noun (티셔츠 두 벌 = 두 장 = 두 개;
 * {@link CounterClasses#sameThing}, the {@code attested} groups of {@code evaluation/counter-classes.json}) and the
 * correction an accepted answer uses; 잔 for a dish (the class {@code dish}, counted with 그릇), also before 하고/(이)랑;
 * 빌리다 asked of the listener where the task asks them to lend, 빌려주면 before a price, and 작게 of a substance where
 * less is asked ({@link FrameDecidedWords}).
 */
class VocabularySession30Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // another counter attested for one piece of the noun: the same count
            "셔츠 세 장 사고 싶어요.; 셔츠 세 벌 사고 싶어요.; POLITE; PASS; *",
            "와이셔츠 한 벌 세탁해 주세요.; 와이셔츠 한 장 세탁해 주세요.; POLITE; PASS; *",
            "블라우스 두 개 포장해 주세요.; 블라우스 두 벌 포장해 주세요.; POLITE; PASS; *",
            "바지 두 개 수선하고 싶어요.; 바지 두 벌 수선하고 싶어요.; POLITE; PASS; *",
            "수건 세 개 더 갖다 주세요.; 수건 세 장 더 갖다 주세요.; POLITE; PASS; *",
            // a counter that fits no piece of the noun: corrected to the counter an accepted answer uses, else the class's
            "티셔츠 세 명 포장해 주세요.; 티셔츠 세 장 포장해 주세요.; POLITE; counter/people_counter; 명→장",
            "셔츠 두 명 샀어요.; 어제 셔츠를 샀어요.; POLITE; counter/people_counter; 명→벌",
            "바지 한 잔 주세요.; 바지 한 벌 주세요.; POLITE; vocabulary; 잔→벌",
            "수건 두 마리 더 주세요.; 수건 두 장 더 주세요.; POLITE; vocabulary; 마리→장",
            "티셔츠 한 병 주세요.; 티셔츠 한 장 주세요.; POLITE; vocabulary; *",
            // 잔 for a dish, also with 하고/(이)랑 joining the next item
            "된장찌개 한 잔 주세요.; 된장찌개 하나 주세요.; POLITE; counter/cup_counter; 잔→그릇",
            "비빔밥 두 잔하고 콜라 주세요.; 비빔밥 두 개하고 콜라 주세요.; POLITE; vocabulary; *",
            "냉면 한 잔이랑 만두 주세요.; 냉면 하나랑 만두 주세요.; POLITE; counter/cup_counter; 잔이랑→그릇이랑",
            "삼계탕 두 잔 시킬게요.; 삼계탕 두 개 시킬게요.; POLITE; vocabulary; *",
            "김치찌개 먹고 한잔하고 가자.; 김치찌개 먹고 한잔하자.; CASUAL; NO counter/cup_counter; *",
            "된장찌개 한 그릇 주세요.; 된장찌개 하나 주세요.; POLITE; PASS; *",
            "비빔밥 하나랑 맥주 한 잔 주세요.; 비빔밥 하나하고 맥주 한 잔 주세요.; POLITE; PASS; *",
            "커피 한 잔하고 케이크 한 조각 주세요.; 커피 한 잔하고 케이크 한 조각 주세요.; POLITE; PASS; *",
            "부대찌개 세 명 먹을 거예요.; 부대찌개 3인분 주세요.; POLITE; NO counter/people_counter; *",
            // 빌리다 asked of the listener where the task asks them to lend
            "노트북 좀 빌릴래?; 노트북 좀 빌려줘.; CASUAL; vocabulary/frame_partner; 빌릴래→빌려줄래",
            "펜 있어? 하나만 빌릴래?; 펜 좀 빌려줄 수 있어?; CASUAL; vocabulary/frame_partner; 빌릴래→빌려줄래",
            "지우개 좀 빌릴래요?; 지우개 좀 빌려주세요.; POLITE; vocabulary/frame_partner; 빌릴래요→빌려줄래요",
            "선생님, 사전 좀 빌리실래요?; 선생님, 사전 좀 빌려주실 수 있어요?; POLITE; vocabulary/frame_partner; 빌리실래요→빌려주실래요",
            "이 책 다 읽었어. 빌릴래?; 이 책 빌려줄까?; CASUAL; NO vocabulary/frame_partner; *",
            "같이 도서관에서 책 빌릴래?; 같이 도서관에 가서 책 빌릴래?; CASUAL; NO vocabulary/frame_partner; *",
            "내가 네 우산 빌릴래.; 우산 좀 빌려줘.; CASUAL; NO vocabulary/frame_partner; *",
            "우산 좀 빌려주면 안 돼?; 우산 좀 빌려줄래?; CASUAL; PASS; *",
            // 빌려주면 before a price where the accepted answers borrow
            "자동차를 하루 빌려주면 얼마예요?; 차를 하루 빌리는 데 얼마예요?; POLITE; vocabulary/confusable; 빌려주면→빌리면",
            "노트북을 일주일 빌려주면 얼마예요?; 노트북을 일주일 동안 빌리려면 얼마예요?; POLITE; vocabulary/confusable; 빌려주면→빌리면",
            "카메라 빌려주면 얼마예요?; 카메라 빌리면 얼마예요?; POLITE; vocabulary/confusable; 빌려주면→빌리면",
            "텐트를 이틀 빌려주면 얼마예요?; 텐트를 이틀 빌리는 데 얼마예요?; POLITE; vocabulary/confusable; 빌려주면→빌리면",
            "자전거 빌리면 얼마예요?; 자전거 빌리는 데 얼마예요?; POLITE; PASS; *",
            "저한테 카메라 빌려주면 얼마예요?; 카메라 빌리는 데 얼마예요?; POLITE; NO vocabulary/confusable; *",
            "우산 빌려주면 내일 돌려줄게.; 우산 빌려주면 내일 돌려줄게.; CASUAL; PASS; *",
            "책 빌려주면 고마워요.; 책 좀 빌려주세요.; POLITE; NO vocabulary/confusable; *",
            // 작게 of a substance where less is asked
            "설탕은 작게 넣어 주세요.; 설탕은 조금만 넣어 주세요.; POLITE; vocabulary/size_for_amount; 작게→적게",
            "밥 좀 작게 주세요.; 밥 좀 적게 주세요.; POLITE; vocabulary/size_for_amount; 작게→적게",
            "라테 한 잔 주세요. 시럽은 작게요.; 라테 한 잔 주세요. 시럽은 적게요.; POLITE; vocabulary/size_for_amount; 작게요→적게요",
            "아메리카노에 얼음 작게 넣어 줘.; 아메리카노에 얼음 조금만 넣어 줘.; CASUAL; vocabulary/size_for_amount; 작게→적게",
            "얼음을 작게 부숴 주세요.; 얼음을 조금 넣어 주세요.; POLITE; NO vocabulary/size_for_amount; *",
            "고기를 작게 썰어 주세요.; 고기 좀 적게 주세요.; POLITE; NO vocabulary/size_for_amount; *",
            "소리를 작게 해 주세요.; 소리를 좀 줄여 주세요.; POLITE; NO vocabulary/size_for_amount; *",
            "설탕은 적게 넣어 주세요.; 설탕은 조금만 넣어 주세요.; POLITE; PASS; *",
            "글씨를 좀 작게 써 주세요.; 글씨를 작게 써 주세요.; POLITE; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
