package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 14 (helper eval24c): classes of the register probe (honorifics and speech levels). The
 * sentence-final -잖아(요) giving a known reason ({@link WellFormedEnds#knownReasonSentenceEnd}); -(으)시- inside a
 * reported command honouring the listener told to act ({@link RespectedSubjects#commandToListener}); the
 * correction of -(으)시- on the speaker's own act as the learner's word without it and 말씀드리다 → 말씀하시다
 * ({@link SpanChoices}); a sentence the learner added after a sentence mark keeps its own tense
 * ({@link Evidence#addedSentenceTyped}); the possessive 내 that Nori reads as 내다, the fixed greetings 처음
 * 뵙겠습니다 and 안녕히 계세요 from the one who leaves ({@link HonorificWords}); -습니다 written 스니다
 * ({@link FormChecks}). Answers written for this test,
 * not taken from the gold sets. {@code PASS} = passes; {@code FAIL} = fails; otherwise the answer fails with
 * that subtype on the given original → correction ({@code *}: any span).
 */
class RegisterProbeClassesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // -잖아(요): a known reason as a sentence of its own
        "CASUAL; 아빠 주무시잖아. 조용히 해.; 아빠 주무시니까 조용히 해.; PASS; *",
        "POLITE; 오늘 비가 오잖아요. 우산 가져가세요.; 오늘 비가 오니까 우산 가져가세요.; PASS; *",
        "CASUAL; 내일 시험이 있잖아. 일찍 자.; 내일 시험이 있어서 일찍 자.|내일 시험 있어. 일찍 자.; PASS; *",
        "POLITE; 할머니 주무시잖아. 조용히 해요.; 할머니 주무세요. 조용히 해요.; FAIL; *",
        "CASUAL; 어제 비가 오잖아. 우산 가져가.; 어제 비가 왔으니까 우산 가져가.; FAIL; *",
        // -(으)시- inside a reported command: the listener told to act
        "POLITE; 선생님, 교장 선생님이 교무실로 오시래요.; 선생님, 교장 선생님이 교무실로 오래요.; PASS; *",
        "POLITE; 할아버지, 할머니가 진지 드시래요.; 할아버지, 진지 드세요.; PASS; *",
        "CASUAL; 친구가 저한테 빨리 오시래요.; 친구가 저한테 빨리 오래요.; honorific/si_extra; 오시래요→오래요",
        // -(으)시- on the speaker's own act: the learner's word without it
        "POLITE; 제가 내일 다시 오시겠습니다.; 제가 내일 다시 오겠습니다.; honorific/si_extra; 오시겠습니다→오겠습니다",
        "POLITE; 제가 먼저 읽으시겠습니다.; 제가 먼저 읽겠습니다.; honorific/si_extra; 읽으시겠습니다→읽겠습니다",
        "POLITE; 제가 만들어 드리실게요.; 제가 만들어 드릴게요.; honorific/si_extra; 드리실게요→드릴게요",
        "FORMAL; 부장님, 먼저 퇴근하시겠습니다.; 부장님, 먼저 퇴근해 보겠습니다.; honorific/si_extra; 퇴근하시겠습니다→퇴근하겠습니다",
        "POLITE; 저는 커피 마시고 싶어요.; 저는 커피 마시고 싶어요.; PASS; *",
        // 말씀드리다 said of an elder's speaking
        "CASUAL; 엄마가 내일 바쁘다고 말씀드렸어.; 엄마가 내일 바쁘다고 하셨어.; honorific/si_missing; 말씀드렸어→말씀하셨어",
        // an added sentence after a sentence mark keeps its own tense
        "POLITE; 어떤 색 찾으세요? 제가 찾아 드릴게요.; 어떤 색 찾으세요?; PASS; *",
        // the possessive 내 read as 내다
        "POLITE; 사장님, 내 가방 어디 있어요?; 사장님, 제 가방 어디 있어요?; honorific/humble_pronoun; 내→제",
        "POLITE; 과장님, 내 보고서 좀 봐 주세요.; 과장님, 보고서 좀 봐 주시겠어요?; honorific/humble_pronoun; 내→제",
        "POLITE; 여기 돈 내 주세요.; 여기 돈 내 주세요.; PASS; *",
        "CASUAL; 야, 내 보고서 봤어?; 야, 내 보고서 봤어?; PASS; *",
        // 처음 뵙겠습니다; 안녕히 계세요 from the one who leaves
        "FORMAL; 안녕하십니까. 처음 보겠습니다. 김민수입니다.; 안녕하십니까. 김민수입니다.; honorific/verb; 보겠습니다→뵙겠습니다",
        "FORMAL; 처음 뵙겠습니다. 김민수입니다.; 안녕하십니까. 김민수입니다.; PASS; *",
        "POLITE; 이 영화는 처음 보는 거예요.; 이 영화는 처음 봐요.; PASS; *",
        "POLITE; 선생님, 먼저 갈게요. 안녕히 가세요.; 선생님, 먼저 갈게요.; honorific/farewell; *",
        "FORMAL; 부장님, 먼저 들어가 보겠습니다. 안녕히 계세요.; 부장님, 먼저 들어가 보겠습니다.; PASS; *",
        "POLITE; 손님, 안녕히 가세요.; 안녕히 가세요.; PASS; *",
        // -습니다/-습니까 without the ㅂ of 습
        "FORMAL; 열심히 일하겠스니다.; 열심히 일하겠습니다.; spelling/seumnida; 일하겠스니다→일하겠습니다",
        "FORMAL; 시간이 있스니까?; 시간이 있습니까?; spelling/seumnida; 있스니까→있습니까",
        "POLITE; 이건 버스니까 천천히 가요.; 이건 버스니까 천천히 가요.; PASS; *",
    })
    void registerClasses(Register register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, register, answer, accepted, expected, span);
    }
}
