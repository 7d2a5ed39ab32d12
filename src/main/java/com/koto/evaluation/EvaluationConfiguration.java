package com.koto.evaluation;

import com.koto.evaluation.hybrid.HybridEvaluator;
import com.koto.evaluation.model.EvaluationCache;
import com.koto.evaluation.model.GeminiEvaluator;
import com.koto.evaluation.model.SharedEvaluationCache;
import com.koto.evaluation.rules.RuleEvaluator;
import com.koto.langpack.LangPacks;
import com.koto.platform.Gemini;
import com.koto.platform.SharedCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Wires the evaluator other modules inject: one primary {@link Evaluator}, the hybrid policy
 * over the rule evaluator and, when Gemini is configured ({@code koto.gemini.api-key}) and
 * {@code koto.evaluation.use-model} is on, the Gemini evaluator.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EvaluationConfiguration.class);

    @Bean
    RuleEvaluator ruleEvaluator(LangPacks packs) {
        return new RuleEvaluator(packs);
    }

    @Bean
    @Conditional(Gemini.Configured.class)
    @ConditionalOnBooleanProperty(name = "koto.evaluation.use-model", matchIfMissing = true)
    GeminiEvaluator geminiEvaluator(EvaluationProperties properties, Gemini gemini, LangPacks packs) {
        String model = gemini.model(Gemini.Use.EVALUATION);
        log.info("Gemini evaluation enabled with model {} (budget {} ms, threshold {})", model,
                properties.timeoutBudget().toMillis(), properties.confidenceThreshold());
        return new GeminiEvaluator(gemini.apiKey(), model, gemini.baseUrl(), properties.timeoutBudget(),
                properties.modelAttempts(), properties.thinkingBudget(), packs);
    }

    /**
     * The model-evaluation cache: on the platform's shared cache (Redis when configured) when the
     * application provides one, else a bounded in-process cache.
     */
    @Bean
    EvaluationCache evaluationCache(EvaluationProperties properties, ObjectProvider<SharedCache> shared,
            ObjectProvider<Clock> clock) {
        SharedCache platform = shared.getIfAvailable();
        if (platform != null) {
            log.info("Model evaluation cache: {} (TTL {})", platform.kind(), properties.cacheTtl());
            return new SharedEvaluationCache(platform, properties.cacheTtl());
        }
        return new SharedEvaluationCache(SharedCache.inProcess(properties.cacheMaxEntries(),
                clock.getIfAvailable(Clock::systemUTC)), properties.cacheTtl());
    }

    @Bean
    @Primary
    HybridEvaluator evaluator(RuleEvaluator rules, ObjectProvider<GeminiEvaluator> gemini, EvaluationCache cache,
            LangPacks packs, EvaluationProperties properties, ObjectProvider<MeterRegistry> meters) {
        return new HybridEvaluator(rules, gemini.getIfAvailable(), cache, packs, properties.confidenceThreshold(),
                properties.timeoutBudget(), meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
