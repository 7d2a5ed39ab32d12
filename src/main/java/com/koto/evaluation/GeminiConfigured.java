package com.koto.evaluation;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when a Gemini API key is configured: {@code koto.evaluation.gemini.api-key}, or the
 * environment variable {@code GEMINI_API_KEY}. Without it the rule evaluator works alone.
 */
class GeminiConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return apiKey(context.getEnvironment()) != null;
    }

    static String apiKey(Environment env) {
        return firstNonBlank(env.getProperty("koto.evaluation.gemini.api-key"), env.getProperty("GEMINI_API_KEY"),
                null);
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
