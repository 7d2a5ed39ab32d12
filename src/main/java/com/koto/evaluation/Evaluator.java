package com.koto.evaluation;

/**
 * Judges one learner answer. Implementations must be thread-safe and must not throw on any
 * learner text (empty, non-Hangul, very long): bad answers are evaluations, not errors.
 */
public interface Evaluator {

    /**
     * Evaluates an answer.
     *
     * @param request the accepted answers, the learner's answer and the instruction language
     * @return the evaluation; never {@code null}
     * @throws IllegalArgumentException only when the request itself is malformed (no accepted answers)
     */
    Evaluation evaluate(EvaluationRequest request);
}
