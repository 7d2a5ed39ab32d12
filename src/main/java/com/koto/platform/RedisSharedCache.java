package com.koto.platform;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** {@link SharedCache} in Redis (keys prefixed {@code koto:cache:}); Redis errors degrade to misses. */
class RedisSharedCache implements SharedCache {

    private static final Logger log = LoggerFactory.getLogger(RedisSharedCache.class);
    private static final String PREFIX = "koto:cache:";

    private final StringRedisTemplate redis;

    RedisSharedCache(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Optional<String> get(String key) {
        try {
            return Optional.ofNullable(redis.opsForValue().get(PREFIX + key));
        } catch (RuntimeException e) {
            log.warn("Redis cache read failed ({}); treating as a miss", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        try {
            redis.opsForValue().set(PREFIX + key, value, ttl);
        } catch (RuntimeException e) {
            log.warn("Redis cache write failed ({}); value not cached", e.getMessage());
        }
    }

    @Override
    public String kind() {
        return "redis";
    }
}
