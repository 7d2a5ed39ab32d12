package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import com.koto.support.WsClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.embedded.core.ExecutableProvider;

/**
 * A real Redis (its own {@code redis-server} process on a free loopback port) frozen with SIGSTOP,
 * then killed and restarted empty: every turn still answers (within 10 s, not the 60 s of Lettuce's
 * default timeout) over REST and the socket, and
 * is recorded once (cache, rate limits and fan-out fall back to in-process while Redis is away).
 */
class RedisFaultsTest extends IntegrationTest {

    private static Process redis;
    private static int redisPort;

    @DynamicPropertySource
    static void ownRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", () -> {
            startRedis();
            return Integer.toString(redisPort);
        });
    }

    private static synchronized void startRedis() {
        try {
            if (redisPort == 0) {
                try (ServerSocket s = new ServerSocket(0)) {
                    redisPort = s.getLocalPort();
                }
            }
            redis = new ProcessBuilder(redisServer(), "--port", Integer.toString(redisPort), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 100; i++) {
                try (Socket ignored = new Socket("127.0.0.1", redisPort)) {
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            throw new IllegalStateException("redis-server did not start");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded redis-server for this test", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The {@code redis-server} binary shipped inside {@code embedded-redis} (the one {@code TestRedis}
     * runs), so the test needs no OS package and works on a fresh machine.
     */
    private static String redisServer() throws IOException {
        return ExecutableProvider.newJarResourceProvider().get().getAbsolutePath();
    }

    @AfterAll
    static void stopRedis() {
        if (redis == null) {
            return;
        }
        signal("CONT");
        redis.destroyForcibly();
    }

    private static void signal(String signal) {
        try {
            new ProcessBuilder(List.of("kill", "-" + signal, Long.toString(redis.pid()))).start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void turn(Api learner, WsClient ws, String session, String text) {
        String id = "redis-" + UUID.randomUUID();
        long started = System.nanoTime();
        Api.Response r = learner.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "user_input", "text", text, "client_event_id", id));
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        System.out.println("REDIS-FAULT turn " + text + " took " + ms + " ms");
        // generous for a loaded CI machine; what it rules out is a turn hanging on a frozen Redis (Lettuce
        // waits 60 s by default; ours are 0.5 s, then the breaker skips Redis for 5 s)
        assertThat(ms).as("a turn with Redis away answers within 10 s").isLessThan(10_000);
        assertThat(ws.next("evaluation", 5).path("client_event_id").asString()).isEqualTo(id);
    }

    @Test
    void turnsContinueWhileRedisIsFrozenAndAfterItComesBackEmpty() throws Exception {
        String token = api().newLearnerToken("en");
        Api learner = api().withToken(token);
        String session = learner.startSession("cafe-ordering");
        try (WsClient ws = WsClient.connect(port, session, token)) {
            ws.next("activity", 10);
            turn(learner, ws, session, "네"); // also warms up the turn path (dictionary, TTS)

            signal("STOP"); // frozen: connections stay open, nothing answers
            try {
                for (int i = 0; i < 3; i++) {
                    turn(learner, ws, session, "네");
                }
            } finally {
                signal("CONT");
            }

            redis.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // gone ...
            turn(learner, ws, session, "네");
            startRedis(); // ... and back, empty
            Thread.sleep(6_000); // the circuit breaker retries Redis after its 5 s pause
            turn(learner, ws, session, "네");
        }
        long events = learner.get("/api/v1/sessions/" + session).json().path("events").findValuesAsString("client_event_id")
                .stream().filter(id -> id.startsWith("redis-")).count();
        assertThat(events).as("every turn recorded exactly once").isEqualTo(6);
    }
}
