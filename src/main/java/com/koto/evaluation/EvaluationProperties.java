package com.koto.evaluation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the evaluation module ({@code koto.evaluation.*}).
 *
 * @param gemini              the model evaluator; inactive without an API key
 * @param timeoutBudget       the longest a learner waits for the model before the rule result
 *                            is returned (default 2 s)
 * @param confidenceThreshold rule evaluations below this confidence (0–1) are checked by the model
 *                            (default 0.75: different words, missing elements, non-Korean input)
 * @param cacheTtl            how long a model evaluation is reused (default 24 h)
 * @param cacheMaxEntries     bound of the in-process cache (default 10,000 evaluations)
 */
@ConfigurationProperties("koto.evaluation")
public record EvaluationProperties(
        @DefaultValue Gemini gemini,
        @DefaultValue("2s") Duration timeoutBudget,
        @DefaultValue("0.75") double confidenceThreshold,
        @DefaultValue("24h") Duration cacheTtl,
        @DefaultValue("10000") int cacheMaxEntries) {

    /**
     * The Gemini model evaluator.
     *
     * @param apiKey         API key; blank falls back to the environment variable {@code GEMINI_API_KEY}
     * @param model          model name; blank falls back to {@code KOTO_GEMINI_MODEL}, then
     *                       {@code gemini-2.5-flash}
     * @param baseUrl        override of the API base URL (tests point it at a local fake server)
     * @param thinkingBudget thinking tokens allowed (default 0: evaluation needs no deliberation,
     *                       and thinking adds latency and cost)
     * @param attempts       HTTP attempts per evaluation including the first (default 1: the
     *                       timeout budget leaves no room for the SDK's own back-off)
     */
    public record Gemini(
            String apiKey,
            String model,
            String baseUrl,
            @DefaultValue("0") int thinkingBudget,
            @DefaultValue("1") int attempts) {
    }
}
