package com.koto.platform;

import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The application's access to Gemini ({@code koto.gemini.*}: key, base URL, the model of each use): whether it is
 * configured, which model a use calls, and google-genai clients built with our timeout and retry policy.
 * Modules that call Gemini inject this bean instead of reading configuration themselves.
 */
public final class Gemini {

    /** What a model is used for. */
    public enum Use {
        /** Answer evaluation ({@code koto.gemini.models.evaluation}). */
        EVALUATION,
        /** Speech-to-text ({@code koto.gemini.models.stt}). */
        SPEECH_TO_TEXT,
        /** Text-to-speech ({@code koto.gemini.models.tts}). */
        TEXT_TO_SPEECH
    }

    /** Matches when {@code koto.gemini.api-key} is set (for beans that exist only with Gemini). */
    public static final class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bind("koto.gemini.api-key", String.class)
                    .map(StringUtils::hasText).orElse(false);
        }
    }

    private final GeminiProperties properties;

    Gemini(GeminiProperties properties) {
        this.properties = properties;
    }

    /**
     * Access with the default models, for tools and tests outside the application.
     *
     * @param apiKey  {@code null} or blank: not configured
     * @param baseUrl {@code null} or blank: Google's
     */
    public static Gemini of(String apiKey, String baseUrl) {
        return new Gemini(new GeminiProperties(apiKey, baseUrl, new GeminiProperties.Models("gemini-2.5-flash",
                "gemini-2.5-flash", "gemini-2.5-flash-preview-tts")));
    }

    /** The same access with another model for one use (tools and tests). */
    public Gemini withModel(Use use, String model) {
        GeminiProperties.Models m = properties.models();
        return new Gemini(new GeminiProperties(properties.apiKey(), properties.baseUrl(), new GeminiProperties.Models(
                use == Use.EVALUATION ? model : m.evaluation(),
                use == Use.SPEECH_TO_TEXT ? model : m.stt(),
                use == Use.TEXT_TO_SPEECH ? model : m.tts())));
    }

    /** Whether an API key is configured. */
    public boolean configured() {
        return StringUtils.hasText(properties.apiKey());
    }

    /** The model name of a use, e.g. {@code gemini-2.5-flash}. */
    public String model(Use use) {
        return switch (use) {
            case EVALUATION -> properties.models().evaluation();
            case SPEECH_TO_TEXT -> properties.models().stt();
            case TEXT_TO_SPEECH -> properties.models().tts();
        };
    }

    /** The API key. @throws IllegalStateException when none is configured */
    public String apiKey() {
        if (!configured()) {
            throw new IllegalStateException("Gemini is not configured: set GEMINI_API_KEY (koto.gemini.api-key)");
        }
        return properties.apiKey();
    }

    /** The API base URL override, or {@code null} for Google's. */
    public String baseUrl() {
        return StringUtils.hasText(properties.baseUrl()) ? properties.baseUrl() : null;
    }

    /**
     * A client with an explicit timeout and attempt count (the SDK's default is 5 attempts with back-off; a
     * learner waits for these calls). Between attempts it waits 0.2–0.5 s; a single attempt never waits (the SDK
     * otherwise sleeps its initial delay even before giving up).
     *
     * @param timeout  HTTP timeout of one attempt
     * @param attempts attempts including the first, at least 1
     * @throws IllegalStateException when Gemini is not configured
     */
    public Client client(Duration timeout, int attempts) {
        HttpRetryOptions retry = attempts <= 1
                ? HttpRetryOptions.builder().attempts(1).initialDelay(0.0).maxDelay(0.0).jitter(0.0).build()
                : HttpRetryOptions.builder().attempts(attempts).initialDelay(0.2).maxDelay(0.5).jitter(0.0).build();
        HttpOptions.Builder http = HttpOptions.builder()
                .timeout((int) Math.max(1, timeout.toMillis()))
                .retryOptions(retry);
        if (baseUrl() != null) {
            http.baseUrl(baseUrl());
        }
        return Client.builder().apiKey(apiKey()).httpOptions(http.build()).build();
    }
}
