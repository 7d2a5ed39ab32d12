package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quantity left out after a noun whose last syllable is also a particle (바나나: 나 'or'; 포도: 도 'also'; 사과: 과
 * 'and'), session 29 (lead): the finding is placed on the noun it counts, as on any other noun (바나나 → 바나나 두 송이),
 * not on the verb after it; the whole word is read as the dictionary noun before it is split into stem and particle.
 */
class MissingNumberSpansSession29Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            "사과 여섯 개하고 바나나 주세요.; 사과 여섯 개하고 바나나 두 송이 주세요.; POLITE; incomplete/missing_number; 바나나→바나나 두 송이",
            "귤 세 개하고 바나나 주세요.; 귤 세 개하고 바나나 한 송이 주세요.; POLITE; incomplete/missing_number; 바나나→바나나 한 송이",
            // 포도 (도 'also'): the comparison names it first, as a missing word, on the same span
            "배 두 개하고 포도 주세요.; 배 두 개하고 포도 두 송이 주세요.; POLITE; incomplete/missing_number; 포도→포도 두 송이", // (s37d: the task check names it)
            "우유 한 병하고 바나나 살게요.; 우유 한 병하고 바나나 세 개 살게요.; POLITE; incomplete/missing_number; 바나나→바나나 세 개",
            // look-alikes: the count given, in digits or after the noun with its counter
            "사과 여섯 개하고 바나나 두 송이 주세요.; 사과 여섯 개하고 바나나 두 송이 주세요.; POLITE; PASS; *",
            "사과 6개하고 바나나 2송이 주세요.; 사과 여섯 개하고 바나나 두 송이 주세요.; POLITE; NO incomplete; *",
            "배 두 개랑 포도 두 송이 주세요.; 배 두 개하고 포도 두 송이 주세요.; POLITE; PASS; *",
            "바나나 세 개하고 우유 한 병 살게요.; 우유 한 병하고 바나나 세 개 살게요.; POLITE; NO incomplete; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
