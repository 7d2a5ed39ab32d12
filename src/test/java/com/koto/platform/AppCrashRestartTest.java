package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The application SIGKILLed mid-session, with nothing configured (embedded PostgreSQL under the
 * data directory): the restart on the same data directory succeeds, the learner's session and
 * answers are there, and a retried {@code client_event_id} returns the first result. Both ways the
 * embedded PostgreSQL can outlive the JVM are covered: its watchdog killed too (the orphan is found
 * and stopped at the next start), and the watchdog alive (it stops PostgreSQL within seconds).
 */
class AppCrashRestartTest {

    private final Path dataDir = Path.of("target", "test-data", "crash-" + UUID.randomUUID()).toAbsolutePath();
    private Process app;

    @AfterEach
    void stop() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroy(); // SIGTERM: graceful, stops the embedded PostgreSQL
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        postmaster().ifPresent(p -> {
            p.destroy();
            p.onExit().orTimeout(20, TimeUnit.SECONDS).join();
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Api start(int port) throws Exception {
        Files.createDirectories(dataDir);
        String java = ProcessHandle.current().info().command().orElse("java");
        // the test class path, each entry once (surefire may list target/classes twice)
        String classPath = String.join(File.pathSeparator, new LinkedHashSet<>(
                List.of(System.getProperty("java.class.path").split(File.pathSeparator))));
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-Dliquibase.duplicateFileMode=WARN", "-cp", classPath,
                "com.koto.KotoApplication")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("app-" + port + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("KOTO_") || k.startsWith("SPRING_") || k.startsWith("GEMINI"));
        env.put("KOTO_DATA_DIR", dataDir.toString());
        env.put("PORT", Integer.toString(port));
        env.put("KOTO_BOOTSTRAP_ADMIN_PASSWORD", "crash-admin-password");
        env.put("VAADIN_USAGE_STATS_ENABLED", "false");
        app = builder.start();
        Api api = new Api("http://127.0.0.1:" + port);
        Path log = dataDir.resolve("app-" + port + ".log");
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the app exited with " + app.exitValue() + " before it was healthy; the end of "
                        + log + ":\n" + tail(log, 60));
            }
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return api;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the app did not become healthy in 4 minutes; the end of " + log + ":\n" + tail(log, 60));
    }

    /** The last {@code lines} lines of a log, so that a failure on a CI machine says why the app stopped. */
    private static String tail(Path log, int lines) throws IOException {
        List<String> all = new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private Optional<ProcessHandle> postmaster() {
        return StalePostmaster.pidOf(dataDir.resolve("postgres").resolve("postmaster.pid"))
                .flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    private void sigkillApp(boolean withWatchdog) throws Exception {
        if (withWatchdog) {
            app.toHandle().descendants().filter(p -> p.info().command().map(c -> c.endsWith("sh")).orElse(false))
                    .forEach(ProcessHandle::destroyForcibly);
        }
        app.destroyForcibly(); // SIGKILL
        app.waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    void restartAfterSigkillFindsTheSessionAndReplaysRetriedAnswers() throws Exception {
        Api api = start(freePort());
        String token = api.newLearnerToken("en");
        Api learner = api.withToken(token);
        String session = learner.startSession("cafe-ordering");
        String body = "{\"type\":\"user_input\",\"text\":\"안녕하세요\",\"client_event_id\":\"before-crash\"}";
        Api.Response first = learner.post("/api/v1/sessions/" + session + "/events", body);
        assertThat(first.status()).isEqualTo(200);

        // 1. the JVM and the watchdog die together: PostgreSQL is orphaned and holds the data dir
        long orphan = postmaster().orElseThrow().pid();
        sigkillApp(true);
        Thread.sleep(2_000);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("orphaned postmaster").contains(true);

        Api restarted = start(freePort()).withToken(token);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                .as("the orphan was stopped at start").isFalse();
        JsonNode state = restarted.get("/api/v1/sessions/" + session).json();
        assertThat(state.toString()).contains("before-crash");
        Api.Response retried = restarted.post("/api/v1/sessions/" + session + "/events", body);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("evaluation")).isEqualTo(first.json().path("evaluation"));
        assertThat(restarted.get("/api/v1/sessions/" + session).json().path("events").size())
                .as("the retry added no events").isEqualTo(state.path("events").size());

        // 2. only the JVM dies: its watchdog stops PostgreSQL within seconds
        long postmaster = postmaster().orElseThrow().pid();
        sigkillApp(false);
        Optional<ProcessHandle> handle = ProcessHandle.of(postmaster);
        handle.ifPresent(p -> p.onExit().orTimeout(15, TimeUnit.SECONDS).join());
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                .as("the watchdog stopped PostgreSQL").isFalse();
        assertThat(start(freePort()).withToken(token).get("/api/v1/sessions/" + session).status()).isEqualTo(200);
    }
}
