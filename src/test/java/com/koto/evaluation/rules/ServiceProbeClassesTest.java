package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 14 (helper eval25c): classes of the service probe (politeness in service and social exchanges). The
 * raised kin noun 어머님/아버님 for the standard 어머니/아버지 ({@link HonorificWords#raisedKin}); the genitive 의
 * added between two nouns ({@link FunctionWordChoices#genitiveAdded}); (으)로 of the chosen item before a verb
 * of giving or choosing ({@link FunctionWordChoices#chosenItem}); a reason connective whose verb the answer
 * states in a sentence of its own ({@link Evidence#reasonStatedElsewhere}). Answers written for this test, not
 * taken from the gold sets. {@code PASS} = passes; {@code FAIL} = fails; otherwise the answer fails with that
 * subtype on the given original → correction ({@code *}: any span).
 */
class ServiceProbeClassesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // 어머님/아버님: the raised form of an elder kin noun, never a misspelling of 어머니/아버지
        "POLITE; 어머님, 고맙습니다. 잘 먹겠습니다.; 어머니, 감사합니다. 잘 먹겠습니다.; PASS; *",
        "POLITE; 아버님, 안녕히 주무세요.; 아버지, 안녕히 주무세요.; PASS; *",
        "POLITE; 할머님께 드릴 선물이에요.; 할머니께 드릴 선물이에요.; PASS; *",
        "POLITE; 어머니, 잘 먹겠습니다.; 어머니, 잘 먹겠습니다.; PASS; *",
        "POLITE; 어머닌, 잘 먹겠습니다.; 어머니, 잘 먹겠습니다.; FAIL; *",
        // 의 added between two nouns
        "FORMAL; 안녕하십니까. 한국전자의 김민수입니다.; 안녕하십니까. 한국전자 김민수입니다.; PASS; *",
        "POLITE; 우리 회사의 사장님이세요.; 우리 회사 사장님이세요.; PASS; *",
        "POLITE; 학교의 가요.; 학교에 가요.; FAIL; *",
        "FORMAL; 여보세요? 한국전자의 부디라고 합니다.; 여보세요, 한국전자 부디입니다.; PASS; *",
        // an asked promise of a humble verb: the offer -(으)ㄹ까요
        "POLITE; 뭘 드릴게요?; 뭘 드릴까요?; ending/promise_question; 드릴게요→드릴까요",
        "POLITE; 가방을 들어 드릴게요?; 가방을 들어 드릴까요?; ending/promise_question; 드릴게요→드릴까요",
        "CASUAL; 이거 나한테 줄게?; 이거 나한테 줄래?; ending/promise_question; 줄게→줄래",
        // 뭐을: corrected to the accepted answer's 뭘; a past for a promise: to the accepted promise
        "POLITE; 뭐을 드시겠어요?; 뭘 드시겠어요?; particle_allomorph; 뭐을→뭘",
        "CASUAL; 책 고마워! 내일 돌려줬어.; 책 고마워! 내일 돌려줄게.; tense; 돌려줬어→돌려줄게",
        // a noun that only narrows the next one, left out
        "POLITE; 죄송하지만 에어컨이 안 돼요. 좀 봐 주시겠어요?; 죄송하지만 방 에어컨이 안 돼요. 좀 봐 주시겠어요?; PASS; *",
        "POLITE; 저기요, 컴퓨터가 안 켜져요.; 저기요, 회사 컴퓨터가 안 켜져요.; PASS; *",
        "POLITE; 저기요, 에어컨이 안 돼요.; 저기요, 에어컨이 안 돼요. 좀 봐 주시겠어요?; FAIL; *",
        // 드리다 in a question asking the listener's will
        "POLITE; 죄송하지만 에어컨이 고장 났어요. 좀 확인해 드리겠어요?; 죄송하지만 방 에어컨이 안 돼요. 좀 봐 주시겠어요?; honorific/verb; 드리겠어요→주시겠어요",
        "POLITE; 이 서류 좀 봐 드릴래요?; 이 서류 좀 봐 주실래요?; honorific/verb; 드릴래요→주실래요",
        "POLITE; 가방을 들어 드릴까요?; 가방을 들어 드릴까요?; PASS; *",
        "FORMAL; 제가 안내해 드리겠습니다.; 제가 안내해 드리겠습니다.; PASS; *",
        // -(으)ㄹ게 written 께 in 반말
        "CASUAL; 내일 돌려줄께.; 내일 돌려줄게.; spelling; 돌려줄께→돌려줄게",
        "CASUAL; 나중에 전화할께.; 나중에 전화할게.; spelling; 전화할께→전화할게",
        // (으)로 of the chosen item
        "POLITE; 어서 오세요! 무엇으로 드릴까요?; 어서 오세요. 뭘 드릴까요?; PASS; *",
        "POLITE; 뭐로 드릴까요?; 뭘 드릴까요?; PASS; *",
        "POLITE; 커피로 주세요.; 커피를 주세요.; PASS; *",
        "POLITE; 뭐로 먹었어요?; 뭘 먹었어요?; FAIL; *",
        // a reason connective whose verb is stated in a sentence of its own
        "POLITE; 교수님, 정말 죄송합니다. 버스가 늦게 와서 좀 늦었어요.; 교수님, 늦어서 죄송합니다. 버스가 늦게 왔습니다.; PASS; *",
        "POLITE; 선생님, 죄송해요. 길이 막혀서 늦었어요.; 선생님, 늦어서 죄송해요.; PASS; *",
        "FORMAL; 교수님, 정말 죄송합니다. 버스가 늦게 왔습니다.; 교수님, 늦어서 죄송합니다. 버스가 늦게 왔습니다.; FAIL; *",
    })
    void serviceClasses(Register register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, register, answer, accepted, expected, span);
    }
}
