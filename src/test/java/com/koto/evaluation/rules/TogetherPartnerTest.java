package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 12 (eval20c): the speaker as the partner of 같이/함께 — a bare 나/저 before 같이 in a question or
 * proposal to the listener takes the comitative (나 같이 영화 볼래? → 나랑), also first in the sentence and
 * when another sentence follows; the bare 나 of a statement or a request for permission is the subject and
 * passes. The sentences are written for this test, not taken from the sets.
 */
class TogetherPartnerTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // register; answer; accepted (| between several); PASS or the subtype; original→correction
        "CASUAL; 나 같이 밥 먹을래?; 같이 밥 먹을래?; particle_missing/comitative; 나→나랑",
        "CASUAL; 나 같이 공원에 갈까?; 같이 공원에 갈까?; particle_missing/comitative; 나→나랑",
        "CASUAL; 이번 주말에 바다 나 같이 갈래? 차가 있어.; 이번 주말에 바다 같이 갈래? 차가 있어.; particle_missing/comitative; 나→나랑",
        "CASUAL; 나랑 같이 밥 먹을래?; 같이 밥 먹을래?; PASS; *",
        // the bare 나 is the subject: asking permission, and a statement
        "CASUAL; 나 같이 가도 돼?; 나도 같이 가도 돼?; PASS; *",
        "CASUAL; 어제 나 같이 밥 먹었어.; 어제 같이 밥 먹었어.; PASS; *",
        // a name first in the sentence may be a vocative
        "POLITE; 민수 씨 같이 가요.; 민수 씨, 같이 가요.; PASS; *"
    })
    void theSpeakerAsPartner(String register, String answer, String accepted, String expected, String span) {
        RuleRows.subtypeRow(EVALUATOR, register, answer, accepted, expected, span);
    }
}
