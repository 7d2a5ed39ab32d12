package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes from the completeness probe ({@code probe-complete.jsonl}, session 14, helper eval25d): 여기서 left out
 * before the accepted words, -시- on the giving verb of a request after an embedded question, and where an
 * omission is placed (a fragment of the next sentence at the word it precedes, a quantity after the noun it
 * counts), and a since-time every accepted answer gives left out ({@link MissingTimes#sinceTime}). Rows
 * written for this test with other nouns and verbs, and look-alikes that must still fail.
 */
class CompletenessProbeTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        "here before; 실례지만 가장 가까운 지하철역이 어디인지, 걸어가면 시간이 얼마나 걸리는지 알려 주실 수 있어요?; 실례합니다. 제일 가까운 지하철역이 어디에 있어요? 걸어서 얼마나 걸려요?|여기서 가장 가까운 지하철역이 어디예요? 걸어가면 몇 분 걸려요?; POLITE; PASS",
        "here before 2; 가장 가까운 약국이 어디인지 알려 주실 수 있어요?; 여기서 가장 가까운 약국이 어디예요?; POLITE; PASS",
        "embedded question request; 이 버스가 시청에 가는지 알려 주실 수 있어요?; 이 버스 시청에 가요?; POLITE; PASS",
        "embedded question request 2; 회의가 몇 시에 끝나는지 말씀해 주실 수 있어요?; 회의가 몇 시에 끝나요?; POLITE; PASS",
        "look-alike: the speaker's own act; 제가 몇 시에 가는지 알려 주실 수 있어요?; 제가 몇 시에 가는지 알려 드릴게요.; POLITE; FAIL",
        "since look-alike: a duration of the learner's; 열이 나고 머리가 아픈 지 하루 됐어요.; 어제부터 머리가 아프고 열이 나요.|어제부터 두통이 있고 열도 있어요.; POLITE; PASS",
        "since; 세탁기가 고장 났어요. 내일 오후에 고쳐 주실 수 있어요?; 어제부터 세탁기가 고장 났어요. 내일 오후에 고치러 와 주실 수 있어요?|세탁기가 어제부터 안 돼요. 내일 오후에 수리해 주실 수 있을까요?; POLITE; INCOMPLETE",
        "look-alike: the time really missing; 가장 가까운 약국이 어디예요?; 여기서 가장 가까운 약국이 어디예요? 몇 시까지 해요?; POLITE; INCOMPLETE",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict) {
        RuleRows.check(EVALUATOR, rule, answer, accepted, Register.valueOf(register), verdict);
    }

    @ParameterizedTest(name = "{0} ⇒ {4}→{5}")
    @CsvSource(delimiter = ';', value = {
        "fragment of the next sentence; 서울역으로 가 주세요. 좀 빨리 가 주세요.; 서울역으로 가 주세요. 3시 기차라서 좀 빨리 가 주세요.; POLITE; 좀; 3시 기차라서 좀",
        "fragment of the next sentence 2; 공항으로 가 주세요. 좀 빨리 가 주세요.; 공항으로 가 주세요. 4시 비행기라서 좀 빨리 가 주세요.|공항까지 가 주세요. 네 시에 비행기가 출발해서 좀 서둘러 주실 수 있어요?; POLITE; 좀; 4시 비행기라서 좀",
        "since-time left out; 냉장고가 고장 났어요. 내일 와 주실 수 있어요?; 그저께부터 냉장고가 고장 났어요. 내일 와 주실 수 있어요?; POLITE; 냉장고가; 그저께부터 냉장고가",
        "since-time left out 2; 배가 아파요. 약 좀 주세요.; 아침부터 배가 아파요. 약 좀 주세요.; POLITE; 배가; 아침부터 배가",
        "quantity after its noun; 305호인데요, 수건 좀 더 갖다 주세요.; 305호인데요, 수건 두 개 더 갖다 주세요.|305호에 수건 두 개만 더 가져다주실 수 있어요?; POLITE; 수건; 수건 두 개",
        "quantity after its noun 2; 201호인데요, 베개 좀 더 갖다 주세요.; 201호인데요, 베개 세 개 더 갖다 주세요.; POLITE; 베개; 베개 세 개",
    })
    void spans(String rule, String answer, String accepted, String register, String original, String correction) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(accepted.split("\\|")), List.of(), answer,
                "en", Register.valueOf(register), null));
        assertThat(e.errors()).as("%s: %s", rule, answer).anySatisfy(error -> {
            assertThat(error.category()).isEqualTo(ErrorCategory.INCOMPLETE);
            assertThat(error.original()).isEqualTo(original);
            assertThat(error.correction()).isEqualTo(correction);
        });
    }
}
