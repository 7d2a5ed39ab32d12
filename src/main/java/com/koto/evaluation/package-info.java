/**
 * Evaluation: judges a learner's answer against an activity's accepted answers.
 * Public surface: {@link com.koto.evaluation.Evaluator}, {@link com.koto.evaluation.EvaluationRequest},
 * {@link com.koto.evaluation.Evaluation} and its parts. Implementations live in sub-packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package com.koto.evaluation;
