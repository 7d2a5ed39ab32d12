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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token-bucket rate limits (Bucket4j): shared through Redis when configured (Lettuce CAS proxy
 * manager), per instance otherwise. If Redis fails, the limit fails open for that request (a
 * learner is never blocked by our outage) and a warning is logged.
 */
public class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

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

    private final ProxyManager<byte[]> redis;
    private final Map<String, Bucket> local = new ConcurrentHashMap<>();
    private final RateLimitProperties properties;

    RateLimits(ProxyManager<byte[]> redis, RateLimitProperties properties) {
        this.redis = redis;
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
        ConsumptionProbe probe;
        try {
            Bucket bucket = redis != null
                    ? redis.builder().build(key.getBytes(StandardCharsets.UTF_8), limit::configuration)
                    : local.computeIfAbsent(key, k -> Bucket.builder().addLimit(limit.configuration().getBandwidths()[0]).build());
            probe = bucket.tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            log.warn("Rate limiter unavailable ({}); allowing the request", e.getMessage());
            return;
        }
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
            throw new RateLimitedException(limit.name(), seconds);
        }
    }
}
