package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision classes of the eighth-wave probes (helper eval31b), each with look-alikes that must still fail: a
 * range question (몇 시부터 몇 시까지) that asks the start and the end both ({@link MissingParts}); a bare
 * dictionary noun against a shorter accepted noun and its case particle (시간 돼? against 시가 좋아?,
 * {@link SpokenSpelling#otherWord}); 갖다, the short form of 가져다 (equivalents data); the counted noun measured
 * in another unit (삼겹살 한 근 for 삼겹살 600그램, {@link MissingNumbers}). Rows written for this test, not taken
 * from the gold sets; every {@code PASS} row failed before. Verdict: {@code PASS}, {@code FAIL}, or the category
 * or subtype the answer fails with (with its span where given).
 */
class PrecisionClassesSession16cTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // a range question asks the start and the end
        "몇 시부터 몇 시까지; 혹시 내일 회의가 몇 시부터 몇 시까지예요?; 내일 회의는 몇 시에 시작해요? 언제 끝나요?; POLITE; PASS; ; ",
        "언제부터 언제까지; 방학이 언제부터 언제까지예요?; 방학이 언제 시작해요? 언제 끝나요?; POLITE; PASS; ; ",
        "the start alone; 혹시 내일 회의가 몇 시부터예요?; 내일 회의는 몇 시에 시작해요? 언제 끝나요?; POLITE; incomplete/missing_part; ; ",
        // a bare noun against a shorter accepted noun and its particle
        "시간 돼; 내일 영화 볼래? 몇 시쯤 시간 돼?; 내일 영화 볼래? 몇 시가 좋아?; CASUAL; PASS; ; ",
        "no dictionary noun; 내일 영화 볼래? 몇 시갸 좋아?; 내일 영화 볼래? 몇 시가 좋아?; CASUAL; SPELLING; ; ",
        // 갖다, the short form of 가져다
        "갖다 드릴까요; 물을 갖다 드릴까요?; 물을 가져다 드릴까요?; POLITE; PASS; ; ",
        "갖다 줄게; 내일 책 갖다 줄게.; 내일 책 가져다 줄게.; CASUAL; PASS; ; ",
        "a slip in 가져다; 물을 가져더 드릴까요?; 물을 가져다 드릴까요?; POLITE; SPELLING; ; ",
        // the counted noun measured in another unit
        "한 근 for 600그램; 삼겹살 한 근 주시고요, 목살은 300그램만 주세요.; 삼겹살 600그램하고 목살 300그램 주세요.; POLITE; PASS; ; ",
        "the noun left uncounted; 삼겹살 주시고요, 목살은 300그램만 주세요.; 삼겹살 600그램하고 목살 300그램 주세요.; POLITE; incomplete/missing_number; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }
}
