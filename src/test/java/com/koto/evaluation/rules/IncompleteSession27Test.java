package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Required content left out, session 27 (helper s27f): an item the English task prompt names that every accepted answer
 * states and the learner's answer states in no form ({@link PromptItems}, {@code incomplete/missing_item}); and a
 * length of stay or of a ticket stated otherwise, which {@link MissingNumbers} no longer reports as left out
 * (일주일짜리 for 7일짜리, 금요일에 … 월요일에 for 3박). Each row: answer; accepted answers ({@code |}); register; prompt;
 * the subtype expected, or {@code NO incomplete} (neither {@code missing_item} nor {@code missing_number}); the span ({@code original→correction}) or {@code *}.
 */
class IncompleteSession27Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}: {4}")
    @CsvSource(delimiter = ';', value = {
            // a day the prompt names, beside the learner's own time that the accepted answers share
            "오늘 저녁 예약을 바꾸고 싶어요.; 오늘 저녁 예약을 토요일로 바꾸고 싶어요.|오늘 저녁 예약, 토요일로 옮길 수 있어요?; POLITE;"
                    + " Call the restaurant. Say you have a booking tonight and ask to move it to Saturday.; incomplete/missing_item; 예약을→예약을 토요일로",
            // a thing the prompt names, left out of a list
            "수건 하나 더 주세요.; 수건하고 베개 하나씩 더 주세요.|수건이랑 베개 좀 더 주실 수 있어요?; POLITE;"
                    + " Ask the front desk for one more towel and one more pillow.; incomplete/missing_item; 수건→수건하고 베개",
            // the reason the prompt gives
            "선생님, 오늘 수업에 못 가요.; 선생님, 아파서 오늘 수업에 못 가요.|선생님, 몸이 아파서 오늘 못 가요.; POLITE;"
                    + " Tell your teacher that you cannot come to class today because you are sick.; incomplete/missing_item; 오늘→아파서 오늘",
            // a place named more closely than the learner's noun
            "공항으로 가 주세요.; 인천공항으로 가 주세요.|인천공항까지 가 주세요.; POLITE;"
                    + " Ask the taxi driver to take you to Incheon Airport.; incomplete/missing_item; 공항으로→인천공항으로",
            // the act asked for, with the learner's bare 하다
            "이 컵 예쁘게 해 주세요.; 이 컵 포장해 주세요.|이 컵 포장해 주실 수 있어요?; POLITE;"
                    + " You bought a cup as a present. Ask the clerk to gift-wrap it.; incomplete/missing_item; 예쁘게→예쁘게 포장",
            // the destination of a parcel
            "이 편지를 보내고 싶어요.; 이 편지를 인도네시아로 보내고 싶어요.|인도네시아에 이 편지를 보내려고 해요.; POLITE;"
                    + " At the post office, say you want to send this letter to Indonesia.; incomplete/missing_item; 편지를→편지를 인도네시아로",
            // a synonym of the same gloss, another day of the learner's own, 그날, a misspelling: stated
            "이불 하나 더 주세요.; 담요 하나 더 주세요.|담요 하나 더 주실 수 있어요?; POLITE;"
                    + " Ask the front desk for one more blanket.; NO incomplete; *",
            "토요일에 같이 영화 볼래?; 이번 주말에 영화 볼래?|주말에 같이 영화 보자.; CASUAL;"
                    + " Ask your friend whether they want to watch a movie this weekend.; NO incomplete; *",
            "미안, 그날 일해야 돼서 못 가.; 미안, 금요일에 일해야 돼서 못 가.|금요일은 일이 있어서 못 가.; CASUAL;"
                    + " Your friend invites you to a party on Friday. Say you can't go because you have to work.; NO incomplete; *",
            "저기 편이점 앞에서 세워 주세요.; 저기 편의점 앞에서 세워 주세요.|저 편의점 앞에 세워 주세요.; POLITE;"
                    + " Ask the taxi driver to stop in front of the convenience store.; NO incomplete; *",
            // a content the prompt puts in someone else's question, the favour asked with 부탁, a place pointed at
            "부산에 가.; 이번 주말에 부산에 가.|주말에 부산 갈 거야.; CASUAL;"
                    + " Your friend asks what you are doing this weekend. Say you are going to Busan.; NO incomplete; *",
            "사진 한 장 부탁드려도 될까요?; 사진 좀 찍어 주세요.|사진 한 장 찍어 주실 수 있어요?; POLITE;"
                    + " Ask a passer-by to take a picture of you.; NO incomplete; *",
            "저기 앞에서 세워 주세요.; 편의점 앞에서 세워 주세요.|저 편의점 앞에 세워 주세요.; POLITE;"
                    + " Ask the taxi driver to stop in front of the convenience store.; NO incomplete; *",
            // a day that names a thing, not the time of the act (토요일 표); a meal called by its time (아침 드셨어요)
            "이 표를 일요일 표로 바꾸고 싶어요.; 토요일 표를 일요일 표로 바꿀 수 있어요?|이 토요일 표, 일요일로 바꾸고 싶어요.; POLITE;"
                    + " Ask to exchange your Saturday ticket for a Sunday one.; NO incomplete; *",
            "할머니, 진지 드셨어요?; 할머니, 아침 드셨어요?|할머니, 아침 식사하셨어요?; POLITE;"
                    + " In the morning, ask your grandmother whether she has had breakfast.; NO incomplete; *",
            // a length stated otherwise: 일주일 for 7일, the ends of the stay for 3박 (MissingNumbers)
            "일주일짜리 교통카드 하나 주세요.; 7일짜리 교통카드 하나 주세요.|7일권 교통카드를 사고 싶어요.; POLITE;"
                    + " Say you want to buy a 7-day transit card.; NO incomplete; *",
            "방 하나 예약하고 싶어요. 화요일에 와서 금요일에 나갈 거예요.; 화요일부터 3박 예약하고 싶어요.|화요일부터 3박으로 방 하나 예약할 수 있어요?; POLITE;"
                    + " Call a hotel and book a room for three nights from Tuesday.; NO incomplete; *",
            "수요일 토요일까지 방 하나 예약하고 싶어요.; 수요일부터 3박 예약하고 싶어요.|수요일부터 3박으로 방 하나 예약할 수 있어요?; POLITE;"
                    + " Call a hotel and book a room for three nights from Wednesday.; NO incomplete; *",
    })
    void rows(String answer, String accepted, String register, String prompt, String expected, String span) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.valueOf(register), prompt.strip());
        if (expected.startsWith("NO ")) {
            // the look-alikes of these two mechanisms: other checks may still name another gap of the answer
            assertThat(e.errors()).as("%s: %s", answer, e.errors())
                    .noneMatch(err -> PromptItems.SUBTYPE.equals(err.subtype())
                            || "incomplete/missing_number".equals(err.subtype()));
            return;
        }
        assertThat(e.passed()).as("%s should fail: %s", answer, e.errors()).isFalse();
        // the comparison may name the same gap first (incomplete/missing_word): the category and the span are the test
        assertThat(e.errors()).as("%s: %s", answer, e.errors()).anySatisfy(err -> {
            assertThat(err.category()).isEqualTo(ErrorCategory.INCOMPLETE);
            assertThat(err.subtype()).startsWith(expected.substring(0, expected.indexOf('/') + 1));
            if (!"*".equals(span)) {
                String[] oc = span.split("→");
                assertThat(err.original()).isEqualTo(oc[0]);
                assertThat(err.correction()).isEqualTo(oc[1]);
            }
        });
    }
}
