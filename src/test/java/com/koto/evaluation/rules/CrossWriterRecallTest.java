package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 9 round 2 (helper eval15b): classes whose misses recurred with at least two writers — 덥다
 * for a fever ({@link PredicateSenses}), a native digit before 백, 천, 만 ({@link Counters}) and the plain
 * condition -(으)면 where a way is asked ({@link IntendedGoals}) and an adjective's modifier in -는
 * ({@link ModifierForms#adjectiveModifier}). Answers written for this test, in
 * other scenes than the gold sets'; each class has catching rows and a correct look-alike that must
 * pass. The register is the first field; {@code PASS} = passes; otherwise the answer fails with that
 * subtype on the given original → correction ({@code *} = any span).
 */
class CrossWriterRecallTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // 덥다 for a fever, right after another symptom
        "POLITE; 기침이 나고 더워요. 병원에 가고 싶어요; 기침이 나고 열이 나요. 병원에 가고 싶어요; vocabulary/predicate_sense; 더워요→열이 나요",
        "CASUAL; 배가 아프고 좀 더워. 오늘 못 가; 배가 아프고 열이 좀 나. 오늘 못 가; vocabulary/predicate_sense; 더워→열이 나",
        "POLITE; 오늘 너무 더워요. 머리가 아파요; 머리가 아프고 열이 나요; PASS; *",
        "POLITE; 방이 더워서 머리가 아파요; 머리가 아프고 열이 나요; PASS; *",
        // a native digit before a Sino-Korean unit
        "POLITE; 여섯백 달러를 보내고 싶어요; 600달러를 보내고 싶어요; counter/mixed_number; 여섯백→육백",
        "POLITE; 이 가방은 세만 원이에요; 이 가방은 3만 원이에요; counter/mixed_number; 세만→삼만",
        "POLITE; 사과 다섯만 주세요; 사과 다섯만 주세요; PASS; *",
        "POLITE; 다섯만 원 주세요; 오만 원 주세요; counter/mixed_number; 다섯만→오만",
        "POLITE; 이 가방은 삼만 원이에요; 이 가방은 3만 원이에요; PASS; *",
        // the plain condition where the way to a place is asked
        "POLITE; 시청에 가면 몇 번 버스를 타요?; 시청에 가려면 몇 번 버스를 타요?; ending/intended_condition; 가면→가려면",
        "POLITE; 공항까지 가면 어느 선으로 갈아타야 돼요?; 공항까지 가려면 어느 선으로 갈아타야 돼요?; ending/intended_condition; 가면→가려면",
        "POLITE; 시청에 어떻게 가면 돼요?; 시청에 어떻게 가요?; PASS; *",
        "POLITE; 시청에 가려면 몇 번 버스를 타요?; 시청에 가려면 몇 번 버스를 타요?; PASS; *",
        // an adjective's modifier in -는
        "POLITE; 조용하는 방으로 바꿔 주세요; 방을 바꾸고 싶어요; ending/adjective_modifier; 조용하는→조용한",
        "CASUAL; 이거보다 더 싸는 거 없어?; 좀 더 저렴한 거 있어?; ending/adjective_modifier; 싸는→싼",
        "CASUAL; 내가 짐을 싸는 동안 기다려 줘; 내가 짐을 싸는 동안 기다려 줘; PASS; *",
        "POLITE; 조용한 방으로 바꿔 주세요; 조용한 방으로 바꿔 주세요; PASS; *",
    })
    void catchesTheClassAndLeavesTheLookAlike(String register, String answer, String accepted, String expected,
            String span) {
        RuleRows.subtypeRow(EVALUATOR, register, answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} is explained in {1}")
    @CsvSource(delimiter = ';', value = {
        "시청에 가면 몇 번 버스를 타요?; en; 시청에 가려면 몇 번 버스를 타요?; 려면",
        "시청에 가면 몇 번 버스를 타요?; id; 시청에 가려면 몇 번 버스를 타요?; kalau mau",
    })
    void theExplanationComesFromThePack(String answer, String lang, String accepted, String part) {
        RuleRows.explainedIn(EVALUATOR, answer, lang, accepted, part);
    }
}
