package com.koto.platform;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Token-bucket rate limits (Bucket4j): shared through Redis when configured (Lettuce CAS proxy
 * manager), per instance otherwise. While Redis is down the per-instance buckets take over (a
 * learner is never blocked by our outage, and limits still hold per instance).
 */
public class RateLimits {

    /**
     * A limit.
     *
     * @param name     e.g. {@code turns}; part of the bucket key
     * @param capacity requests allowed per period
     * @param period   refill period
     */
    public record Limit(String name, long capacity, Duration period) {

        BucketConfiguration configuration() {
            return BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                    .build();
        }
    }

    private final Supplier<ProxyManager<byte[]>> redis;
    private final RedisGuard guard;
    private final Map<String, Bucket> local = new ConcurrentHashMap<>();
    private final RateLimitProperties properties;

    /**
     * @param redis the shared buckets' proxy manager, connected lazily; {@code null} without Redis
     * @param guard the Redis circuit breaker; {@code null} without Redis
     */
    RateLimits(Supplier<ProxyManager<byte[]>> redis, RedisGuard guard, RateLimitProperties properties) {
        this.redis = redis;
        this.guard = guard;
        this.properties = properties;
    }

    /** The configured limits. */
    public RateLimitProperties limits() {
        return properties;
    }

    /**
     * Takes one token for {@code subject} (a learner id or a client IP).
     *
     * @throws RateLimitedException when the bucket is empty, with the seconds until a token is back
     */
    public void check(Limit limit, String subject) {
        if (!properties.enabled()) {
            return;
        }
        String key = "koto:rate:" + limit.name() + ":" + subject;
        ConsumptionProbe probe = redis == null ? localProbe(key, limit)
                : guard.call("rate limit", () -> redis.get().builder().build(key.getBytes(StandardCharsets.UTF_8),
                        limit::configuration).tryConsumeAndReturnRemaining(1), () -> localProbe(key, limit));
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
            // koto_rate_limit_refusals_total{limit}: Micrometer's global registry, which Boot binds to the app's
            io.micrometer.core.instrument.Metrics.counter("koto.rate_limit.refusals", "limit", limit.name()).increment();
            throw new RateLimitedException(limit.name(), seconds);
        }
    }

    /** Per-instance buckets: without Redis, and while Redis is down (limits then hold per instance). */
    private ConsumptionProbe localProbe(String key, Limit limit) {
        return local.computeIfAbsent(key, k -> Bucket.builder().addLimit(limit.configuration().getBandwidths()[0]).build())
                .tryConsumeAndReturnRemaining(1);
    }
}
