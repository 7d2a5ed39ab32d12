package com.koto.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits ({@code koto.rate-limit.*}).
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
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30") long turnsPerMinute,
        @DefaultValue("10") long uploadsPerMinute,
        @DefaultValue("10") long loginsPerMinute,
        @DefaultValue("20") long registrationsPerHour,
        @DefaultValue("20") long consoleSignInsPerMinute,
        @DefaultValue("10") long consoleSignInsPerAccount) {

    /** Learner turns. */
    public RateLimits.Limit turns() {
        return new RateLimits.Limit("turns", turnsPerMinute, Duration.ofMinutes(1));
    }

    /** Audio uploads. */
    public RateLimits.Limit uploads() {
        return new RateLimits.Limit("uploads", uploadsPerMinute, Duration.ofMinutes(1));
    }

    /** Token requests. */
    public RateLimits.Limit logins() {
        return new RateLimits.Limit("logins", loginsPerMinute, Duration.ofMinutes(1));
    }

    /** Registrations. */
    public RateLimits.Limit registrations() {
        return new RateLimits.Limit("registrations", registrationsPerHour, Duration.ofHours(1));
    }

    /** Console sign-in attempts per client address. */
    public RateLimits.Limit consoleSignInsPerIp() {
        return new RateLimits.Limit("console-sign-in-ip", consoleSignInsPerMinute, Duration.ofMinutes(1));
    }

    /** Console sign-in attempts per account name. */
    public RateLimits.Limit consoleSignInsByAccount() {
        return new RateLimits.Limit("console-sign-in-account", consoleSignInsPerAccount, Duration.ofMinutes(5));
    }
}
