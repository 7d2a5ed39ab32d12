package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Correct answers that failed on Y (session 13, helper eval23b), as classes: a sentence-final -거든요 for
 * another polite ending of the same stem ({@link WellFormedEnds#reasonSentenceEnd}), a question word closed
 * by the copula for the same word with a frame particle ({@link WellFormedEnds#questionWordCopula}), 한테/에게
 * for 께 and a person noun inside a copula clause ({@link OptionalDatives}). Rows written for this test, with
 * look-alikes that must still fail. Verdict: {@code PASS} or {@code FAIL} ({@link RuleRows#check}).
 */
class ReasonEndsAndDativesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        "a; 지금 집에 없거든요. 택배 문 앞에 좀 놓아 주세요.; 지금 집에 없는데요, 문 앞에 놓아 주세요.|제가 지금 집에 없어서요. 택배는 문 앞에 두고 가 주세요.; POLITE; PASS; ; ",
        "b; 저기요, 혹시 2호선 갈아타는 곳이 어디예요? 강남에 가야 돼서요.; 강남에 가려면 어디에서 2호선으로 갈아타야 해요?|강남역에 가고 싶은데 2호선은 어디서 갈아타요?; POLITE; PASS; ; ",
        "b2; 화장품 가게가 어디예요?; 화장품은 어디에서 사요?|화장품 가게는 어디에 있어요?; POLITE; PASS; ; ",
        "b3 look-alike: wrong copula; 화장품 가게가 어디이에요?; 화장품은 어디에서 사요?; POLITE; FAIL; ; ",
        "c; 저기요, 이 소포 인도네시아에 계신 어머니한테 보내려고요.; 이 소포를 인도네시아에 계신 어머니께 보내고 싶어요.|이 소포를 인도네시아로 보내고 싶어요. 어머니께 보내는 거예요.; POLITE; PASS; ; ",
        "a2; 제가 어제 그 책을 다 읽었거든요.; 제가 어제 그 책을 다 읽었는데요.; POLITE; PASS; ; ",
        "a3 look-alike: other tense; 지금 집에 없었거든요. 문 앞에 놓아 주세요.; 지금 집에 없는데요, 문 앞에 놓아 주세요.; POLITE; FAIL; ; ",
        "c2; 할머니에게 편지를 보내고 싶어요.; 할머니께 편지를 보내고 싶어요.; POLITE; PASS; ; ",
        "c3 look-alike: subject for dative; 할머니가 편지를 보내고 싶어요.; 할머니께 편지를 보내고 싶어요.; POLITE; FAIL; ; ",
        "d2; 어제 어머니 생일이라서 꽃을 드렸어요.; 어제 어머니께 생신 선물로 꽃을 드렸어요.|어제 어머니 생신이라서 어머니께 꽃을 드렸어요.; POLITE; PASS; ; ",
        "d3 look-alike: the person before the object; 어머니 돈을 보내고 싶어요.; 어머니한테 돈을 보내고 싶어요.; POLITE; FAIL; ; ",
        "b4 look-alike: 얼마예요 for 얼마나; 공항까지 얼마예요?; 공항까지 얼마나 걸려요?; POLITE; FAIL; ; ",
        "d; 어제 선생님 생신이라서 선물 드렸어.; 어제 선생님께 생일 선물을 드렸어.|나 어제 선생님한테 생일 선물 드렸어.; CASUAL; PASS; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.check(EVALUATOR, rule, answer, accepted, Register.valueOf(register), verdict);
    }
}
