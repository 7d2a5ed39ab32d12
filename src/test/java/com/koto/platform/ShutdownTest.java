package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.KotoApplication;
import com.koto.support.TestDatabase;
import com.koto.support.TestRedis;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The threads the application starts (the WebSocket heartbeat, the voice-answer sweep, the Redis fan-out dispatch)
 * end when it is closed, so an embedding JVM (tests, a second instance) and a graceful stop leave nothing running.
 */
class ShutdownTest {

    private static final List<String> OURS = List.of("koto-ws-heartbeat", "koto-audio-sweep", "koto-redis-dispatch");

    @Test
    void closingTheApplicationStopsEveryThreadItStarted() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Map<String, Object> p = new HashMap<>();
        p.put("server.port", "0");
        p.put("spring.datasource.url", TestDatabase.url());
        p.put("spring.datasource.username", TestDatabase.USER);
        p.put("spring.data.redis.host", TestRedis.host());
        p.put("spring.data.redis.port", String.valueOf(TestRedis.port()));
        p.put("koto.data-dir", "target/test-data/shutdown-" + UUID.randomUUID());
        p.put("koto.identity.bootstrap-admin-password", "shutdown-test-password");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KotoApplication.class)
                .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        List<Thread> started;
        try {
            FanOut fanOut = app.getBean(FanOut.class);
            long deadline = System.nanoTime() + 20_000_000_000L;
            do {
                // a fan-out message through Redis runs on the dispatch thread once the subscription is up
                fanOut.publish("session:" + UUID.randomUUID(), "{}");
                Thread.sleep(200);
                started = ours(before);
            } while (started.stream().map(Thread::getName).distinct().count() < OURS.size() && System.nanoTime() < deadline);
            assertThat(started).extracting(Thread::getName).containsAll(OURS);
        } finally {
            app.close();
        }
        for (Thread t : started) {
            t.join(10_000);
        }
        assertThat(started).as("threads still alive after close").noneMatch(Thread::isAlive);
    }

    private static List<Thread> ours(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && OURS.contains(t.getName())).toList();
    }
}
