package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision classes of the fresh probe probe13-precision (session 19, the lead), through the whole rule evaluator:
 * -죠 (-지요) for the 해요체 -아/어요 of the same stem ({@link EverydayVariants#confirmingJiyo}), and -(으)시- on a
 * verb whose subject is 분, the honorific noun for a person ({@link RespectedSubjects#honouredPersons}), and -(으)시-
 * on a remark about the state of an honoured listener called first ({@link RespectedSubjects#listenersState}); each
 * with look-alikes that must still fail.
 */
class PrecisionClassesSession19LeadTest {

    private static final RuleEvaluator RULES = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} passes against {1}")
    @CsvSource(delimiter = ';', value = {
        "기사님, 서울역 가죠? 내릴 때 알려 주시면 감사하겠습니다.; 기사님, 이 버스 서울역에 가요? 서울역에서 내려야 하는데 알려 주세요.; POLITE",
        "이 버스 서울역 가죠?; 이 버스 서울역에 가요?; POLITE",
        "이 버스 서울역 가지요?; 이 버스 서울역에 가요?; POLITE",
        "저는 김치를 잘 먹죠.; 저는 김치를 잘 먹어요.; POLITE",
        "축하드립니다. 두 분이 아주 잘 어울리시네요.; 아드님 결혼 축하드립니다. 두 사람이 정말 잘 어울립니다.|축하드립니다. 신랑 신부가 참 잘 어울리네요.; FORMAL",
        "축하드립니다. 두 분이 아주 잘 어울리십니다.; 아드님 결혼 축하드립니다. 두 사람이 정말 잘 어울립니다.; FORMAL",
        "그분이 내일 오세요.; 그 사람이 내일 와요.; POLITE",
        "그 분이 내일 오세요.; 그 사람이 내일 와요.; POLITE",
        // a remark on the state of an honoured listener called first
        "선생님, 오늘 정말 멋있으시네요.; 선생님, 오늘 정말 멋있네요.; POLITE",
        "할머니, 많이 피곤하시겠어요.; 할머니, 많이 피곤하겠어요.; POLITE",
        "사장님, 요즘 바쁘시죠?; 사장님, 요즘 바빠요?; POLITE",
    })
    void correctAnswersPass(String answer, String accepted, Register register) {
        Evaluation e = RuleRows.evaluate(RULES, answer, accepted, register);
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isTrue();
    }

    @ParameterizedTest(name = "{0} fails against {1}")
    @CsvSource(delimiter = ';', value = {
        // 분 after a Sino-Korean number counts minutes; -시- about oneself or a thing
        "오 분이 걸리세요.; 오 분이 걸려요.; POLITE",
        "제가 바쁘시네요.; 제가 바쁘네요.; POLITE",
        "가방이 예쁘시네요.; 가방이 예쁘네요.; POLITE",
        // a state remarked on without an honoured listener called, or about oneself, a thing or an action
        "선생님, 제가 바쁘시네요.; 선생님, 제가 바쁘네요.; POLITE",
        "선생님, 가방이 예쁘시네요.; 선생님, 가방이 예쁘네요.; POLITE",
        "오늘 정말 멋있으시네요.; 오늘 정말 멋있네요.; POLITE",
        "민수야, 오늘 멋있으시네.; 민수야, 오늘 멋있네.; CASUAL",
        "선생님, 네, 한 번 가셨어요.; 선생님, 네, 한 번 갔어요.; POLITE",
        // -죠 where a request is accepted, or on a misspelt ending
        "여기 앉죠.; 여기 앉으세요.; POLITE",
        "이 버스 서울역 가쥬?; 이 버스 서울역에 가요?; POLITE",
    })
    void wrongAnswersStillFail(String answer, String accepted, Register register) {
        Evaluation e = RuleRows.evaluate(RULES, answer, accepted, register);
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isFalse();
    }
}
