package com.koto.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded PostgreSQL's life tied to the application's. The postmaster runs as a daemon
 * ({@code pg_ctl start}), so a SIGKILLed JVM leaves it running and holding
 * {@code postmaster.pid}: the next start would fail. Two guards:
 * <ul>
 * <li>{@link #clear} at start: a {@code postmaster.pid} whose process is a running postgres is an
 * orphan of an earlier run of this app on the same data directory: it is asked to stop (SIGTERM,
 * then SIGKILL after 15 s); a pid file whose process is gone (or is no postgres) is stale and removed
 * (PostgreSQL would refuse to start if the pid had been reused by another program);</li>
 * <li>{@link #stopWithThisProcess}: a small {@code sh} watchdog polls this JVM once a second and
 * sends the postmaster SIGINT (PostgreSQL's "fast shutdown") when the JVM is gone, however it died.</li>
 * </ul>
 * The pid file format (first line the postmaster's pid) is PostgreSQL's, see "Database File Layout".
 */
final class StalePostmaster {

    /** Up to ten digits. */
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{1,10}");

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    /** Stops an orphaned postmaster on {@code dataDir}, or removes a stale pid file. */
    static void clear(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        Optional<Long> pid = pidOf(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive)
                .filter(StalePostmaster::isPostgres);
        if (process.isEmpty()) {
            log.warn("Removing stale {} (process {} is not running PostgreSQL)", pidFile, pid.get());
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn("An embedded PostgreSQL (pid {}) from an earlier run still holds {}: stopping it", pid.get(), dataDir);
        ProcessHandle postmaster = process.get();
        postmaster.destroy(); // SIGTERM: smart shutdown; its clients died with the earlier JVM
        if (!waitForExit(postmaster, Duration.ofSeconds(15))) {
            postmaster.destroyForcibly();
            waitForExit(postmaster, Duration.ofSeconds(5));
            Files.deleteIfExists(pidFile);
        }
    }

    /** Starts the watchdog that stops the postmaster of {@code dataDir} when this JVM exits or dies. */
    static void stopWithThisProcess(Path dataDir) {
        Optional<Long> pid = pidOf(dataDir.resolve("postmaster.pid"));
        if (pid.isEmpty() || !Files.isExecutable(Path.of("/bin/sh"))) {
            return;
        }
        String script = "while kill -0 " + ProcessHandle.current().pid() + " 2>/dev/null; do sleep 1; done; "
                + "kill -INT " + pid.get() + " 2>/dev/null";
        try {
            new ProcessBuilder(List.of("/bin/sh", "-c", script))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            log.warn("Could not start the embedded PostgreSQL watchdog: {}", e.getMessage());
        }
    }

    static Optional<Long> pidOf(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.isEmpty() || !TEN_DIGITS.matcher(lines.getFirst().trim()).matches() ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("postgres") || c.contains("/bin/postgres")).orElse(false);
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }
}
