package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision classes of session 24 (helper s24a): correct answers of a kind the rules failed or noted wrongly, and wrong
 * answers of the same shape that still fail. One length of time in other units ({@link Numerals#duration}), N(으)로 'as,
 * for', a standing property in the present and another clause connective ({@link ChosenForms}), and the spacing the
 * spelling rules give ({@link Spacing#standardSpacing}).
 */
class PrecisionClassesSession24Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // one length of time in other units: 삼 개월 = 3개월 = 세 달, 14일 = 2주, 일주일 = 7일, 1년 = 12개월
            "혹시 삼 개월 등록비가 얼마인지 알 수 있을까요?; 3개월 회원권 얼마예요?|세 달에 얼마예요?; POLITE; PASS; *",
            "삼 개월에 얼마예요?; 세 달에 얼마예요?; POLITE; PASS; *",
            "석 달에 얼마예요?; 3개월에 얼마예요?; POLITE; PASS; *",
            "1년에 얼마예요?; 12개월에 얼마예요?; POLITE; PASS; *",
            "일 년에 얼마예요?; 12개월에 얼마예요?; POLITE; PASS; *",
            "혹시 이 책 14일 동안 빌릴 수 있을까요?; 이 책 2주 동안 빌릴 수 있어요?|이 책을 두 주 동안 빌려도 돼요?; POLITE; PASS; *",
            "이 책 십사 일 동안 빌릴 수 있어요?; 이 책 2주 동안 빌릴 수 있어요?; POLITE; PASS; *",
            "이 책 일주일 동안 빌릴 수 있어요?; 이 책 7일 동안 빌릴 수 있어요?; POLITE; PASS; *",
            "이 책 이틀 동안 빌릴 수 있어요?; 이 책 2일 동안 빌릴 수 있어요?; POLITE; PASS; *",
            "삼 일 후에 갈게요.; 3일 후에 갈게요.; POLITE; PASS; *",
            // another length, or 개월 with a native numeral, still fails
            "세 개월에 얼마예요?; 세 달에 얼마예요?; POLITE; counter/wrong_counter; *",
            "이 책 10일 동안 빌릴 수 있어요?; 이 책 2주 동안 빌릴 수 있어요?|이 책을 두 주 동안 빌려도 돼요?; POLITE; vocabulary/other_number; 10일→2주",
            "이 책 3주 동안 빌릴 수 있어요?; 이 책 2주 동안 빌릴 수 있어요?|이 책을 두 주 동안 빌려도 돼요?; POLITE; vocabulary/other_number; 3주→2주",
            // a length said otherwise is another number, not one left out (session 26, s26f)
            "이틀 후에 갈게요.; 3일 후에 갈게요.; POLITE; vocabulary/other_number; 이틀→사흘",
            // N(으)로 'as, for' a meal or a use before a verb of eating, buying, giving
            "저녁으로 뭐 먹고 싶어?; 저녁에 뭐 먹을래?|저녁 뭐 먹고 싶어?; CASUAL; PASS; *",
            "점심으로 김밥 먹을래?; 점심에 김밥 먹을래?; CASUAL; PASS; *",
            "간식으로 뭐 살까요?; 간식 뭐 살까요?; POLITE; PASS; *",
            "선물로 꽃을 샀어요.; 선물 꽃을 샀어요.; POLITE; PASS; *",
            // the wrong allomorph still fails
            "저녁로 뭐 먹고 싶어?; 저녁에 뭐 먹을래?|저녁 뭐 먹고 싶어?; CASUAL; particle_allomorph/direction; 저녁로→저녁으로",
            // a standing property of a place in the present
            "학교 근처 미용실 있잖아, 거기서 어제 염색했어. 완전 싸.; 어제 학교 근처 미용실에서 염색했어. 싸더라.|나 어제 학교 앞 미용실에서 머리 염색했는데 진짜 쌌어.; CASUAL; PASS; *",
            // an event's quality, or a past time word in the sentence, keeps the tense
            "어제 그 영화 봤어. 진짜 재미있어.; 어제 그 영화 봤어. 진짜 재미있었어.; CASUAL; FAIL; *",
            "어제 영화가 재미있어.; 어제 영화가 재미있었어.; CASUAL; FAIL; *",
            "어제 그 식당에 갔어. 어제 비싸.; 어제 그 식당에 갔어. 비쌌어.; CASUAL; FAIL; *",
            "어젯밤에 옆방이 밤새 너무 시끄러워요.; 어젯밤에 옆방이 너무 시끄러웠어요.; POLITE; tense; *",
            // a spacing difference of one length is no other unit: the note stays
            "한달 회원권이 얼마이에요?; 한 달 회원권은 얼마예요?; POLITE; FAIL; *",
            // another clause connective of the same verb
            "비가 오니까 우산 가져가.; 비가 오면 우산 가져가.; CASUAL; PASS; *",
            "집에 가면 전화할게.; 집에 가서 전화할게.; CASUAL; PASS; *",
            // -아/어서 of reason before an imperative, -지만 'but' and a past connective keep their findings
            "비가 와서 우산 가져가.; 비가 오면 우산 가져가.; CASUAL; ending/modifier_or_connective; 와서→오면",
            "비가 오지만 우산 가져가.; 비가 오면 우산 가져가.; CASUAL; ending/modifier_or_connective; 오지만→오면",
            "집에 갔으면 전화할게.; 집에 가서 전화할게.; CASUAL; FAIL; *",
            // -고 for -아/어서 after a verb of going or in 만나서 반가워요 is no free choice
            "가족이랑 부산에 가고 해산물 많이 먹었어.; 가족이랑 부산에 가서 해산물 많이 먹었어.; CASUAL; ending/modifier_or_connective; 가고→가서",
            "만나고 반가워요; 만나서 반가워요; POLITE; ending/modifier_or_connective; 만나고→만나서",
            "집에 가고 전화할게.; 집에 가서 전화할게.; CASUAL; ending/modifier_or_connective; 가고→가서",
            // N 때문에 for (으)로 of cause; (으)로 where another accepted answer has it in the slot
            "휴가 때문에 왔어요. 7일 동안 있을 예정이에요.; 여행하러 왔어요. 일주일 있을 거예요.|휴가로 왔어요. 일주일 동안 있을 거예요.; POLITE; PASS; *",
            "소형차로 사흘 동안 빌리고 싶습니다.; 소형차를 3일 동안 빌리고 싶어요.|작은 차로 사흘 동안 렌트하고 싶어요.; POLITE; PASS; *",
            "저기요, 작은 차를 사흘 빌리려고 하는데요.; 작은 차를 삼 일 동안 빌리고 싶어요.|소형차를 3일 동안 렌트하고 싶어요.|작은 차 하나 사흘 동안 빌리고 싶은데요.; POLITE; PASS; *",
            "소형차로 빌리고 싶습니다.; 소형차를 빌리고 싶어요.; POLITE; particle_wrong/direction_for_object; 소형차로→소형차를",
            // the spacing the spelling rules give: -지 못하다 one word, numbers spaced by 만
            "선생님, 제가 아파서 숙제를 하지 못했어요. 정말 죄송해요.; 선생님, 죄송해요. 아파서 숙제를 못 했어요.; POLITE; NO spacing; *",
            "이거 만 오천 원이에요?; 이거 만오천 원이에요?; POLITE; NO spacing; *",
            "이거 오만 오천 원이에요?; 이거 오만오천 원이에요?; POLITE; NO spacing; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @Test
    void theAdverbMotBeforeAVerbIsStillSpaced() {
        Evaluation e = RuleRows.evaluate(EVALUATOR, "선생님, 제가 아파서 숙제를 못했어요. 정말 죄송해요.",
                "선생님, 죄송해요. 아파서 숙제를 못 했어요.", Register.POLITE);
        assertThat(e.errors()).anyMatch(x -> "못했어요".equals(x.original()) && "못 했어요".equals(x.correction()));
    }
}
