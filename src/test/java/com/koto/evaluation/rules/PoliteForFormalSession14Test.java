package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of session 14 (helper eval26b, two correct answers of the third register probe): the honorific
 * 해요체 of an accepted 합쇼체 word ({@code 찾으세요} for {@code 찾으십니다}, -(으)시- kept) that Nori tags as a
 * connective when a sentence follows ({@link ArgumentCheck}), and a 해요체 request whose 합쇼체 twin the accepted
 * answer holds ({@code 주시겠어요} for {@code 주시겠습니까}), no longer rewritten to the group's other request
 * 주십시오 ({@link Equivalents#levelTwinAccepted}). 해요체 stands where 합쇼체 is asked when both fit (표준 언어 예절
 * 2011; Yeon &amp; Brown 2019). Rows written for this test, not taken from the gold sets; some must still fail.
 */
class PoliteForFormalSession14Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // the honorific 해요체 for 합쇼체, a sentence following
        "찾으세요 for 찾으십니다; 부장님, 사장님이 찾으세요. 사장실에서 기다리고 계세요.; 부장님, 사장님께서 찾으십니다. 사장실에서 기다리고 계십니다.; FORMAL; PASS; ; ",
        "부르세요 for 부르십니다; 선생님이 부르세요. 교무실에서 기다리고 계세요.; 선생님께서 부르십니다. 교무실에서 기다리고 계십니다.; FORMAL; PASS; ; ",
        "오세요 for 오십니다; 과장님이 곧 오세요. 회의실에서 기다려 주세요.; 과장님께서 곧 오십니다. 회의실에서 기다려 주십시오.; FORMAL; PASS; ; ",
        // still caught: another tense
        "찾으세요 for 찾으셨습니다; 사장님이 아까 찾으세요. 사장실에서 기다리고 계세요.; 사장님께서 아까 찾으셨습니다. 사장실에서 기다리고 계십니다.; FORMAL; TENSE; ; ",
        // a 해요체 request for its 합쇼체 twin, beside another accepted request
        "주시겠어요 for 주시겠습니까; 네, 손님. 성함 좀 말씀해 주시겠어요? 잠시만 기다려 주세요.; 성함을 말씀해 주시겠습니까? 잠시만 기다려 주십시오.; FORMAL; PASS; ; ",
        "보여 주시겠어요 for 보여 주시겠습니까; 여권 좀 보여 주시겠어요? 잠시만 기다려 주세요.; 여권을 보여 주시겠습니까? 잠시만 기다려 주십시오.; FORMAL; PASS; ; ",
        "주시겠어요 alone against 주십시오 stays accepted; 여기에 이름을 써 주시겠어요?; 여기에 이름을 써 주십시오.; FORMAL; PASS; ; ",
        // still caught: a plain request, or a plain question
        "보여 줘; 여권 좀 보여 줘. 잠시만 기다려 주세요.; 여권을 보여 주시겠습니까? 잠시만 기다려 주십시오.; FORMAL; HONORIFIC; ; ",
        "말해 줄래; 성함 좀 말해 줄래? 잠시만 기다려 주세요.; 성함을 말씀해 주시겠습니까? 잠시만 기다려 주십시오.; FORMAL; HONORIFIC; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }
}
