package com.koto.platform;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
            RedisMessageListenerContainer container = new RedisMessageListenerContainer();
            container.setConnectionFactory(connections);
            // keep retrying the subscription while Redis is down instead of failing the start
            container.setRecoveryInterval(2000);
            return container;
        }

        @Bean
        SharedCache sharedCache(StringRedisTemplate redis) {
            log.info("Shared cache and fan-out: Redis");
            return new RedisSharedCache(redis);
        }

        @Bean
        FanOut fanOut(StringRedisTemplate redis, RedisMessageListenerContainer container) {
            return new RedisFanOut(redis, container);
        }

        @Bean
        RateLimits rateLimits(RedisConnectionFactory connections, RateLimitProperties properties) {
            if (connections instanceof LettuceConnectionFactory lettuce
                    && lettuce.getNativeClient() instanceof RedisClient client) {
                ProxyManager<byte[]> proxies = Bucket4jLettuce.casBasedBuilder(client)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofMinutes(10)))
                        .requestTimeout(Duration.ofMillis(500))
                        .build();
                return new RateLimits(proxies, properties);
            }
            log.warn("Redis client is not a standalone Lettuce client: rate limits stay per instance");
            return new RateLimits(null, properties);
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
            return new RateLimits(null, properties);
        }
    }
}
