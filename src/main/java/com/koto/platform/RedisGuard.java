package com.koto.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small circuit breaker in front of Redis: after a failure, Redis is skipped for a cool-down
 * (default 5 s) so that an outage costs one timeout, not one per operation; callers then use their
 * in-process fallback.
 */
final class RedisGuard {

    private static final Logger log = LoggerFactory.getLogger(RedisGuard.class);

    private final Clock clock;
    private final Duration coolDown;
    private final AtomicReference<Instant> downUntil = new AtomicReference<>(Instant.MIN);

    RedisGuard(Clock clock, Duration coolDown) {
        this.clock = clock;
        this.coolDown = coolDown;
    }

    /**
     * Runs a Redis operation unless Redis is cooling down.
     *
     * @param operation the Redis call
     * @param fallback  the in-process alternative, used when Redis is down or the call fails
     */
    <T> T call(String what, Supplier<T> operation, Supplier<T> fallback) {
        if (clock.instant().isBefore(downUntil.get())) {
            return fallback.get();
        }
        try {
            return operation.get();
        } catch (RuntimeException e) {
            Instant until = clock.instant().plus(coolDown);
            if (downUntil.getAndSet(until).isBefore(clock.instant())) {
                log.warn("Redis unavailable during {} ({}); using in-process fallbacks for {} s", what,
                        e.getMessage(), coolDown.toSeconds());
            }
            return fallback.get();
        }
    }

    /** Whether Redis is currently considered down. */
    boolean down() {
        return clock.instant().isBefore(downUntil.get());
    }
}
