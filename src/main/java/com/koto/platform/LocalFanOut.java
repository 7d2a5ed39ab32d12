package com.koto.platform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** In-process {@link FanOut}; also the local delivery path of the Redis one. */
class LocalFanOut implements FanOut {

    private static final Logger log = LoggerFactory.getLogger(LocalFanOut.class);

    private final List<Map.Entry<String, BiConsumer<String, String>>> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(String topic, String message) {
        for (Map.Entry<String, BiConsumer<String, String>> s : subscribers) {
            if (topic.startsWith(s.getKey())) {
                try {
                    s.getValue().accept(topic, message);
                } catch (RuntimeException e) {
                    log.warn("Subscriber of {} failed: {}", topic, e.toString());
                }
            }
        }
    }

    @Override
    public void subscribe(String prefix, BiConsumer<String, String> listener) {
        subscribers.add(Map.entry(prefix, listener));
    }

    @Override
    public String kind() {
        return "local";
    }
}
