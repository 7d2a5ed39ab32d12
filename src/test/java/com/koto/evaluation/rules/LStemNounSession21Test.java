package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A noun that is also an ㄹ-stem (열 'fever' / 열다, 물 / 물다, 길 / 길다) with the topic particle 은 is not a modifier
 * that kept its ㄹ ({@link ModifierForms#lStemModifier}): a modifier stands before a noun, so 열은 before a predicate
 * is 'the fever' (session 21, the lead; found on probe15-precision, where 열은 없고 was corrected to 연 없고 as
 * {@code irregular/l_deletion}). The ㄹ-stem modifiers before a noun keep their finding. Sentences made up for the test.
 */
class LStemNounSession21Test {

    private static final RuleEvaluator RULES = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} → {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // a noun with 은 before a predicate or a clause: correct Korean, no ㄹ-deletion finding
        "POLITE; 이제 열은 없고 몸도 좀 나아졌어요.; 이제 열은 없어요. 몸이 좋아졌어요.; NO irregular/l_deletion; *",
        "POLITE; 오늘 열은 없어요.; 오늘 열이 없어요.; PASS; *",
        "POLITE; 기침은 하는데 열은 내렸어요.; 기침은 하는데 열은 내렸어요.|기침은 해요. 열은 내렸어요.; PASS; *",
        "POLITE; 길은 멀어요.; 길이 멀어요.; PASS; *",
        // an ㄹ-stem that keeps its ㄹ before -는 or -(으)ㄴ, before the noun it modifies: still caught
        "POLITE; 문을 열은 사람이 누구예요?; 문을 연 사람이 누구예요?; irregular/l_deletion; 열은→연",
        "POLITE; 빵을 팔는 가게가 어디예요?; 빵을 파는 가게가 어디예요?; irregular/l_deletion; 팔는→파는",
        "POLITE; 서울에 살는 친구를 만나요.; 서울에 사는 친구를 만나요.; irregular/l_deletion; 살는→사는",
        "POLITE; 제가 만들은 케이크예요.; 제가 만든 케이크예요.; irregular/l_deletion; 만들은→만든",
    })
    void rows(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(RULES, Register.valueOf(register), answer, accepted, expected, span);
    }
}
