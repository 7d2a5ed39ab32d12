package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 38 (s38d): vocabulary classes the rules can judge with certainty on the learner's own words (a verb whose
 * subject or object it does not take, the work for its tool, the northern word for the southern one, 벌써 for 아직),
 * and the colour words read from one data file. Each row's accepted answer is worded otherwise, so that no accepted
 * word supports the finding; wrong sentences caught and correct look-alikes that pass. My own sentences, not the sets'.
 */
class VocabularySession38Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // 깨지다 of a machine that stops working → 고장 나다; glass, a screen, a door that shatters is right
            "사장님, 냉장고가 깨졌어요.; 사장님, 연락 주세요.; POLITE; vocabulary/misused_word; 깨졌어요→고장 났어요",
            "어제부터 보일러가 깨져서 너무 추워요.; 집이 추워요.; POLITE; vocabulary/misused_word; 깨져서→고장 나서",
            "사무실 프린터가 깨졌습니다.; 프린터를 쓸 수 없습니다.; FORMAL; vocabulary/misused_word; 깨졌습니다→고장 났습니다",
            "엘리베이터는 또 깨졌어?; 엘리베이터 안 돼?; CASUAL; vocabulary/misused_word; 깨졌어→고장 났어",
            "창문 유리가 깨졌어요.; 창문이 열려 있어요.; POLITE; NO vocabulary/misused_word; *",
            "휴대폰 액정이 깨졌어요.; 휴대폰을 떨어뜨렸어요.; POLITE; NO vocabulary/misused_word; *",
            "냉장고 문이 깨졌어요.; 냉장고가 이상해요.; POLITE; NO vocabulary/misused_word; *",
            "컵이 깨졌어요.; 컵을 떨어뜨렸어요.; POLITE; NO vocabulary/misused_word; *",
            "세탁기가 배송 중에 깨져서 왔어요.; 세탁기가 이상해요.; POLITE; NO vocabulary/misused_word; *",
            // 영수증 받아 주세요 asked of the one who issues it → 뽑아; taking a parcel for a neighbour is right
            "기사님, 영수증 좀 받아 주시겠어요?; 기사님, 카드로 할게요.; POLITE; vocabulary/misused_word; 받아→뽑아",
            "영수증도 받아주세요.; 카드로 계산할게요.; POLITE; vocabulary/misused_word; 받아주세요→뽑아주세요",
            "영수증을 받아 주실 수 있어요?; 현금으로 낼게요.; POLITE; vocabulary/misused_word; 받아→뽑아",
            "영수증 좀 받아 줘.; 내가 낼게.; CASUAL; NO vocabulary/misused_word; *",
            "제 택배 좀 받아 주세요.; 내일 집에 없어요.; POLITE; NO vocabulary/misused_word; *",
            "영수증은 제가 대신 받아 드릴게요.; 제가 낼게요.; POLITE; NO vocabulary/misused_word; *",
            "영수증 받을 수 있을까요?; 카드로 할게요.; POLITE; NO vocabulary/misused_word; *",
            // the work (-질, the activity of a -기 tool) for its tool, brought or lent
            "방에 가위질 좀 가져다주세요.; 방으로 와 주세요.; POLITE; vocabulary/misused_word; 가위질→가위",
            "혹시 걸레질 하나 빌려주실 수 있어요?; 혹시 도와주실 수 있어요?; POLITE; vocabulary/misused_word; 걸레질→걸레",
            "충전 좀 빌려 주세요. 배터리가 없어요.; 배터리가 없어요.; POLITE; vocabulary/misused_word; 충전→충전기",
            "청소 좀 갖다주세요.; 방이 더러워요.; POLITE; vocabulary/misused_word; 청소→청소기",
            "다림질 좀 해 주세요.; 셔츠 좀 부탁해요.; POLITE; NO vocabulary/misused_word; *",
            "충전기 좀 빌려 주세요.; 배터리가 없어요.; POLITE; NO vocabulary/misused_word; *",
            "청소 좀 해 주시고 수건 좀 가져다주세요.; 수건 주세요.; POLITE; NO vocabulary/misused_word; *",
            "여기서 충전할 수 있어요?; 콘센트 있어요?; POLITE; NO vocabulary/misused_word; *",
            // the northern words 콩우유, 가루우유 → 두유, 분유
            "콩우유로 바꿔 주세요.; 우유 말고 다른 걸로 주세요.; POLITE; vocabulary/misused_word; 콩우유로→두유로",
            "아기 가루우유는 어디 있어요?; 아기 물건은 어디 있어요?; POLITE; vocabulary/misused_word; 가루우유는→분유는",
            "두유로 바꿔 주세요.; 우유 말고 다른 걸로 주세요.; POLITE; NO vocabulary/misused_word; *",
            "콩국수 하나 주세요.; 냉면 하나 주세요.; POLITE; NO vocabulary/misused_word; *",
    })
    void misusedWords(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // 벌써 with a negated past event of its own clause → 아직
            "주문한 책이 벌써 안 왔어요.; 주문한 책이 늦어요.; POLITE; vocabulary/already_for_yet; 벌써→아직",
            "월급을 벌써 못 받았어요.; 월급이 늦어요.; POLITE; vocabulary/already_for_yet; 벌써→아직",
            "손님이 벌써 도착하지 않았습니다.; 손님이 늦습니다.; FORMAL; vocabulary/already_for_yet; 벌써→아직",
            "숙제 벌써 안 끝났어.; 숙제가 많아.; CASUAL; vocabulary/already_for_yet; 벌써→아직",
            "벌써 일주일이 지났는데 답장이 안 왔어요.; 답장이 늦어요.; POLITE; NO vocabulary/already_for_yet; *",
            "약을 먹어서 벌써 안 아파요.; 이제 괜찮아요.; POLITE; NO vocabulary/already_for_yet; *",
            "벌써 안 좋아졌어요.; 상태가 나빠요.; POLITE; NO vocabulary/already_for_yet; *",
            "기차가 벌써 떠났어요.; 기차를 놓쳤어요.; POLITE; NO vocabulary/already_for_yet; *",
            "벌써 밥 안 먹었어요?; 밥 먹었어요?; POLITE; NO vocabulary/already_for_yet; *",
            "택배가 아직 안 왔어요.; 택배가 늦어요.; POLITE; NO vocabulary/already_for_yet; *",
    })
    void alreadyForYet(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @Test
    void alreadyForYetIsExplainedInBothLanguages() {
        RuleRows.explainedIn(EVALUATOR, "소포가 벌써 안 왔어요.", "en", "소포가 늦어요.", "아직");
        RuleRows.explainedIn(EVALUATOR, "소포가 벌써 안 왔어요.", "id", "소포가 늦어요.", "belum");
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            // N 빼고 / N 말고 / N 제외하고 'except N' is no clause of its own (TaskParts.excluding): the reason the task
            // asks for, left out, is a part of the message left out; accepted answers separated by |
            "새우 빼고 볶음밥 하나 주세요.; 볶음밥 하나 새우 빼고 주세요. 새우를 못 먹어요.|새우 없이 볶음밥 하나 주세요. 새우 알레르기가 있어서요.; incomplete/missing_part; 주세요.→주세요. 새우를 못 먹어요",
            "새우를 빼고 볶음밥 하나 주세요.; 볶음밥 하나 새우 빼고 주세요. 새우를 못 먹어요.|새우 없이 볶음밥 하나 주세요. 새우 알레르기가 있어서요.; incomplete/missing_part; 주세요.→주세요. 새우를 못 먹어요",
            "땅콩을 제외하고 샐러드 하나 주세요.; 땅콩을 제외하고 샐러드 하나 주세요. 땅콩 알레르기가 있어요.|땅콩 없이 샐러드 하나 주세요. 땅콩을 못 먹어요.; incomplete/missing_part; 주세요.→주세요. 땅콩 알레르기가 있어요",
            "새우 알레르기가 있어서 새우 빼고 볶음밥 하나 주세요.; 볶음밥 하나 새우 빼고 주세요. 새우를 못 먹어요.|새우 없이 볶음밥 하나 주세요. 새우 알레르기가 있어서요.; PASS; *",
            "땅콩 알레르기가 있어요. 땅콩 빼고 샐러드 하나 주세요.; 땅콩을 제외하고 샐러드 하나 주세요. 땅콩 알레르기가 있어요.|땅콩 없이 샐러드 하나 주세요. 땅콩을 못 먹어요.; PASS; *",
            "콜라 말고 사이다 주세요. 콜라는 너무 달아요.; 콜라 말고 사이다 주세요. 단 걸 안 좋아해요.|사이다 주세요. 콜라는 너무 달아요.; PASS; *",
    })
    void exceptionIsNoClause(String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.POLITE, answer, accepted, expected, span);
    }

    @Test
    void exceptingWordsJoinNoClauses() {
        assertThat(TaskParts.parts("계란 빼고 비빔밥 주세요.")).hasSize(1);
        assertThat(TaskParts.parts("커피 말고 녹차 주세요.")).hasSize(1);
        // -지 말고 joins two clauses: don't go there, and wait here
        assertThat(TaskParts.parts("거기 가지 말고 여기서 기다려 주세요.")).hasSize(2);
        // a verb's -고 still joins two clauses
        assertThat(TaskParts.parts("계란을 넣고 비빔밥 주세요.")).hasSize(2);
    }

    @Test
    void coloursAreReadFromOneFile() {
        // nouns (also the loanwords and the colours TaskColours did not list), adnominal forms, -색깔
        assertThat(Colours.noun("검정색")).isTrue();
        assertThat(Colours.noun("하늘색")).isTrue();
        assertThat(Colours.noun("검은")).isFalse();
        assertThat(Colours.word("검은")).isTrue();
        assertThat(Colours.word("초록색깔")).isTrue();
        assertThat(Colours.word("블랙")).isTrue();
        // 남 'others', 회 'raw fish' and 갈 stood in FrameRoles' pattern as bare stems; they name no colour
        assertThat(Colours.word("남")).isFalse();
        assertThat(Colours.word("회")).isFalse();
        // materials describe the noun after them as a colour does, but are no colour
        assertThat(Colours.describing("가죽")).isTrue();
        assertThat(Colours.word("가죽")).isFalse();
        assertThat(Colours.ALL).allSatisfy(c -> assertThat(c.nouns()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // TaskColours on the shared list: a secondary adnominal form is corrected by the asked colour's form
            "까만 모자를 잃어버렸어요.; 흰 모자를 잃어버렸어요.; You lost your white hat.; vocabulary/other_item; 까만→흰",
            "주황색 있어요?; 초록색 있어요?; Ask whether it comes in green.; vocabulary/other_item; 주황색→초록색",
            "하얀 모자를 잃어버렸어요.; 흰 모자를 잃어버렸어요.; You lost your white hat.; NO vocabulary/other_item; *",
    })
    void taskColours(String answer, String accepted, String context, String expected, String span) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.POLITE, context);
        if (expected.startsWith("NO ")) {
            assertThat(e.errors()).as(answer + ": " + e.errors())
                    .noneMatch(x -> x.subtype() != null && x.subtype().startsWith(expected.substring(3)));
            return;
        }
        assertThat(e.errors()).as(answer + ": " + e.errors())
                .anyMatch(x -> expected.equals(x.subtype()) && span.equals(x.original() + "→" + x.correction()));
    }
}
