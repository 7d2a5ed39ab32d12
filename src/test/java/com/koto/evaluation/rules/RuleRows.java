package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import java.util.List;
import java.util.function.Predicate;

/**
 * The verdict of one rule row of a parameterised rule test: an answer evaluated (polite register,
 * English explanations) against accepted answers separated by {@code |}, and a verdict that is
 * {@code PASS} (passes, with at most spacing noted), {@code NOT CATEGORY} (no error of that
 * category) or a category name (fails with an error of that category whose correction satisfies
 * the given test).
 */
final class RuleRows {

    private RuleRows() {
    }

    /** The row's answer evaluated against its accepted answers ({@code |}-separated), English explanations. */
    static Evaluation evaluate(RuleEvaluator evaluator, String answer, String expected, Register register) {
        return evaluateIn("en", evaluator, answer, expected, register);
    }

    /** As {@link #evaluate(RuleEvaluator, String, String, Register)}, with explanations in {@code language} (en, id). */
    static Evaluation evaluateIn(String language, RuleEvaluator evaluator, String answer, String expected,
            Register register) {
        return evaluator.evaluate(new EvaluationRequest(List.of(expected.split("\\|")), List.of(), answer, language,
                register, null));
    }

    /** As {@link #evaluate(RuleEvaluator, String, String, Register)}, with the activity's context (may be null). */
    static Evaluation evaluate(RuleEvaluator evaluator, String answer, String expected, Register register,
            String context) {
        return evaluator.evaluate(new EvaluationRequest(List.of(expected.split("\\|")), List.of(), answer, "en",
                register, null, context));
    }

    /**
     * The verdict of a row evaluated in the given register: {@code PASS} (passes, with at most spacing
     * noted), {@code SPACING} (passes with a spacing note), {@code FAIL} (fails, whatever the
     * category) or a category name (fails with an error of that category).
     */
    static void check(RuleEvaluator evaluator, String rule, String answer, String expected, Register register,
            String verdict) {
        Evaluation e = evaluate(evaluator, answer, expected, register);
        List<ErrorCategory> categories = e.errors().stream().map(EvaluationError::category).toList();
        switch (verdict) {
            case "PASS" -> {
                assertThat(e.passed()).as("%s: %s should pass, got %s", rule, answer, e.errors()).isTrue();
                assertThat(categories).as("%s: %s", rule, answer).allMatch(c -> c == ErrorCategory.SPACING);
            }
            case "SPACING" -> {
                assertThat(e.passed()).as("%s: %s should pass, got %s", rule, answer, e.errors()).isTrue();
                assertThat(categories).as("%s: %s", rule, answer).isNotEmpty().allMatch(c -> c == ErrorCategory.SPACING);
            }
            case "FAIL" -> assertThat(e.passed()).as("%s: %s should fail", rule, answer).isFalse();
            default -> {
                assertThat(e.passed()).as("%s: %s should fail", rule, answer).isFalse();
                assertThat(categories).as("%s: %s", rule, answer).contains(ErrorCategory.valueOf(verdict));
            }
        }
    }

    /**
     * A row whose answer fails with an error of the category and subtype on the learner's words as
     * written ({@code original}) and that word corrected ({@code correction}).
     */
    static void corrected(RuleEvaluator evaluator, Register register, String answer, String expected,
            ErrorCategory category, String subtype, String original, String correction) {
        Evaluation e = evaluate(evaluator, answer, expected, register);
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isFalse();
        assertThat(e.errors()).as(answer).anySatisfy(error -> {
            assertThat(error.category()).isEqualTo(category);
            assertThat(error.subtype()).isEqualTo(subtype);
            assertThat(error.original()).isEqualTo(original);
            assertThat(error.correction()).isEqualTo(correction);
        });
    }

    /**
     * The verdict of a natural-variant row (session 8, {@code NaturalVariantsTest} and its round 2): the rule
     * name may start with the activity's register ({@code FORMAL|…}, {@code CASUAL|…}; polite otherwise), and
     * {@code PASS} allows the notes a passed answer may carry (spacing, {@code honorific/formal_level});
     * {@code FAIL} and a category name as in {@link #check(RuleEvaluator, String, String, String, Register, String)}.
     */
    static void variant(RuleEvaluator evaluator, String rule, String answer, String expected, String verdict) {
        Register register = rule.contains("|") ? Register.valueOf(rule.substring(0, rule.indexOf('|'))) : Register.POLITE;
        Evaluation e = evaluate(evaluator, answer, expected, register);
        List<ErrorCategory> categories = e.errors().stream().map(EvaluationError::category).toList();
        switch (verdict) {
            case "PASS" -> {
                assertThat(e.passed()).as("%s: %s should pass, got %s", rule, answer, e.errors()).isTrue();
                assertThat(e.errors()).as("%s: %s", rule, answer).allMatch(err -> err.category() == ErrorCategory.SPACING
                        || "honorific/formal_level".equals(err.subtype()));
            }
            case "FAIL" -> assertThat(e.passed()).as("%s: %s should fail", rule, answer).isFalse();
            default -> {
                assertThat(e.passed()).as("%s: %s should fail", rule, answer).isFalse();
                assertThat(categories).as("%s: %s", rule, answer).contains(ErrorCategory.valueOf(verdict));
            }
        }
    }

    static void check(RuleEvaluator evaluator, String rule, String answer, String expected, String verdict,
            Predicate<String> correction) {
        Evaluation e = evaluate(evaluator, answer, expected, Register.POLITE);
        List<ErrorCategory> categories = e.errors().stream().map(EvaluationError::category).toList();
        if (verdict.startsWith("NOT ")) {
            assertThat(categories).as("%s: %s", rule, answer).doesNotContain(ErrorCategory.valueOf(verdict.substring(4)));
            return;
        }
        if (verdict.equals("PASS")) {
            assertThat(e.passed()).as("%s: %s should pass, got %s", rule, answer, e.errors()).isTrue();
            assertThat(categories).allMatch(c -> c == ErrorCategory.SPACING);
            return;
        }
        assertThat(e.passed()).as("%s: %s should fail", rule, answer).isFalse();
        assertThat(categories).as("%s: %s", rule, answer).contains(ErrorCategory.valueOf(verdict));
        assertThat(e.errors()).as("%s: %s", rule, answer).anyMatch(err -> correction.test(err.correction()));
    }

    /**
     * A row that names a subtype: the answer (in the row's register, English explanations) passes when
     * {@code expected} is {@code PASS}; otherwise it fails with an error of subtype {@code expected}
     * whose original → correction is {@code span} ({@code *}: any span).
     */
    static void subtypeRow(RuleEvaluator evaluator, String register, String answer, String accepted, String expected,
            String span) {
        Evaluation e = evaluate(evaluator, answer, accepted, Register.valueOf(register));
        if (expected.equals("PASS")) {
            assertThat(e.passed()).as(answer + ": " + e.errors()).isTrue();
            return;
        }
        assertThat(e.passed()).as(answer + ": " + e.errors()).isFalse();
        assertThat(e.errors()).as(answer).anyMatch(x -> expected.equals(x.subtype())
                && (span.equals("*") || span.equals(x.original() + "→" + x.correction())));
    }

    /**
     * One row of a subtype test in {@code register}: {@code expected} is {@code PASS} (the answer passes),
     * {@code FAIL} (it fails, for any reason), {@code NO prefix} (no error whose subtype starts with the
     * prefix, whatever the verdict) or a subtype or category wire name (the answer fails with such an error,
     * located at {@code span} as {@code original→correction}, or anywhere when {@code span} is {@code *}).
     */
    static void verdictRow(RuleEvaluator evaluator, Register register, String answer, String accepted,
            String expected, String span) {
        Evaluation e = evaluate(evaluator, answer, accepted, register);
        if (expected.startsWith("NO ")) {
            String prefix = expected.substring(3);
            assertThat(e.errors()).as(answer + ": " + e.errors())
                    .noneMatch(x -> x.subtype() != null && x.subtype().startsWith(prefix));
            return;
        }
        assertThat(e.passed()).as(answer + ": " + e.errors()).isEqualTo(expected.equals("PASS"));
        if (expected.equals("PASS") || expected.equals("FAIL")) {
            return;
        }
        assertThat(e.errors()).as(answer + ": " + e.errors()).anyMatch(x -> (expected.equals(x.subtype())
                || expected.equals(x.category().wireName()))
                && (span.equals("*") || span.equals(x.original() + "→" + x.correction())));
    }

    /**
     * The evaluation of {@code answer} fails with an error whose original → correction is {@code span}
     * ({@code original→correction}), and no error quotes a word the learner did not write (a final . ? ! aside).
     */
    static void learnersWordCorrected(Evaluation e, String answer, String span) {
        String[] fix = span.split("→");
        assertThat(e.passed()).as("%s should fail", answer).isFalse();
        assertThat(e.errors()).as("%s", answer).anySatisfy(err -> {
            assertThat(err.original()).isEqualTo(fix[0]);
            assertThat(err.correction()).isEqualTo(fix[1]);
        });
        // no finding quotes a word the learner did not write
        assertThat(e.errors()).as("%s", answer)
                .allSatisfy(err -> assertThat(answer).contains(err.original().replaceAll("[.?!]$", "")));
    }

    /** Some error's explanation (polite register, instruction language {@code lang}) holds {@code part} and no empty quotes. */
    static void explainedIn(RuleEvaluator evaluator, String answer, String lang, String accepted, String part) {
        Evaluation e = evaluator.evaluate(new EvaluationRequest(List.of(accepted), List.of(), answer, lang,
                Register.POLITE, null));
        assertThat(e.errors()).as(answer).anyMatch(x -> x.explanation().contains(part) && !x.explanation().contains("''"));
    }

    /**
     * The answer (English explanations, the given register) fails with an error of {@code subtype} whose
     * original → correction is {@code span} ({@code original→correction}).
     */
    static void caught(RuleEvaluator evaluator, String answer, String accepted, String span, String subtype,
            Register register) {
        Evaluation e = evaluate(evaluator, answer, accepted, register);
        String[] fix = span.split("→");
        assertThat(e.passed()).as("%s should fail: %s", answer, e.errors()).isFalse();
        assertThat(e.errors()).as("%s", answer).anySatisfy(err -> {
            assertThat(err.subtype()).isEqualTo(subtype);
            assertThat(err.original()).isEqualTo(fix[0]);
            assertThat(err.correction()).isEqualTo(fix[1]);
        });
    }

    /**
     * A row in a named register ({@code POLITE}, {@code FORMAL}, {@code CASUAL}; English explanations):
     * {@code PASS} (passes, with at most spacing noted), {@code FAIL} (fails, whatever the error),
     * {@code NOT CATEGORY} (no error of that category), or a category or subtype ({@code incomplete/missing_time}) with which the answer fails, on
     * {@code original → correction} exactly when {@code original} is given, else with a correction that
     * contains {@code correction} (any when null).
     */
    static void registerRow(RuleEvaluator evaluator, String rule, String answer, String accepted, String register,
            String verdict, String original, String correction) {
        if (verdict.equals("FAIL")) {
            check(evaluator, rule, answer, accepted, Register.valueOf(register), "FAIL");
            return;
        }
        Evaluation e = evaluate(evaluator, answer, accepted, Register.valueOf(register));
        if (verdict.equals("PASS")) {
            assertThat(e.passed()).as("%s: %s", rule, e.errors()).isTrue();
            assertThat(e.errors()).as(rule).allMatch(x -> x.category() == ErrorCategory.SPACING);
        } else if (verdict.startsWith("NOT ")) {
            assertThat(e.errors()).as("%s: %s", rule, e.errors())
                    .noneMatch(x -> x.category() == ErrorCategory.valueOf(verdict.substring(4)));
        } else {
            assertThat(e.passed()).as("%s: %s", rule, e.errors()).isFalse();
            assertThat(e.errors()).as("%s: %s", rule, e.errors()).anyMatch(x -> (verdict.contains("/")
                    ? verdict.equals(x.subtype()) : x.category() == ErrorCategory.valueOf(verdict))
                    && (original != null ? x.original().equals(original) && x.correction().equals(correction)
                    : correction == null || x.correction().contains(correction)));
        }
    }
}
