package com.koto.platform;

/**
 * The Prometheus scrape token ({@code koto.metrics.scrape-token}, env {@code KOTO_METRICS_SCRAPE_TOKEN}), for the
 * security chain that guards {@code /actuator/prometheus}.
 */
public final class ScrapeToken {

    private final MetricsProperties properties;

    ScrapeToken(MetricsProperties properties) {
        this.properties = properties;
    }

    /**
     * Whether {@code presented} (a request's bearer token) is the configured scrape token; always false when none
     * is configured or it is shorter than {@value MetricsProperties#MIN_TOKEN_LENGTH} characters.
     */
    public boolean matches(String presented) {
        return properties.matches(presented);
    }
}
