package com.koto.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Metrics settings ({@code koto.metrics.*}).
 *
 * @param scrapeToken bearer token that lets a Prometheus server read {@code /actuator/prometheus} without an
 *                    account (env {@code KOTO_METRICS_SCRAPE_TOKEN}, ≥ 16 characters to be accepted); blank → only
 *                    ADMIN accounts (HTTP basic) may read it
 */
@ConfigurationProperties("koto.metrics")
public record MetricsProperties(String scrapeToken) {

    /** Shortest scrape token accepted; a shorter one is ignored (treated as not configured). */
    public static final int MIN_TOKEN_LENGTH = 16;

    /** Whether {@code presented} (the bearer token of a request) is the configured scrape token. */
    public boolean matches(String presented) {
        if (scrapeToken == null || scrapeToken.length() < MIN_TOKEN_LENGTH || presented == null) {
            return false;
        }
        return java.security.MessageDigest.isEqual(scrapeToken.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                presented.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
