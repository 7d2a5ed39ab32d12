package com.koto.evaluation.rules;


import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 12 (helper eval20d): ending and tense classes missed across writers — -았/었- before -아/어서
 * on a verb of one syllable ({@link ClauseEndings#pastBeforeSeo}), which Nori does not read in its dictionary
 * form (가다 as 갈다), and
 * the past of a bodily state since a past start ({@link StateTense}, 어제부터 목이 아팠어요 → 아파요). Each class has a correct answer that passes and a wrong one still caught. Answers written
 * for this test, not from the gold sets. {@code PASS} = passes; {@code FAIL} = fails; otherwise the answer fails with that subtype (or category) on
 * the given original → correction.
 */
class EndingTenseRound13Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        "POLITE; 어제 시장에 갔어서 과일을 샀어요.; 어제 시장에 가서 과일을 샀어요.; ending; 갔어서→가서",
        "POLITE; 어제 시장에 갔어서 과일을 샀어요.; 어제 시장에서 과일을 샀어요.; ending/past_before_aseo; 갔어서→가서",
        "POLITE; 어제 시장에 가서 과일을 샀어요.; 어제 시장에 가서 과일을 샀어요.; PASS; *",
        "POLITE; 아이가 배가 아파서 병원에 왔어요.; 아이가 배가 아파서 병원에 왔어요.; PASS; *",
        "POLITE; 동생이 집에 왔어서 같이 밥을 먹었어요.; 동생이 집에 와서 같이 밥을 먹었어요.; ending/past_before_aseo; 왔어서→와서",
        "POLITE; 동생이 집에 와서 같이 밥을 먹었어요.; 동생이 집에 와서 같이 밥을 먹었어요.; PASS; *",
        "CASUAL; 기침이 났어서 잠을 못 잤어.; 기침이 나서 잠을 못 잤어.; ending/past_before_aseo; 났어서→나서",
        "CASUAL; 영화를 봤어서 다 알아.; 영화를 봐서 다 알아.; ending/past_before_aseo; 봤어서→봐서",
        "POLITE; 시간이 있어서 산책했어요.; 시간이 있어서 산책했어요.; PASS; *",
        // a bodily state since a past start lasts now: the present
        "POLITE; 그저께부터 배가 아팠어요.; 그저께부터 배가 아파요.; tense/present; 아팠어요→아파요",
        "POLITE; 그저께부터 배가 아파요.; 그저께부터 배가 아파요.; PASS; *",
        "CASUAL; 이틀 전부터 기침이 나고 열이 있었어.; 이틀 전부터 기침이 나고 열이 있어.; FAIL; *",
        "POLITE; 2일 전부터 다리가 아팠어요.; 2일 전부터 다리가 아파요.; tense/present; 아팠어요→아파요",
        "POLITE; 어제부터 오늘 아침까지 배가 아팠어요.; 어제부터 오늘 아침까지 배가 아팠어요.; PASS; *",
        "POLITE; 어제부터 기침이 났어요.; 어제부터 기침이 나요.; PASS; *",
        "POLITE; 어제부터 배가 아팠어요. 지금은 괜찮아요.; 어제부터 배가 아팠어요. 지금은 괜찮아요.; PASS; *",
    })
    void endingsAndTenseAcrossWriters(Register register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, register, answer, accepted, expected, span);
    }
}
