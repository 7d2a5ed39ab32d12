package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL frozen (SIGSTOP of the postmaster and every backend) and killed (SIGKILL), on a
 * dedicated embedded PostgreSQL this test owns: turns fail fast with 503 problem+json and
 * {@code Retry-After}, health says DOWN within seconds, and the app recovers by itself when the
 * database is back (SIGCONT; a restart on the same data directory and port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"koto.rate-limit.enabled=false"})
class DatabaseOutageTest {

    @LocalServerPort
    int port;

    private Api api() {
        return new Api("http://127.0.0.1:" + port);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path PG_DIR = Path.of("target", "test-data", "outage-pg-" + UUID.randomUUID());
    private static EmbeddedPostgres postgres;
    private static int pgPort;

    @DynamicPropertySource
    static void dedicatedDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> {
            start();
            return "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres";
        });
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("koto.data-dir", () -> PG_DIR.resolveSibling(PG_DIR.getFileName() + "-data").toString());
        registry.add("koto.identity.bootstrap-admin-password", () -> "outage-admin-password");
    }

    private static synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            Files.createDirectories(PG_DIR);
            // durable commits as in production (zonky's builder turns synchronous_commit off by default, and an
            // idle WAL writer may then hold a commit for seconds: the kill below lost the session that way)
            postgres = EmbeddedPostgres.builder().setDataDirectory(PG_DIR).setCleanDataDirectory(false)
                    .setServerConfig("synchronous_commit", "on").start();
            pgPort = postgres.getPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopDatabase() {
        signal("CONT", postgresPids());
        try {
            postgres.close();
        } catch (IOException | RuntimeException ignored) {
            // already gone after the kill scenario
        }
    }

    private static List<Long> postgresPids() {
        List<Long> pids = new ArrayList<>();
        StalePostmaster.pidOf(PG_DIR.resolve("postmaster.pid")).flatMap(ProcessHandle::of).ifPresent(p -> {
            pids.add(p.pid());
            p.descendants().forEach(d -> pids.add(d.pid()));
        });
        return pids;
    }

    private static void signal(String signal, List<Long> pids) {
        if (pids.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(p -> command.add(Long.toString(p)));
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private RawHttp.Response answer(String token, String session, String text) {
        String body = "{\"type\":\"user_input\",\"text\":\"" + text + "\",\"client_event_id\":\"" + UUID.randomUUID() + "\"}";
        return RawHttp.send(port, "POST /api/v1/sessions/" + session + "/events HTTP/1.1",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private RawHttp.Response health() {
        return RawHttp.send(port, "GET /actuator/health HTTP/1.1", Map.of(), null);
    }

    private void assertFastUnavailable(RawHttp.Response r, long millis) {
        assertThat(r.status()).as(r.toString()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.headers()).containsKey("retry-after");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("type").asString()).isEqualTo(Problems.TYPE_BASE + "unavailable");
        assertThat(body.path("detail").asString()).isNotBlank();
        assertThat(millis).as("a turn fails within 2 s").isLessThanOrEqualTo(2_000);
    }

    private static long timed(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1_000_000;
    }

    private void awaitHealth(int status, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        RawHttp.Response last = null;
        while (System.nanoTime() < deadline) {
            last = health();
            if (last.status() == status) {
                return;
            }
            sleep(250);
        }
        throw new AssertionError("health did not become " + status + " within " + within + ": " + last);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void frozenThenKilledDatabaseFailsFastAndTheAppRecoversByItself() throws Exception {
        Api api = api();
        String token = api.newLearnerToken("en");
        String session = api.withToken(token).startSession("cafe-ordering");
        assertThat(answer(token, session, "안녕하세요").status()).isEqualTo(200);
        assertThat(health().status()).isEqualTo(200);

        // frozen: every postgres process stopped; its sockets stay open and answer nothing
        signal("STOP", postgresPids());
        try {
            RawHttp.Response[] r = new RawHttp.Response[1];
            for (int i = 0; i < 3; i++) {
                long ms = timed(() -> r[0] = answer(token, session, "네"));
                assertFastUnavailable(r[0], ms);
            }
            awaitHealth(503, Duration.ofSeconds(5));
            assertThat(health().body()).contains("DOWN");
        } finally {
            signal("CONT", postgresPids());
        }
        awaitHealth(200, Duration.ofSeconds(15));
        assertThat(answer(token, session, "네").status()).isEqualTo(200);

        // killed: the postmaster and its backends are gone; connections are refused
        List<Long> pids = postgresPids();
        signal("KILL", pids);
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join());
        }
        RawHttp.Response[] r = new RawHttp.Response[1];
        long ms = timed(() -> r[0] = answer(token, session, "네"));
        assertFastUnavailable(r[0], ms);
        awaitHealth(503, Duration.ofSeconds(5));

        // back on the same data directory and port (PostgreSQL recovers from the crash itself)
        try {
            postgres.close(); // releases the data directory's lock; its pg_ctl stop finds nothing to stop
        } catch (IOException | RuntimeException alreadyDead) {
            // expected after SIGKILL
        }
        postgres = EmbeddedPostgres.builder().setDataDirectory(PG_DIR).setCleanDataDirectory(false)
                .setServerConfig("synchronous_commit", "on").setPort(pgPort).start();
        awaitHealth(200, Duration.ofSeconds(20));
        RawHttp.Response recovered = answer(token, session, "네");
        assertThat(recovered.status()).as(recovered.toString()).isEqualTo(200);
        // the session and its earlier turns survived the crash
        assertThat(api.withToken(token).get("/api/v1/sessions/" + session).status()).isEqualTo(200);
    }
}
