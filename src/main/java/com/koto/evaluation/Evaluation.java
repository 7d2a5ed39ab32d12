package com.koto.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The judgement of one answer.
 *
 * @param score       0–100
 * @param passed      whether the answer is accepted (minor notes such as spacing may still be listed)
 * @param errors      located errors, most important first; may be non-empty on a pass (notes)
 * @param feedback    one sentence for the learner in their instruction language
 * @param modelAnswer the accepted answer closest to the learner's, so the learner sees the right form
 * @param source      which evaluator produced this
 * @param confidence  0.0–1.0, how sure the producing evaluator is (not sent to learners)
 */
public record Evaluation(
        int score,
        boolean passed,
        List<EvaluationError> errors,
        String feedback,
        String modelAnswer,
        EvaluationSource source,
        @JsonIgnore double confidence) {

    public Evaluation {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0-100, was " + score);
        }
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
