package com.koto.speech;

import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import org.springframework.util.StringUtils;

/** Builds google-genai clients for the speech providers: explicit timeout, one retry, optional base URL. */
final class GeminiClients {

    private GeminiClients() {
    }

    static Client create(SpeechProperties properties) {
        HttpOptions.Builder http = HttpOptions.builder()
                .timeout((int) properties.timeout().toMillis())
                // the SDK's default is 5 attempts with backoff; a learner waits for this
                .retryOptions(HttpRetryOptions.builder().attempts(2).initialDelay(0.2).maxDelay(0.5).jitter(0.0).build());
        if (StringUtils.hasText(properties.geminiBaseUrl())) {
            http.baseUrl(properties.geminiBaseUrl());
        }
        return Client.builder().apiKey(properties.geminiApiKey()).httpOptions(http.build()).build();
    }
}
