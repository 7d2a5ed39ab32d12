package com.koto.tutoring;

import com.koto.support.IntegrationTest;
import com.koto.support.TestDatabase;
import com.koto.tutoring.internal.SessionSockets;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The load benchmark of the turn path (issue #16), printed and written to
 * {@code target/benchmark/}, never asserted. Loopback only; every part is bounded and stops by
 * itself. Parts, in order:
 * <ol>
 * <li><b>durable-write baseline</b>: threads each committing one INSERT per transaction on the same
 *     PostgreSQL (the ceiling any turn path writing durably could reach);</li>
 * <li><b>closed loop</b>: L learners with no think time, for each L in {@code bench.closed-levels};
 *     the best turns/s and its ratio to the baseline;</li>
 * <li><b>think time</b>: N learners, each on its own WebSocket, playing the café lesson (one wrong
 *     answer, then the right one, per activity) with 1–3 s think time: turns/s, latency
 *     percentiles from send to {@code tutor_response}, errors, heap, RSS, CPU, and a
 *     latency-over-time chart ({@code target/benchmark/latency-think.png});</li>
 * <li><b>idle sockets</b>: K authenticated sockets opened by a separate process and held for a
 *     while; the server's heap and RSS before and with them.</li>
 * </ol>
 * Run: {@code ./mvnw -Pbenchmark test -Dvaadin.skip -Dtest=LoadBenchmark} with, optionally,
 * {@code -Dbench.learners=2000 -Dbench.seconds=60 -Dbench.closed-levels=8,32,64 -Dbench.idle-sockets=10000
 * -Dbench.idle-hold=60 -Dbench.baseline-threads=10}. The clients of parts 2–3 run in the same JVM as
 * the server (their CPU and heap are included there); part 4's run in their own process.
 */
@Tag("benchmark")
// a busy instance keeps its whole pool open (KOTO_DB_POOL_MIN_IDLE=10): no connection is opened mid-run
@TestPropertySource(properties = "spring.datasource.hikari.minimum-idle=10")
@Import(BenchmarkSwitches.class)
class LoadBenchmark extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JwtEncoder encoder;
    @Autowired
    LessonOrchestrator orchestrator;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    @Autowired
    SessionSockets sockets;

    private final StringBuilder report = new StringBuilder();

    @Test
    void loadFigures() throws Exception {
        int learnersN = Integer.getInteger("bench.learners", 500);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int idle = Integer.getInteger("bench.idle-sockets", 2000);
        int idleHold = Integer.getInteger("bench.idle-hold", 60);
        int baselineThreads = Integer.getInteger("bench.baseline-threads", 10);
        int baselineSeconds = Integer.getInteger("bench.baseline-seconds", 10);
        int closedSeconds = Integer.getInteger("bench.closed-seconds", 15);
        List<Integer> closedLevels = List.of(System.getProperty("bench.closed-levels", "8,32").split(",")).stream()
                .map(String::trim).filter(v -> !v.isEmpty()).map(Integer::parseInt).toList();
        String parts = System.getProperty("bench.parts", "baseline,closed,think,idle");
        if (!parts.contains("think")) {
            learnersN = 0;
        }
        Path out = Path.of(System.getProperty("bench.out", "target/benchmark"));
        Files.createDirectories(out);

        line("# Load benchmark, %s", Instant.now());
        line("machine: %d cores seen by the JVM, load average at start %.2f (shared machine: figures are indicative)",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        line("progress listener (read models): %s (-Dbench.progress)", BenchmarkSwitches.progressOn() ? "on" : "OFF");

        // 1. durable-write baseline
        double baseline = Double.NaN;
        if (parts.contains("baseline")) {
            baseline = baseline(baselineThreads, Duration.ofSeconds(baselineSeconds));
            line("");
            line("## 1. Durable-write baseline");
            line("%d threads, one INSERT per transaction (synchronous_commit %s), %d s: **%.0f commits/s**",
                    baselineThreads, jdbc.queryForObject("show synchronous_commit", String.class), baselineSeconds,
                    baseline);
        }

        UUID lesson = LoadDriver.lessonId(jdbc);
        LoadDriver driver = new LoadDriver(port);
        int maxClosed = closedLevels.stream().mapToInt(Integer::intValue).max().orElse(0);
        long t = System.nanoTime();
        int idleSessions = parts.contains("idle") ? Math.min(idle, 500) : 0;
        List<LoadDriver.Learner> learners = LoadDriver.learners(Math.max(Math.max(learnersN, maxClosed), idleSessions),
                jdbc, encoder,
                orchestrator, lesson);
        line("");
        line("set-up: %d learners with a session each in %.1f s", learners.size(), (System.nanoTime() - t) / 1e9);

        // 2. closed loop
        if (!parts.contains("closed")) {
            closedLevels = List.of();
        }
        if (!closedLevels.isEmpty()) {
            // warm-up, not measured: JIT, the first synthesis of each tutor line, the judge's caches
            int warm = Integer.getInteger("bench.warmup-seconds", 15);
            List<LoadDriver.Learner> warmers = learners.subList(0, Math.min(8, learners.size()));
            driver.play(warmers, Duration.ofSeconds(warm), 0, 0, (i, n) -> "커피",
                    i -> orchestrator.start(warmers.get(i).id(), "en", lesson).id());
            line("");
            line("## 2. Closed loop (no think time, WebSocket; after %d s of unmeasured warm-up)", warm);
        }
        double best = 0;
        for (int level : closedLevels) {
            List<LoadDriver.Learner> group = learners.subList(0, level);
            double cpu0 = LoadDriver.cpuSeconds();
            PoolUse pool0 = PoolUse.of(meters, jdbc);
            LoadDriver.Run run = driver.play(group, Duration.ofSeconds(closedSeconds), 0, 0, (i, n) -> "커피",
                    i -> orchestrator.start(group.get(i).id(), "en", lesson).id());
            PoolUse pool = PoolUse.of(meters, jdbc).minus(pool0);
            double rate = run.rate();
            best = Math.max(best, rate);
            int turns = run.samples.size();
            line("%d learners, %.0f s: **%.0f turns/s**, %s; errors %d, timeouts %d; CPU %.2f cores (%.2f ms per turn); "
                    + "pool: %.2f connection uses per turn, mean hold %.2f ms, %.2f ms held per turn; "
                    + "%.2f commits per turn (pg_stat_database)",
                    level, run.seconds, rate, LoadDriver.latencyLine(new ArrayList<>(run.samples)), run.errors.get(),
                    run.timeouts.get(), (LoadDriver.cpuSeconds() - cpu0) / run.seconds,
                    (LoadDriver.cpuSeconds() - cpu0) * 1000 / Math.max(1, turns), (double) pool.uses() / Math.max(1, turns),
                    pool.uses() == 0 ? 0 : pool.heldMs() / pool.uses(), pool.heldMs() / Math.max(1, turns),
                    (double) pool.commits() / Math.max(1, turns));
        }
        if (!closedLevels.isEmpty()) {
            line("best closed-loop rate %.0f turns/s = **%.2f × the durable-write baseline** (%.0f commits/s)", best,
                    best / baseline, baseline);
        }

        // 3. think time
        if (learnersN > 0) {
            line("");
            line("## 3. %d learners with 1–3 s think time, %d s", learnersN, seconds);
            double heap0 = LoadDriver.heapAfterGcMiB();
            double cpu0 = LoadDriver.cpuSeconds();
            List<LoadDriver.Learner> group = learners.subList(0, learnersN);
            AtomicBoolean sampling = new AtomicBoolean(true);
            AtomicLong rssMax = new AtomicLong();
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (sampling.get()) {
                    rssMax.accumulateAndGet((long) LoadDriver.rssMiB(), Math::max);
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            LoadDriver.Run run = driver.play(group, Duration.ofSeconds(seconds), 1000, 3000, (i, n) -> "커피",
                    i -> orchestrator.start(group.get(i).id(), "en", lesson).id());
            sampling.set(false);
            sampler.join();
            double cpu = (LoadDriver.cpuSeconds() - cpu0) / run.seconds;
            List<LoadDriver.Sample> samples = new ArrayList<>(run.samples);
            // the steady state: without the first think time (connects spread over it)
            List<LoadDriver.Sample> steady = samples.stream().filter(s -> s.atSeconds() >= 5).toList();
            line("%d turns, **%.0f turns/s**; all turns: %s", samples.size(), run.rate(),
                    LoadDriver.latencyLine(samples));
            line("steady state (after the first 5 s): **%s**", LoadDriver.latencyLine(steady));
            line("lessons completed %d; errors %d; timeouts %d", run.lessonsCompleted.get(), run.errors.get(),
                    run.timeouts.get());
            // one timer per (path, source) tag set: print each (TurnMetrics)
            for (var serverTurn : meters.find("koto.turn").timers()) {
                var snapshot = serverTurn.takeSnapshot();
                StringBuilder p = new StringBuilder();
                for (var v : snapshot.percentileValues()) {
                    p.append(String.format(" p%.0f %.1f ms", v.percentile() * 100, v.value(TimeUnit.MILLISECONDS)));
                }
                line("server side (`koto.turn` %s, recent window):%s, mean %.1f ms over all %d turns of the JVM",
                        serverTurn.getId().getTags(), p, serverTurn.mean(TimeUnit.MILLISECONDS), serverTurn.count());
            }
            line("heap after GC %.0f MiB before → %.0f MiB after; RSS max %d MiB; CPU %.2f cores (server and clients)",
                    heap0, LoadDriver.heapAfterGcMiB(), rssMax.get(), cpu);
            Path chart = out.resolve("latency-think-" + learnersN + ".png");
            if (!samples.isEmpty()) {
                LoadDriver.chart(samples, learnersN + " learners, 1–3 s think time: latency of each turn", chart);
            }
            line("chart: %s", chart);
            writeCsv(samples, out.resolve("latency-think-" + learnersN + ".csv"));

        }

        // 4. idle sockets
        if (idle > 0 && parts.contains("idle")) {
            line("");
            line("## 4. %d idle sockets held %d s (clients in a separate process; %d learners' sessions, "
                    + "%.1f sockets each, as learners with several devices)", idle, idleHold, learners.size(),
                    (double) idle / learners.size());
            List<LoadDriver.Learner> sockets = new ArrayList<>(idle);
            for (int k = 0; k < idle; k++) {
                sockets.add(learners.get(k % learners.size()));
            }
            idleSockets(sockets, idleHold, out);
        }
        Files.writeString(out.resolve("report-" + learnersN + ".md"), report);
    }

    /** Commits/s of one-INSERT transactions, over {@code threads} connections, for {@code duration}. */
    private double baseline(int threads, Duration duration) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.url(), TestDatabase.USER, "");
             Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_baseline (id bigserial primary key, session_id uuid, "
                    + "payload jsonb, created_at timestamptz)");
        }
        AtomicLong commits = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(Thread.ofPlatform().start(() -> {
                try (Connection c = DriverManager.getConnection(TestDatabase.url(), TestDatabase.USER, "");
                     PreparedStatement insert = c.prepareStatement("insert into bench_baseline (session_id, payload, "
                             + "created_at) values (?, ?::jsonb, now())")) {
                    c.setAutoCommit(true);
                    UUID session = UUID.randomUUID();
                    while (System.nanoTime() < end) {
                        insert.setObject(1, session);
                        insert.setString(2, "{\"text\":\"커피\"}");
                        insert.executeUpdate();
                        commits.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        return commits.get() / (duration.toNanos() / 1e9);
    }

    private void idleSockets(List<LoadDriver.Learner> learners, int holdSeconds, Path out) throws Exception {
        Path file = out.resolve("idle-sockets.txt");
        Files.write(file, learners.stream().map(l -> l.session() + " " + l.token()).toList());
        double heap0 = LoadDriver.heapAfterGcMiB();
        double rss0 = LoadDriver.rssMiB();
        Process clients = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss256k", "-cp", System.getProperty("java.class.path"), IdleSocketClients.class.getName(),
                String.valueOf(port), file.toString(), String.valueOf(holdSeconds))
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(clients.getInputStream(), StandardCharsets.UTF_8));
        long t = System.nanoTime();
        String opened = readUntil(lines, "OPENED");
        double openSeconds = (System.nanoTime() - t) / 1e9;
        double heapOpen = LoadDriver.heapAfterGcMiB();
        double rssOpen = LoadDriver.rssMiB();
        int serverOpen = sockets.open();
        String held = readUntil(lines, "HELD");
        int serverHeld = sockets.open();
        double heapHeld = LoadDriver.heapAfterGcMiB();
        double rssHeld = LoadDriver.rssMiB();
        clients.getOutputStream().close();
        clients.waitFor(60, TimeUnit.SECONDS);
        clients.destroy();
        line("clients: `%s` in %.1f s; after %d s: `%s`", opened, openSeconds, holdSeconds, held);
        line("server: %d sockets open when all were opened, %d after the hold", serverOpen, serverHeld);
        line("server heap after GC: %.0f MiB before → %.0f MiB all open → %.0f MiB after the hold "
                + "(≈ %.0f KiB per socket)", heap0, heapOpen, heapHeld,
                (heapHeld - heap0) * 1024 / Math.max(1, learners.size()));
        line("server RSS: %.0f MiB before → %.0f MiB all open → %.0f MiB after the hold", rss0, rssOpen, rssHeld);
        Files.deleteIfExists(file);
    }

    /**
     * Cumulative use of the connection pool (Hikari's {@code hikaricp.connections.usage} timer) and
     * the database's committed transactions, to take differences over a run.
     */
    record PoolUse(long uses, double heldMs, long commits) {
        static PoolUse of(io.micrometer.core.instrument.MeterRegistry meters, JdbcTemplate jdbc) {
            var usage = meters.find("hikaricp.connections.usage").timer();
            Long commits = jdbc.queryForObject("select xact_commit from pg_stat_database where datname = "
                    + "current_database()", Long.class);
            return new PoolUse(usage == null ? 0 : usage.count(),
                    usage == null ? 0 : usage.totalTime(TimeUnit.MILLISECONDS), commits == null ? 0 : commits);
        }

        PoolUse minus(PoolUse before) {
            return new PoolUse(uses - before.uses, heldMs - before.heldMs, commits - before.commits);
        }
    }

    private static String readUntil(BufferedReader lines, String prefix) throws Exception {
        String l;
        while ((l = lines.readLine()) != null) {
            if (l.startsWith(prefix)) {
                return l;
            }
            System.out.println("[idle clients] " + l);
        }
        return "(clients ended: no " + prefix + ")";
    }

    private static void writeCsv(List<LoadDriver.Sample> samples, Path csv) throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("at_seconds,latency_ms");
        samples.forEach(s -> rows.add(String.format("%.3f,%.2f", s.atSeconds(), s.ms())));
        Files.write(csv, rows);
    }

    private void line(String format, Object... args) {
        String l = String.format(format, args);
        System.out.println(l);
        report.append(l).append('\n');
    }
}
