package com.koto.evaluation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the evaluation module ({@code koto.evaluation.*}). Gemini's key, endpoint and the evaluation
 * model are {@code koto.gemini.*} (platform's {@code Gemini}).
 *
 * @param useModel            whether answers are checked by the Gemini model when Gemini is configured (default
 *                            true; false: the rule evaluator alone, whatever the key)
 * @param timeoutBudget       the longest a learner waits for the model before the rule result
 *                            is returned (default 2 s)
 * @param confidenceThreshold rule evaluations below this confidence (0–1) are checked by the model
 *                            (default 0.75: different words, missing elements, non-Korean input)
 * @param cacheTtl            how long a model evaluation is reused (default 24 h)
 * @param cacheMaxEntries     bound of the in-process cache (default 10,000 evaluations)
 * @param thinkingBudget      the model's thinking tokens per evaluation (default 0: evaluation needs no
 *                            deliberation, and thinking adds latency and cost)
 * @param modelAttempts       HTTP attempts per model evaluation including the first (default 1: the timeout
 *                            budget leaves no room for the SDK's own back-off)
 */
@ConfigurationProperties("koto.evaluation")
record EvaluationProperties(
        @DefaultValue("true") boolean useModel,
        @DefaultValue("2s") Duration timeoutBudget,
        @DefaultValue("0.75") double confidenceThreshold,
        @DefaultValue("24h") Duration cacheTtl,
        @DefaultValue("10000") int cacheMaxEntries,
        @DefaultValue("0") int thinkingBudget,
        @DefaultValue("1") int modelAttempts) {
}
