package com.koto.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits ({@code koto.rate-limit.*}); other modules name a limit by {@link RateLimits.Kind}.
 *
 * @param enabled             default true
 * @param turnsPerMinute      learner inputs (REST and WebSocket) per learner, default 30
 * @param uploadsPerMinute    audio uploads per learner, default 10
 * @param loginsPerMinute     token requests per client IP, default 10
 * @param registrationsPerHour learner registrations per client IP, default 20
 * @param consoleSignInsPerMinute console sign-in attempts per client IP, default 20
 * @param consoleSignInsPerAccount console sign-in attempts per account name in 5 minutes, default 10
 */
@ConfigurationProperties("koto.rate-limit")
record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30") long turnsPerMinute,
        @DefaultValue("10") long uploadsPerMinute,
        @DefaultValue("10") long loginsPerMinute,
        @DefaultValue("20") long registrationsPerHour,
        @DefaultValue("20") long consoleSignInsPerMinute,
        @DefaultValue("10") long consoleSignInsPerAccount) {

    /** The configured limit of a kind. */
    RateLimits.Limit limit(RateLimits.Kind kind) {
        return switch (kind) {
            case TURNS -> new RateLimits.Limit("turns", turnsPerMinute, Duration.ofMinutes(1));
            case UPLOADS -> new RateLimits.Limit("uploads", uploadsPerMinute, Duration.ofMinutes(1));
            case LOGINS -> new RateLimits.Limit("logins", loginsPerMinute, Duration.ofMinutes(1));
            case REGISTRATIONS -> new RateLimits.Limit("registrations", registrationsPerHour, Duration.ofHours(1));
            case CONSOLE_SIGN_INS_PER_IP ->
                    new RateLimits.Limit("console-sign-in-ip", consoleSignInsPerMinute, Duration.ofMinutes(1));
            case CONSOLE_SIGN_INS_PER_ACCOUNT ->
                    new RateLimits.Limit("console-sign-in-account", consoleSignInsPerAccount, Duration.ofMinutes(5));
        };
    }
}
