package com.koto.evaluation;

import java.util.List;

/**
 * What to evaluate.
 *
 * @param expected        accepted answers in Korean, at least one; the first is the canonical model answer
 * @param patterns        optional Java regexes over the normalised answer that also pass (may be empty)
 * @param answer          the learner's answer as typed or transcribed (may be blank)
 * @param instructionLang the learner's instruction language (ISO 639-1, e.g. {@code id}, {@code en}),
 *                        selects the language pack for feedback and explanations
 * @param register        the speech level the activity expects
 * @param activityRef     stable id of the activity version (e.g. {@code "<lessonVersionId>/<activityKey>"}),
 *                        used as a cache key by model evaluators; {@code null} for ad-hoc evaluations
 * @param context         optional description of the activity for model evaluators (its objective
 *                        or the tutor's prompt); {@code null} when unknown
 */
public record EvaluationRequest(
        List<String> expected,
        List<String> patterns,
        String answer,
        String instructionLang,
        Register register,
        String activityRef,
        String context) {

    /** A request without an activity description (the six-argument form). */
    public EvaluationRequest(List<String> expected, List<String> patterns, String answer, String instructionLang,
            Register register, String activityRef) {
        this(expected, patterns, answer, instructionLang, register, activityRef, null);
    }

    public EvaluationRequest {
        expected = expected == null ? List.of() : List.copyOf(expected);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        answer = answer == null ? "" : answer;
        instructionLang = instructionLang == null || instructionLang.isBlank() ? "en" : instructionLang;
        register = register == null ? Register.POLITE : register;
    }

    /** Convenience for an ad-hoc evaluation with polite register and no patterns. */
    public static EvaluationRequest of(List<String> expected, String answer, String instructionLang) {
        return new EvaluationRequest(expected, List.of(), answer, instructionLang, Register.POLITE, null);
    }
}
