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
}
