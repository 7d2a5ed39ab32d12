package com.koto.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module may inject. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** The clock all modules read time from (tests substitute a fixed one). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The data directory ({@code koto.data-dir}) for modules that keep files in it. */
    @Bean
    DataDirectory dataDirectory(PlatformProperties properties) {
        return new DataDirectory(properties.dataDir());
    }

    /** The Prometheus scrape token, for identity's actuator security chain. */
    @Bean
    ScrapeToken scrapeToken(MetricsProperties properties) {
        return new ScrapeToken(properties);
    }

    /** Gemini access for the modules that call it ({@code koto.gemini.*}). */
    @Bean
    Gemini gemini(GeminiProperties properties) {
        return new Gemini(properties);
    }
}
