package com.koto.evaluation;

/**
 * One located error in an answer.
 *
 * @param category    what kind of error
 * @param original    the span of the learner's answer that is wrong (may be empty for a missing element)
 * @param correction  what that span should be
 * @param explanation why, in the learner's instruction language (from the language pack or the model)
 */
public record EvaluationError(ErrorCategory category, String original, String correction, String explanation) {
}
