package com.koto.platform;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * {@link FanOut} over Redis pub/sub (channels {@code koto:fanout:<topic>}). Every instance
 * subscribes once per prefix; a failed publish falls back to local delivery.
 */
class RedisFanOut implements FanOut {

    private static final Logger log = LoggerFactory.getLogger(RedisFanOut.class);
    private static final String PREFIX = "koto:fanout:";

    private final StringRedisTemplate redis;
    private final RedisMessageListenerContainer container;
    private final LocalFanOut local = new LocalFanOut();

    RedisFanOut(StringRedisTemplate redis, RedisMessageListenerContainer container) {
        this.redis = redis;
        this.container = container;
    }

    @Override
    public void publish(String topic, String message) {
        try {
            redis.convertAndSend(PREFIX + topic, message);
        } catch (RuntimeException e) {
            log.warn("Redis publish on {} failed ({}); delivering on this instance only", topic, e.getMessage());
            local.publish(topic, message);
        }
    }

    @Override
    public void subscribe(String prefix, BiConsumer<String, String> listener) {
        local.subscribe(prefix, listener);
        container.addMessageListener((Message message, byte[] pattern) -> {
            String channel = new String(message.getChannel(), StandardCharsets.UTF_8).substring(PREFIX.length());
            local.publish(channel, new String(message.getBody(), StandardCharsets.UTF_8));
        }, new PatternTopic(PREFIX + prefix + "*"));
    }

    @Override
    public String kind() {
        return "redis";
    }
}
