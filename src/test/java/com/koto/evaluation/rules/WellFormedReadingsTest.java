package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 14 (helper eval26a): well-formed readings of the learner's words ({@link WellFormedReadings}) — a
 * contracted quotation -(으)ㄴ답니다, the -아/어 form of an ㅅ-irregular stem, 에 with the time of a start,
 * an intransitive after a bare noun. Answers written for this test, not from the gold sets; each class has
 * rows that must still fail. Columns as {@link RuleRows#verdictRow}.
 */
class WellFormedReadingsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // -(으)ㄴ답니다 = -(으)ㄴ다고 합니다
        "FORMAL; 손님이 내일 오전에 다시 전화하신답니다.; 손님께서 내일 오전에 다시 전화하신다고 하셨습니다.; PASS; *",
        "FORMAL; 부장님이 오늘 회의에 늦으신답니다.; 부장님께서 오늘 회의에 늦으신다고 하셨습니다.; PASS; *",
        "FORMAL; 손님이 내일 오전에 다시 전화하신답니다.; 손님께서 내일 오전에 다시 전화하신다고 하셨습니다.; NO tense; *",
        // the -아/어 form of an ㅅ-irregular stem
        "CASUAL; 약 먹고 빨리 나아!; 약 먹고 빨리 나아.; PASS; *",
        "CASUAL; 푹 자고 얼른 나아.; 푹 자고 얼른 나았으면 좋겠어.; NO ending/vowel_harmony; *",
        "CASUAL; 푹 자고 얼른 낫아.; 푹 자고 얼른 나아.; FAIL; *",
        // 에 with the time a start happened
        "POLITE; 작년에 한국어를 배우기 시작했어요.; 작년부터 한국어를 배우기 시작했어요.; PASS; *",
        "POLITE; 지난주에 수영을 배우기 시작했는데 재미있어요.; 지난주부터 수영을 배우기 시작했는데 재미있어요.; PASS; *",
        "POLITE; 작년에 한국어를 배우고 있어요.; 작년부터 한국어를 배우고 있어요.; FAIL; *",
        // an intransitive after a bare noun: the noun is its subject
        "FORMAL; 회의 준비 다 끝났습니다.; 회의 준비를 다 끝냈습니다.; PASS; *",
        "FORMAL; 보고서를 다 끝났습니다.; 보고서를 다 끝냈습니다.; FAIL; *",
    })
    void wellFormedReadings(Register register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, register, answer, accepted, expected, span);
    }

    /** The contraction is read only on the accepted quotation's own word: another tense or verb is not dropped. */
    @org.junit.jupiter.api.Test
    void contractionOnlyOfTheSameWord() {
        org.assertj.core.api.Assertions.assertThat(WellFormedReadings.contractedQuotation("오신답니다", "오신다고 하셨습니다")).isTrue();
        org.assertj.core.api.Assertions.assertThat(WellFormedReadings.contractedQuotation("학생이랍니다", "학생이라고 했어요")).isTrue();
        org.assertj.core.api.Assertions.assertThat(WellFormedReadings.contractedQuotation("오셨답니다", "오신다고 하셨습니다")).isFalse();
        org.assertj.core.api.Assertions.assertThat(WellFormedReadings.contractedQuotation("가신답니다", "오신다고 하셨습니다")).isFalse();
    }
}
