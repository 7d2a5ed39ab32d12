package com.koto.platform;

import java.util.function.BiConsumer;

/**
 * Publish/subscribe across application instances: Redis pub/sub when Redis is configured,
 * in-process otherwise. A message published on instance A reaches the subscribers of every
 * instance. Messages are strings (JSON), at most a few KB.
 */
public interface FanOut {

    /**
     * Publishes a message on a topic; when Redis is unreachable it is delivered to this instance's
     * subscribers only (never lost for local listeners).
     *
     * @param topic e.g. {@code session:3f2…}
     */
    void publish(String topic, String message);

    /**
     * Subscribes to every topic starting with {@code prefix}.
     *
     * @param listener called with (topic, message) on a pub/sub thread; must not block
     */
    void subscribe(String prefix, BiConsumer<String, String> listener);

    /** {@code redis} or {@code local}. */
    String kind();
}
