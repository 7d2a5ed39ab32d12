package com.koto.evaluation;

import com.koto.evaluation.hybrid.HybridEvaluator;
import com.koto.evaluation.model.EvaluationCache;
import com.koto.evaluation.model.GeminiEvaluator;
import com.koto.evaluation.model.SharedEvaluationCache;
import com.koto.evaluation.rules.RuleEvaluator;
import com.koto.langpack.LangPacks;
import com.koto.platform.SharedCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * Wires the evaluator other modules inject: one primary {@link Evaluator}, the hybrid policy
 * over the rule evaluator and, when an API key is configured, the Gemini evaluator.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EvaluationConfiguration.class);

    @Bean
    RuleEvaluator ruleEvaluator(LangPacks packs) {
        return new RuleEvaluator(packs);
    }

    @Bean
    @Conditional(GeminiConfigured.class)
    GeminiEvaluator geminiEvaluator(EvaluationProperties properties, Environment env, LangPacks packs) {
        EvaluationProperties.Gemini g = properties.gemini();
        String model = GeminiConfigured.firstNonBlank(g.model(), env.getProperty("KOTO_GEMINI_MODEL"),
                "gemini-2.5-flash");
        log.info("Gemini evaluation enabled with model {} (budget {} ms, threshold {})", model,
                properties.timeoutBudget().toMillis(), properties.confidenceThreshold());
        return new GeminiEvaluator(GeminiConfigured.apiKey(env), model, g.baseUrl(), properties.timeoutBudget(),
                g.attempts(), g.thinkingBudget(), packs);
    }

    /**
     * The model-evaluation cache: on the platform's shared cache (Redis when configured) when the
     * application provides one, else a bounded in-process map.
     */
    @Bean
    EvaluationCache evaluationCache(EvaluationProperties properties, ObjectProvider<SharedCache> shared) {
        SharedCache platform = shared.getIfAvailable();
        if (platform != null) {
            log.info("Model evaluation cache: {} (TTL {})", platform.kind(), properties.cacheTtl());
            return new SharedEvaluationCache(platform, properties.cacheTtl());
        }
        return new SharedEvaluationCache(SharedCache.inProcess(properties.cacheMaxEntries(), Clock.systemUTC()),
                properties.cacheTtl());
    }

    @Bean
    @Primary
    HybridEvaluator evaluator(RuleEvaluator rules, ObjectProvider<GeminiEvaluator> gemini, EvaluationCache cache,
            LangPacks packs, EvaluationProperties properties, ObjectProvider<MeterRegistry> meters) {
        return new HybridEvaluator(rules, gemini.getIfAvailable(), cache, packs, properties.confidenceThreshold(),
                properties.timeoutBudget(), meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
