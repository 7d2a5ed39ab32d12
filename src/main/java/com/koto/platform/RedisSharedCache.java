package com.koto.platform;

import java.time.Duration;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * {@link SharedCache} in Redis (keys prefixed {@code koto:cache:}). While Redis is down, an
 * in-process cache stands in, so repeated work is still saved on this instance.
 */
class RedisSharedCache implements SharedCache {

    private static final String PREFIX = "koto:cache:";

    private final StringRedisTemplate redis;
    private final RedisGuard guard;
    private final LocalSharedCache fallback;

    RedisSharedCache(StringRedisTemplate redis, RedisGuard guard, LocalSharedCache fallback) {
        this.redis = redis;
        this.guard = guard;
        this.fallback = fallback;
    }

    @Override
    public Optional<String> get(String key) {
        return guard.call("cache read", () -> Optional.ofNullable(redis.opsForValue().get(PREFIX + key)),
                () -> fallback.get(key));
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        fallback.put(key, value, ttl);
        guard.call("cache write", () -> {
            redis.opsForValue().set(PREFIX + key, value, ttl);
            return null;
        }, () -> null);
    }

    @Override
    public String kind() {
        return "redis";
    }
}
