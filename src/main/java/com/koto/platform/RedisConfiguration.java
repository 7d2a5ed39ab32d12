package com.koto.platform;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.util.StringUtils;

/**
 * Redis when configured ({@code SPRING_DATA_REDIS_HOST}, {@code SPRING_DATA_REDIS_URL} or
 * {@code KOTO_REDIS_URL}), in-process fallbacks otherwise: {@link SharedCache}, {@link FanOut} and
 * the {@link RateLimits} buckets.
 */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RedisConfiguration.class);

    /** Whether Redis is configured for this instance. */
    static boolean redisConfigured(Environment env) {
        return StringUtils.hasText(env.getProperty("spring.data.redis.host"))
                || StringUtils.hasText(env.getProperty("spring.data.redis.url"));
    }

    static class RedisConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return redisConfigured(context.getEnvironment());
        }
    }

    static class RedisNotConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !redisConfigured(context.getEnvironment());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisConfigured.class)
    static class WithRedis {

        @Bean
        RedisMessageListenerContainer kotoRedisListeners(RedisConnectionFactory connections) {
            // one dispatch thread keeps each session's messages in publish order (the default
            // executor runs every message on a new thread, so a reply could overtake its evaluation);
            // dispatch only enqueues into socket outboxes, so one thread is plenty
            ExecutorService dispatch = Executors.newSingleThreadExecutor(
                    Thread.ofPlatform().name("koto-redis-dispatch").daemon().factory());
            RedisMessageListenerContainer container = new RedisMessageListenerContainer() {
                @Override
                public void destroy() throws Exception {
                    try {
                        super.destroy();
                    } finally {
                        dispatch.shutdownNow(); // the container stops only executors it created itself
                    }
                }
            };
            container.setConnectionFactory(connections);
            container.setRecoveryInterval(2000);
            container.setTaskExecutor(dispatch);
            // started by RedisFanOut in the background, so the app starts while Redis is down
            container.setAutoStartup(false);
            return container;
        }

        @Bean
        RedisGuard redisGuard(Clock clock) {
            return new RedisGuard(clock, Duration.ofSeconds(5));
        }

        @Bean
        SharedCache sharedCache(StringRedisTemplate redis, RedisGuard guard, Clock clock) {
            log.info("Shared cache, fan-out and rate limits: Redis");
            return new RedisSharedCache(redis, guard, new LocalSharedCache(10_000, clock));
        }

        @Bean(destroyMethod = "stop")
        RedisFanOut fanOut(StringRedisTemplate redis, @Qualifier("kotoRedisListeners") RedisMessageListenerContainer container,
                RedisGuard guard) {
            return new RedisFanOut(redis, container, guard);
        }

        @Bean
        RateLimits rateLimits(RedisConnectionFactory connections, RateLimitProperties properties, RedisGuard guard) {
            if (!(connections instanceof LettuceConnectionFactory lettuce)) {
                log.warn("Redis connection is not Lettuce: rate limits stay per instance");
                return new RateLimits(null, null, properties);
            }
            // connects on first use, not at start: the app starts (and falls back) while Redis is down
            java.util.function.Supplier<ProxyManager<byte[]>> proxies = new java.util.function.Supplier<>() {
                private volatile ProxyManager<byte[]> manager;

                @Override
                public synchronized ProxyManager<byte[]> get() {
                    if (manager == null) {
                        if (!(lettuce.getNativeClient() instanceof RedisClient client)) {
                            throw new IllegalStateException("Redis client is not a standalone RedisClient");
                        }
                        manager = Bucket4jLettuce.casBasedBuilder(client)
                                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                        Duration.ofMinutes(10)))
                                .requestTimeout(Duration.ofMillis(500))
                                .build();
                    }
                    return manager;
                }
            };
            return new RateLimits(proxies, guard, properties);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisNotConfigured.class)
    static class InProcess {

        @Bean
        SharedCache sharedCache(Clock clock) {
            log.info("Shared cache and fan-out: in-process (no Redis configured)");
            return new LocalSharedCache(50_000, clock);
        }

        @Bean
        FanOut fanOut() {
            return new LocalFanOut();
        }

        @Bean
        RateLimits rateLimits(RateLimitProperties properties) {
            return new RateLimits(null, null, properties);
        }
    }
}
