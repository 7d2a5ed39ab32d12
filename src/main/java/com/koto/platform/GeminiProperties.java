package com.koto.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to Google's Gemini API ({@code koto.gemini.*}), one tree for every module that calls it (evaluation,
 * speech-to-text, text-to-speech); modules read it through {@link Gemini}.
 *
 * @param apiKey  API key, env {@code GEMINI_API_KEY}; blank → Gemini is not configured (rules, espeak-ng, no STT)
 * @param baseUrl override of the API base URL, env {@code KOTO_GEMINI_BASE_URL} (proxies; tests point it at a
 *                local fake); blank → Google's
 * @param models  the model of each use
 */
@ConfigurationProperties("koto.gemini")
record GeminiProperties(String apiKey, String baseUrl, @DefaultValue Models models) {

    /**
     * Model names.
     *
     * @param evaluation answer evaluation, env {@code KOTO_GEMINI_MODEL}, default {@code gemini-2.5-flash}
     * @param stt        speech-to-text, default {@code gemini-2.5-flash}
     * @param tts        text-to-speech, default {@code gemini-2.5-flash-preview-tts}
     */
    record Models(
            @DefaultValue("gemini-2.5-flash") String evaluation,
            @DefaultValue("gemini-2.5-flash") String stt,
            @DefaultValue("gemini-2.5-flash-preview-tts") String tts) {
    }
}
