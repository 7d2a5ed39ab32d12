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
    private final RedisGuard guard;
    private final LocalFanOut local = new LocalFanOut();
    private final java.util.List<String> pending = new java.util.ArrayList<>();
    private boolean started;
    private final Thread subscriber;

    RedisFanOut(StringRedisTemplate redis, RedisMessageListenerContainer container, RedisGuard guard) {
        this.redis = redis;
        this.container = container;
        this.guard = guard;
        this.subscriber = Thread.ofVirtual().name("koto-redis-subscriber").start(this::startListening);
    }

    /**
     * Starts the subscription container once Redis answers a PING, retrying every 2 s, so the app
     * starts (with local delivery) while Redis is down. Later outages are handled by the
     * container's own recovery.
     */
    private void startListening() {
        for (int attempt = 1; !Thread.currentThread().isInterrupted(); attempt++) {
            try (var connection = redis.getRequiredConnectionFactory().getConnection()) {
                connection.ping();
                synchronized (this) {
                    pending.forEach(this::register);
                    pending.clear();
                    container.start();
                    started = true;
                }
                log.info("Subscribed to Redis fan-out");
                return;
            } catch (RuntimeException e) {
                if (attempt == 1) {
                    log.warn("Redis fan-out subscription failed ({}); retrying every 2 s", e.getMessage());
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** Stops the subscription (application shutdown). */
    void stop() {
        subscriber.interrupt();
        container.stop();
    }

    @Override
    public void publish(String topic, String message) {
        guard.call("publish", () -> {
            Long receivers = redis.convertAndSend(PREFIX + topic, message);
            if (receivers == null || receivers == 0) {
                // nobody subscribed, not even this instance: Redis came back empty and the subscription
                // is still being recovered; the message would be lost, so deliver it here
                local.publish(topic, message);
            }
            return receivers;
        }, () -> {
            log.debug("Delivering {} on this instance only (Redis down)", topic);
            local.publish(topic, message);
            return 0L;
        });
    }

    @Override
    public void subscribe(String prefix, BiConsumer<String, String> listener) {
        local.subscribe(prefix, listener);
        synchronized (this) {
            if (started) {
                register(prefix);
            } else if (!pending.contains(prefix)) {
                pending.add(prefix);
            }
        }
    }

    /** Redis messages of a prefix are handed to the local subscribers. */
    private void register(String prefix) {
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
