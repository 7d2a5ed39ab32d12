package com.koto.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One located error in an answer.
 *
 * @param category    what kind of error
 * @param original    the span of the learner's answer that is wrong (for a missing element, the
 *                    word it belongs to, or empty when nothing of it was written)
 * @param correction  what that span should be
 * @param explanation why, in the learner's instruction language (from the language pack or the model)
 * @param subtype     optional finer kind within the category, {@code category/detail} in wire names
 *                    (e.g. {@code particle_allomorph/object}, {@code counter/native_number} under
 *                    {@code vocabulary}); {@code null} when none; omitted from JSON when null.
 *                    docs/evaluation.md lists them.
 */
public record EvaluationError(ErrorCategory category, String original, String correction, String explanation,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Finer kind of the error, <kind>/<detail> (particle_allomorph/object, irregular/d, "
                + "counter/native_short_form …); absent when there is none", example = "particle_allomorph/object",
                requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        String subtype) {

    /** An error without a subtype. */
    public EvaluationError(ErrorCategory category, String original, String correction, String explanation) {
        this(category, original, correction, explanation, null);
    }
}
