package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vocabulary and incomplete answers of session 33 (helper s33d): 하다 for the 나다 of 고장/콧물/배탈/멀미
 * ({@code confusables.json}), 더 for 덜 ({@link DegreeOpposites}), 눈물/콧물 and 기침/재채기 (contrasts of
 * {@code equivalents.json}), 오다 for 가다 with the goal in 에서 and the compounds 나오다/가져오다 ({@link DeicticVerbs}),
 * a clock time left out beside 저녁 ({@link MissingNumbers}), and the reason, the home town and the price question the
 * prompt names ({@link PromptItems}). Each mechanism has wrong answers it catches and correct look-alikes that must
 * keep passing (or keep that subtype away).
 */
class VocabularySession33Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // 하다 for the 나다 these nouns take
            "에어컨이 고장 했어요.; 에어컨이 고장 났어요.; POLITE; vocabulary/collocation; 했어요→났어요",
            "냉장고가 고장 했습니다.; 냉장고가 고장 났습니다.; FORMAL; vocabulary/collocation; 했습니다→났습니다",
            "아침부터 콧물이 해요.; 아침부터 콧물이 나요.; POLITE; vocabulary/collocation; 해요→나요",
            "버스에서 멀미가 했어요.; 버스에서 멀미가 났어요.; POLITE; vocabulary/collocation; 했어요→났어요",
            // 하고 joining nouns, 고장 with 신고하다, 고장이 나다
            "두통하고 열이 있어요.; 두통하고 열이 있어요.|머리가 아프고 열이 나요.; POLITE; PASS; *",
            "콧물하고 기침이 나요.; 콧물하고 기침이 나요.; POLITE; PASS; *",
            "세탁기 고장 신고했어요.; 세탁기 고장 신고를 했어요.; POLITE; NO vocabulary/collocation; *",
            // 더 for 덜 before the same word
            "좀 더 맵게 해 주세요.; 좀 덜 맵게 해 주세요.; POLITE; vocabulary/contrast; 더→덜",
            "설탕은 더 넣어 주세요.; 설탕은 덜 넣어 주세요.; POLITE; vocabulary/contrast; 더→덜",
            "국을 더 짜게 해 주세요.; 국을 덜 짜게 해 주세요.; POLITE; vocabulary/contrast; 더→덜",
            // 더 where an accepted answer has it, 덜 said, 더 before another word
            "커피 한 잔 더 주세요.; 커피 한 잔 더 주세요.|덜 달게 해 주세요.; POLITE; NO vocabulary/contrast; *",
            "국을 조금 덜 짜게 해 주세요.; 국을 덜 짜게 해 주세요.; POLITE; PASS; *",
            // two symptoms told apart
            "어제부터 눈물이 나요.; 어제부터 콧물이 나요.; POLITE; vocabulary/contrast; 눈물이→콧물이",
            "재채기가 나고 콧물이 나요.; 기침이 나고 콧물이 나요.; POLITE; FAIL; *",
            "어제부터 콧물이 많이 나요.; 어제부터 콧물이 나요.; POLITE; PASS; *",
            // 오다 for 가다 with the goal in 에서, the compounds of 가다/오다
            "미안, 내일 콘서트에서 못 와.; 미안, 내일 콘서트에 못 가.|내일 콘서트 못 갈 것 같아.; CASUAL; vocabulary/come_for_go; 와→가",
            "국이 차갑게 나갔어요.; 국이 차갑게 나왔어요.|국이 식어서 나왔어요.; POLITE; vocabulary/go_for_come; 나갔어요→나왔어요",
            "짜장면 말고 짬뽕이 나갔어요.; 짜장면 말고 짬뽕이 나왔어요.; POLITE; vocabulary/go_for_come; 나갔어요→나왔어요",
            "나 과일 좀 가져갔어.; 나 과일 좀 가져왔어.|과일 가져왔어!; CASUAL; vocabulary/go_for_come; 가져갔어→가져왔어",
            "통장을 만들러 갔습니다.; 통장을 만들러 왔습니다.; FORMAL; vocabulary/go_for_come; 갔습니다→왔습니다",
            // coming back from the place, an accepted answer with the learner's compound, another thing brought
            "나 콘서트에서 방금 왔어.; 나 콘서트에서 방금 왔어.; CASUAL; PASS; *",
            "과일 좀 가지고 왔어.; 나 과일 좀 가져왔어.|과일 사 왔어.; CASUAL; NO vocabulary/go_for_come; *",
            "나 과일 좀 가져갔어.; 나 과일 좀 가져왔어.|과일 사 왔어.; CASUAL; NO vocabulary/go_for_come; *",
            // a clock time left out beside the part of the day
            "내일 저녁 네 명 예약하고 싶어요.; 내일 저녁 6시에 네 명 예약하고 싶어요.|내일 저녁 여섯 시에 네 명 자리 있어요?; POLITE; incomplete/missing_number; *",
            "내일 저녁 여섯 시에 네 명 예약할게요.; 내일 저녁 6시에 네 명 예약하고 싶어요.|내일 저녁 여섯 시에 네 명 자리 있어요?; POLITE; NO incomplete; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // the reason, the home town, the price question the prompt names and every accepted answer states
            "부장님, 어제 제가 출근을 못 했습니다.; 부장님, 어제 아파서 출근을 못 했습니다.|죄송합니다. 어제 몸이 아파서 출근하지 못했습니다.;"
                    + " Tell your manager formally that you could not come to work yesterday because you were sick.; 출근을→아파서 출근을",
            "안녕하십니까? 제 이름은 데위입니다. 한국어를 1년 동안 공부했습니다.; 안녕하십니까? 저는 데위입니다. 반둥에서 왔습니다. 한국어를 1년 동안 공부했습니다.|제 이름은 데위입니다. 반둥에서 왔고 한국어를 1년 배웠습니다.;"
                    + " Introduce yourself formally: give your name, say you are from Bandung and that you have studied Korean for a year.; 데위입니다→데위입니다. 반둥에서 왔습니다",
            "이 소포를 베트남에 보내고 싶어요.; 이 소포를 베트남에 보내는 데 얼마예요?|베트남으로 소포를 보내면 얼마예요?;"
                    + " At the post office, politely ask how much it costs to send this parcel to Vietnam.; 싶어요→싶어요. 얼마예요",
            // said in other words: the reason as 몸이 안 좋아서, the town inside the name phrase, the price asked otherwise
            "부장님, 어제 몸이 안 좋아서 출근을 못 했습니다.; 부장님, 어제 아파서 출근을 못 했습니다.|죄송합니다. 어제 몸이 아파서 출근하지 못했습니다.;"
                    + " Tell your manager formally that you could not come to work yesterday because you were sick.; PASS",
            "저는 반둥 출신 데위입니다.; 저는 데위입니다. 반둥에서 왔습니다.|제 이름은 데위입니다. 반둥에서 왔습니다.;"
                    + " Introduce yourself formally: give your name and say you are from Bandung.; NO",
            "이 소포를 베트남에 보내려면 요금이 어떻게 돼요?; 이 소포를 베트남에 보내는 데 얼마예요?|베트남으로 소포를 보내면 얼마예요?;"
                    + " At the post office, politely ask how much it costs to send this parcel to Vietnam.; PASS",
    })
    void promptItems(String answer, String accepted, String prompt, String expected) {
        Register register = answer.contains("니다") ? Register.FORMAL : Register.POLITE;
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(accepted.split("\\|")), List.of(), answer, "en",
                register, null, prompt.strip()));
        String want = expected.strip();
        if (want.equals("PASS")) {
            assertThat(e.passed()).as(answer + ": " + e.errors()).isTrue();
        } else if (want.equals("NO")) {
            assertThat(e.errors()).as(answer + ": " + e.errors()).noneMatch(x -> "incomplete/missing_item".equals(x.subtype()));
        } else {
            assertThat(e.errors()).as(answer + ": " + e.errors())
                    .anyMatch(x -> x.subtype() != null && x.subtype().startsWith("incomplete/")
                            && want.equals(x.original().replaceAll("[.?!]$", "") + "→" + x.correction()));
        }
    }
}
