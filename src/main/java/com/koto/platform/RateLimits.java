package com.koto.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Token-bucket rate limits (Bucket4j): shared through Redis when configured (Lettuce CAS proxy
 * manager), per instance otherwise. While Redis is down the per-instance buckets take over (a
 * learner is never blocked by our outage, and limits still hold per instance).
 *
 * <p>Per-instance buckets live in a Caffeine cache: a bucket untouched for its limit's refill period
 * is full again, so it is dropped then (forgetting it changes nothing), and at most
 * {@value #MAX_LOCAL_BUCKETS} are kept (a flood of new client addresses cannot grow the heap).
 */
public class RateLimits {

    /** The limits the application applies; their sizes are {@code koto.rate-limit.*}. */
    public enum Kind {
        /** Learner answers (REST and WebSocket), per learner id. */
        TURNS,
        /** Voice uploads, per learner id. */
        UPLOADS,
        /** Token requests (password, refresh, logout), per client IP. */
        LOGINS,
        /** Learner registrations, per client IP. */
        REGISTRATIONS,
        /** Console sign-in attempts, per client address. */
        CONSOLE_SIGN_INS_PER_IP,
        /** Console sign-in attempts, per account name. */
        CONSOLE_SIGN_INS_PER_ACCOUNT
    }

    /**
     * A limit.
     *
     * @param name     e.g. {@code turns}; part of the bucket key and the {@code limit} tag of the refusals metric
     * @param capacity requests allowed per period
     * @param period   refill period
     */
    record Limit(String name, long capacity, Duration period) {

        BucketConfiguration configuration() {
            return BucketConfiguration.builder().addLimit(bandwidth()).build();
        }

        Bandwidth bandwidth() {
            return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build();
        }
    }

    static final int MAX_LOCAL_BUCKETS = 100_000;

    private record LocalBucket(Bucket bucket, Duration idleLimit) {
    }

    private final Supplier<ProxyManager<byte[]>> redis;
    private final RedisGuard guard;
    private final Cache<String, LocalBucket> local = Caffeine.newBuilder()
            .maximumSize(MAX_LOCAL_BUCKETS)
            .expireAfter(Expiry.<String, LocalBucket>accessing((key, bucket) -> bucket.idleLimit()))
            .build();
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

    /**
     * Takes one token for {@code subject} (a learner id, a client IP or an account name, see {@link Kind}).
     *
     * @throws RateLimitedException when the bucket is empty, with the seconds until a token is back
     */
    public void check(Kind kind, String subject) {
        check(properties.limit(kind), subject);
    }

    void check(Limit limit, String subject) {
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
        return local.get(key, k -> new LocalBucket(Bucket.builder().addLimit(limit.bandwidth()).build(), limit.period()))
                .bucket().tryConsumeAndReturnRemaining(1);
    }

    /** Per-instance buckets held now; for tests. */
    long localBuckets() {
        local.cleanUp();
        return local.estimatedSize();
    }
}
