package com.koto.progress;

import com.koto.progress.internal.ProgressApplier;
import com.koto.progress.internal.ProgressListener;
import com.koto.progress.internal.ProgressProperties;
import com.koto.progress.internal.ProgressRollup;
import com.koto.support.IntegrationTest;
import com.koto.tutoring.LessonOrchestrator;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.AbstractApplicationEventMulticaster;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * What the progress read models cost a turn (issue #12 a: "the read-model update adds at most 2 ms to a
 * turn's p95"), printed and written to {@code target/benchmark/progress-turn-cost.md}, never asserted.
 * {@code bench.progress.learners} learners (default 100), each with a café session, answer through
 * {@link LessonOrchestrator#turn} (the server's whole turn: read, judge, write transaction, after-commit
 * work, on the caller's thread; no HTTP) with a think time of 1–2 s, always the failing answer "커피" (the
 * worst case for the old design: every turn bumped the same activity and failing-answer rows). The run
 * alternates phases of {@code bench.progress.phase-seconds} (default 15), {@code bench.progress.rounds} times
 * (default 3), in one JVM, so the machine's
 * load is shared alike:
 * <ul>
 * <li><b>off</b>: the progress listener is detached from the event multicaster: no inbox row, no
 *     read-model work (as if the module did not exist);</li>
 * <li><b>on</b>: everything as in production (inbox row in the turn's transaction, batched workers,
 *     roll-up);</li>
 * <li><b>inbox</b>: attached, but the workers are stopped: each turn writes its inbox row, nothing is
 *     applied (the inbox's own cost on the turn); the backlog is drained after the phase (at most
 *     {@code bench.progress.drain-cap-seconds}, default 90) and timed (the workers' throughput).</li>
 * </ul>
 * Turns that straddle a phase change are dropped. Run:
 * {@code ./mvnw -Pbenchmark test -Dvaadin.skip -Dtest=ProgressTurnCostBenchmark [-Dbench.progress.learners=100
 * -Dbench.progress.phase-seconds=15 -Dbench.progress.rounds=3]}.
 */
@Tag("benchmark")
@TestPropertySource(properties = {"spring.datasource.hikari.minimum-idle=10", "koto.rate-limit.enabled=false"})
class ProgressTurnCostBenchmark extends IntegrationTest {

    enum Mode { OFF, INBOX, ON, SETTLE }

    @Autowired
    JdbcClient db;
    @Autowired
    LessonOrchestrator orchestrator;
    @Autowired
    ApplicationEventMulticaster multicaster;
    @Autowired
    ProgressApplier applier;
    @Autowired
    ProgressProperties properties;
    @Autowired
    ProgressRollup rollup;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final StringBuilder report = new StringBuilder();
    private final List<ApplicationListener<?>> detached = new ArrayList<>();

    @Test
    void turnCostOfTheReadModels() throws Exception {
        int learners = Integer.getInteger("bench.progress.learners", 100);
        int phaseSeconds = Integer.getInteger("bench.progress.phase-seconds", 15);
        int rounds = Integer.getInteger("bench.progress.rounds", 3);
        int drainCapSeconds = Integer.getInteger("bench.progress.drain-cap-seconds", 90);
        UUID lesson = db.sql("select id from lessons where slug = 'cafe-ordering'").query(UUID.class).single();
        List<UUID[]> players = learners(learners, lesson);

        line("# Progress read models: cost on the turn, %s", Instant.now());
        line("%d learners, 1–2 s think time, failing answer every turn; %d rounds of off / on / inbox, %d s each; "
                + "%d cores; load average at start %s", learners, rounds, phaseSeconds,
                Runtime.getRuntime().availableProcessors(), loadAverage());

        Map<Mode, List<Double>> samples = new EnumMap<>(Mode.class);
        for (Mode m : Mode.values()) {
            samples.put(m, Collections.synchronizedList(new ArrayList<>()));
        }
        AtomicBoolean running = new AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicReference<Mode> mode = new java.util.concurrent.atomic.AtomicReference<>(
                Mode.SETTLE);
        AtomicLong errors = new AtomicLong();
        Map<String, Integer> errorKinds = new java.util.concurrent.ConcurrentSkipListMap<>();
        ConcurrentLinkedQueue<Thread> threads = new ConcurrentLinkedQueue<>();
        AtomicLong seq = new AtomicLong();
        for (UUID[] p : players) {
            threads.add(Thread.ofVirtual().start(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                sleep(random.nextLong(0, 2000));
                while (running.get()) {
                    Mode before = mode.get();
                    long a = System.nanoTime();
                    try {
                        orchestrator.turn(p[0], p[1], "커피", "pb-" + seq.incrementAndGet(), null);
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        errorKinds.merge(before + " " + e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                    double ms = (System.nanoTime() - a) / 1e6;
                    if (mode.get() == before) {
                        samples.get(before).add(ms);
                    }
                    sleep(random.nextLong(1000, 2000));
                }
            }));
        }
        sleep(5000); // warm-up, not measured

        line("");
        line("| round | phase | turns | p50 ms | p95 ms | p99 ms | load avg (1 min) at end |");
        line("|---|---|---|---|---|---|---|");
        for (int r = 1; r <= rounds; r++) {
            for (Mode m : List.of(Mode.OFF, Mode.ON, Mode.INBOX)) {
                switch (m) {
                    case OFF -> detach();
                    case INBOX -> {
                        attach();
                        applier.stop();
                    }
                    case ON -> attach();
                    default -> { }
                }
                sleep(1000);
                int from = samples.get(m).size();
                mode.set(m);
                sleep(phaseSeconds * 1000L);
                mode.set(Mode.SETTLE);
                List<Double> phase = sorted(slice(samples.get(m), from));
                line("| %d | %s | %d | %.2f | %.2f | %.2f | %s |", r, m.name().toLowerCase(), phase.size(), pct(phase, 0.5),
                        pct(phase, 0.95), pct(phase, 0.99), loadAverage());
                if (m == Mode.INBOX) {
                    int queued = inboxSize();
                    double applied0 = applied();
                    long t = System.nanoTime();
                    applier.start();
                    long cap = System.nanoTime() + drainCapSeconds * 1_000_000_000L;
                    while (inboxSize() > 0 && System.nanoTime() < cap) {
                        sleep(20);
                    }
                    double seconds = (System.nanoTime() - t) / 1e9;
                    double applied = applied() - applied0;
                    line("|  | drain: %d queued events, plus the turns' new ones, %.0f applied in %.1f s = **%.0f "
                            + "events/s** with %d workers; %d still queued | | | | | |", queued, applied,
                            seconds, applied / seconds, properties.listenerThreads(), inboxSize());
                }
                if (m == Mode.ON) {
                    line("|  | lag after the phase: %.2f s | | | | | |", rollup.refreshLag());
                }
            }
        }
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        attach();

        line("");
        line("All rounds together:");
        line("");
        line("| phase | turns | p50 ms | p95 ms | p99 ms | mean ms |");
        line("|---|---|---|---|---|---|");
        Map<Mode, List<Double>> all = new EnumMap<>(Mode.class);
        for (Mode m : List.of(Mode.OFF, Mode.INBOX, Mode.ON)) {
            List<Double> s = sorted(samples.get(m));
            all.put(m, s);
            line("| %s | %d | %.2f | %.2f | %.2f | %.2f |", m.name().toLowerCase(), s.size(), pct(s, 0.5), pct(s, 0.95),
                    pct(s, 0.99), s.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
        }
        double off = pct(all.get(Mode.OFF), 0.95);
        double reg = pct(all.get(Mode.INBOX), 0.95);
        double on = pct(all.get(Mode.ON), 0.95);
        line("");
        line("p95: on − off = **%+.2f ms** (ratio %.2f); inbox − off = %+.2f ms (the inbox row); "
                + "on − inbox = %+.2f ms (the workers and roll-up competing for CPU and disk)",
                on - off, on / off, reg - off, on - reg);
        var apply = meters.find("koto.progress.apply").timer();
        line("errors by phase and exception: %s", errorKinds);
        line("errors %d; load average at end %s; read-model batches (`koto.progress.apply`, off the turn's thread): "
                + "n=%d, mean %.2f ms", errors.get(), loadAverage(), apply == null ? 0 : apply.count(),
                apply == null ? Double.NaN : apply.mean(java.util.concurrent.TimeUnit.MILLISECONDS));
        Path out = Path.of(System.getProperty("bench.out", "target/benchmark"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("progress-turn-cost.md"), report);
    }

    /** Learner accounts (SQL) with a café session each (the orchestrator). @return [learner, session] pairs */
    private List<UUID[]> learners(int n, UUID lesson) {
        List<UUID[]> out = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            db.sql("""
                    insert into accounts (id, username, password_hash, display_name, role, instruction_lang, enabled,
                        created_at, updated_at) values (?, ?, '{noop}unused', ?, 'LEARNER', 'en', true, ?, ?)""")
                    .params(id, "pb-" + id.toString().substring(0, 18), "Progress bench " + i, now, now).update();
            out.add(new UUID[] {id, orchestrator.start(id, "en", lesson).id()});
        }
        return out;
    }

    /** Removes the progress listener's adapters from the multicaster (and Modulith's listener cache). */
    private void detach() throws Exception {
        if (!detached.isEmpty()) {
            return;
        }
        multicaster.removeApplicationListeners(l -> {
            if (l instanceof org.springframework.context.event.ApplicationListenerMethodAdapter a
                    && a.getListenerId().startsWith(ProgressListener.class.getName())) {
                detached.add(l);
                return true;
            }
            return false;
        });
        if (detached.isEmpty()) {
            throw new IllegalStateException("the progress listener was not found in the multicaster");
        }
        clearModulithCache();
    }

    private void attach() throws Exception {
        for (ApplicationListener<?> l : detached) {
            multicaster.addApplicationListener(l);
        }
        detached.clear();
        clearModulithCache();
    }

    /** Spring Modulith's multicaster caches the transactional listeners per event type. */
    private void clearModulithCache() throws Exception {
        for (Class<?> c = multicaster.getClass(); c != null && c != AbstractApplicationEventMulticaster.class;
                c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Map.class.isAssignableFrom(f.getType()) && f.getName().equals("cache")) {
                    f.setAccessible(true);
                    ((Map<?, ?>) f.get(multicaster)).clear();
                    return;
                }
            }
        }
        throw new IllegalStateException("no listener cache in " + multicaster.getClass());
    }

    private int inboxSize() {
        return db.sql("select count(*) from progress_inbox").query(Integer.class).single();
    }

    private double applied() {
        return meters.get("koto.progress.events").tag("outcome", "applied").counter().count();
    }

    private void line(String format, Object... args) {
        String s = String.format(format, args);
        System.out.println(s);
        report.append(s).append('\n');
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static List<Double> slice(List<Double> in, int from) {
        synchronized (in) {
            return new ArrayList<>(in.subList(from, in.size()));
        }
    }

    private static List<Double> sorted(List<Double> in) {
        List<Double> s;
        synchronized (in) {
            s = new ArrayList<>(in);
        }
        Collections.sort(s);
        return s;
    }

    private static double pct(List<Double> sorted, double q) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * q)));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
