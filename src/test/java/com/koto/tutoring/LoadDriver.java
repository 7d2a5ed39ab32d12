package com.koto.tutoring;

import com.koto.identity.TokenClaims;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load benchmark's learners: each on its own WebSocket, playing the café lesson (one wrong answer,
 * then the right one, per activity) with think time, timing each turn from send to its
 * {@code tutor_response}; plus the set-up (accounts, tokens, sessions straight through the database
 * and the app's own services, so that setting up 10,000 learners does not cost 10,000 bcrypt hashes)
 * and the measurements (heap, RSS, CPU) and the chart. Loopback only; every run is bounded.
 */
final class LoadDriver {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String LESSON = "cafe-ordering";

    /** One timed turn: when it was sent (ms since the run started) and how long it took. */
    record Sample(double atSeconds, double ms, boolean modelTurn) {
    }

    /** A learner ready to connect. */
    record Learner(UUID id, String token, UUID session) {
    }

    /** Client event ids, unique in the JVM. */
    private static final AtomicLong RUN_IDS = new AtomicLong();

    private final int port;
    private final JsonNode answerKey = CafeAnswerKey.read();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    LoadDriver(int port) {
        this.port = port;
    }

    /**
     * Creates {@code n} learner accounts (one multi-row insert per 1,000), a token each (the app's
     * own encoder, same claims as the token endpoint) and a café session each (the orchestrator).
     */
    static List<Learner> learners(int n, JdbcTemplate jdbc, JwtEncoder encoder, LessonOrchestrator orchestrator,
            UUID lessonId) throws Exception {
        List<UUID> ids = new ArrayList<>(n);
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < n; from += 1000) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + 1000); i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                rows.add(new Object[] {id, "bench-" + id.toString().substring(0, 18), "Bench learner " + i, now, now});
            }
            jdbc.batchUpdate("insert into accounts (id, username, password_hash, display_name, role, instruction_lang, "
                    + "enabled, created_at, updated_at) values (?, ?, '{noop}unused', ?, 'LEARNER', 'en', true, ?, ?)",
                    rows);
        }
        List<Learner> learners = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (UUID id : ids) {
                done.add(pool.submit(() -> learners.add(new Learner(id, token(encoder, id),
                        orchestrator.start(id, "en", lessonId).id()))));
            }
            for (var f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return new ArrayList<>(learners);
    }

    /**
     * The id of the benchmark's lesson ({@link #LESSON}), read from the database: the lesson list of the API
     * refuses a token whose account does not exist yet, and the learners are created after this lookup.
     */
    static UUID lessonId(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select id from lessons where slug = ?", UUID.class, LESSON);
    }

    static String token(JwtEncoder encoder, UUID learnerId) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(TokenClaims.ISSUER).subject(learnerId.toString())
                .issuedAt(now).expiresAt(now.plus(Duration.ofHours(3)))
                .claim(TokenClaims.USERNAME, "bench").claim(TokenClaims.ROLES, List.of("LEARNER"))
                .claim(TokenClaims.INSTRUCTION_LANG, "en").build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    /** The outcome of a run. */
    static final class Run {
        final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger timeouts = new AtomicInteger();
        final AtomicInteger lessonsCompleted = new AtomicInteger();
        final AtomicLong started = new AtomicLong();
        /** Length of the run (the turns in flight at its end are waited for, not counted in it). */
        volatile double seconds;
        /** Turns sent within the run, per second. */
        double rate() {
            return samples.stream().filter(s -> s.atSeconds() <= seconds).count() / seconds;
        }
    }

    /**
     * Plays until {@code duration} is over, then waits for the turns in flight.
     *
     * @param thinkMin      think time before each answer, lower bound (ms; 0 for closed loop)
     * @param thinkMax      upper bound (ms)
     * @param wrongAnswer   the wrong answer of learner i's n-th turn
     * @param newSession    starts a fresh session for a learner whose lesson is complete
     */
    Run play(List<Learner> learners, Duration duration, int thinkMin, int thinkMax, WrongAnswers wrongAnswer,
            IntFunction<UUID> newSession) throws InterruptedException {
        Run run = new Run();
        AtomicBoolean stop = new AtomicBoolean();
        long t0 = System.nanoTime();
        run.started.set(t0);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            int index = i;
            threads.add(Thread.ofVirtual().name("bench-learner-" + i).start(() ->
                    learn(index, learners.get(index), run, stop, t0, thinkMin, thinkMax, wrongAnswer, newSession)));
        }
        Thread.sleep(duration.toMillis());
        stop.set(true);
        run.seconds = (System.nanoTime() - t0) / 1e9;
        for (Thread t : threads) {
            t.join(40_000);
        }
        return run;
    }

    /** The wrong answer a learner gives first on each activity. */
    interface WrongAnswers {
        String of(int learner, int turn);

        /** Whether this answer goes to the model evaluator. */
        default boolean modelTurn() {
            return false;
        }
    }

    private void learn(int index, Learner learner, Run run, AtomicBoolean stop, long t0, int thinkMin, int thinkMax,
            WrongAnswers wrong, IntFunction<UUID> newSession) {
        UUID session = learner.session();
        int turn = 0;
        // spread the first connects over the first think time
        sleep(thinkMax == 0 ? 0 : ThreadLocalRandom.current().nextInt(thinkMax));
        while (!stop.get()) {
            Socket socket;
            try {
                socket = connect(session, learner.token());
            } catch (RuntimeException e) {
                run.errors.incrementAndGet();
                sleep(1000);
                continue;
            }
            try {
                JsonNode first = socket.next(Duration.ofSeconds(30), "activity", "session_complete", "error");
                if (first != null && "error".equals(first.path("type").asString())) {
                    run.errors.incrementAndGet();
                    throw new IllegalStateException(first.toString());
                }
                if (first == null || "session_complete".equals(first.path("type").asString())) {
                    if (first == null) {
                        run.errors.incrementAndGet();
                    }
                    session = newSession.apply(index);
                    continue;
                }
                String activity = first.path("activity").path("key").asString();
                boolean completed = false;
                while (!stop.get() && !completed) {
                    for (int attempt = 0; attempt < 2 && !stop.get(); attempt++) {
                        sleep(thinkMax == 0 ? 0 : ThreadLocalRandom.current().nextInt(thinkMin, thinkMax + 1));
                        boolean right = attempt == 1;
                        String text = right ? CafeAnswerKey.modelAnswer(answerKey, activity) : wrong.of(index, turn);
                        // unique across runs: a learner plays its first session again in the next run, where a repeated
                        // id would be answered as a replay (no judging, no write) and flatter the figures
                        String cid = "b" + index + "-" + RUN_IDS.incrementAndGet() + "-" + turn++;
                        long sent = System.nanoTime();
                        socket.send(Map.of("type", "user_input", "text", text, "client_event_id", cid));
                        JsonNode reply = socket.nextFor(Duration.ofSeconds(30), cid);
                        long got = System.nanoTime();
                        if (reply == null) {
                            run.timeouts.incrementAndGet();
                            throw new IllegalStateException("no reply");
                        }
                        if ("error".equals(reply.path("type").asString())) {
                            run.errors.incrementAndGet();
                            throw new IllegalStateException(reply.toString());
                        }
                        run.samples.add(new Sample((sent - t0) / 1e9, (got - sent) / 1e6, !right && wrong.modelTurn()));
                        if (right) {
                            JsonNode next = socket.next(Duration.ofSeconds(30), "activity", "session_complete", "error");
                            if (next == null) {
                                run.timeouts.incrementAndGet();
                                throw new IllegalStateException("no next activity");
                            }
                            if ("error".equals(next.path("type").asString())) {
                                run.errors.incrementAndGet();
                                throw new IllegalStateException(next.toString());
                            }
                            if ("session_complete".equals(next.path("type").asString())) {
                                run.lessonsCompleted.incrementAndGet();
                                completed = true;
                            } else {
                                activity = next.path("activity").path("key").asString();
                            }
                        }
                    }
                }
                if (completed) {
                    session = newSession.apply(index);
                }
            } catch (RuntimeException e) {
                sleep(200);
            } finally {
                socket.close();
            }
        }
    }

    Socket connect(UUID session, String token) {
        return new Socket(http, URI.create("ws://127.0.0.1:" + port + "/ws/sessions/" + session + "?access_token=" + token));
    }

    /** A learner's socket: messages queued as they arrive. */
    static final class Socket {
        private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
        private final WebSocket ws;

        Socket(HttpClient http, URI uri) {
            this.ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(uri, new WebSocket.Listener() {
                        private final StringBuilder partial = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                            partial.append(data);
                            if (last) {
                                inbox.add(partial.toString());
                                partial.setLength(0);
                            }
                            w.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket w, int statusCode, String reason) {
                            inbox.add("{\"type\":\"error\",\"code\":\"closed\",\"detail\":\"" + statusCode + "\"}");
                            return null;
                        }

                        @Override
                        public void onError(WebSocket w, Throwable error) {
                            inbox.add("{\"type\":\"error\",\"code\":\"transport\"}");
                        }
                    }).join();
        }

        void send(Object message) {
            ws.sendText(JSON.writeValueAsString(message), true).join();
        }

        /** The next message of one of these types (others skipped), or {@code null} after the timeout. */
        JsonNode next(Duration timeout, String... types) {
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                while (true) {
                    String m = inbox.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (m == null) {
                        return null;
                    }
                    JsonNode node = JSON.readTree(m);
                    String type = node.path("type").asString();
                    for (String t : types) {
                        if (t.equals(type)) {
                            return node;
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        /** The {@code tutor_response} (or {@code error}) answering a client_event_id. */
        JsonNode nextFor(Duration timeout, String clientEventId) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                JsonNode m = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())), "tutor_response", "error");
                if (m == null || "error".equals(m.path("type").asString())
                        || clientEventId.equals(m.path("client_event_id").asString())) {
                    return m;
                }
            }
        }

        void close() {
            try {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(2, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                ws.abort();
            }
        }
    }

    private static void sleep(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- figures ----

    /** Percentile (0–100) of sorted values. */
    static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int k = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, k)));
    }

    static String latencyLine(List<Sample> samples) {
        List<Double> ms = samples.stream().map(Sample::ms).sorted().toList();
        return String.format("n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", ms.size(), pct(ms, 50),
                pct(ms, 95), pct(ms, 99), ms.isEmpty() ? Double.NaN : ms.getLast());
    }

    /** Heap used after a full GC, in MiB. */
    static double heapAfterGcMiB() {
        System.gc();
        sleep(300);
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    /** Resident set size of this process, in MiB. */
    static double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return Double.NaN;
    }

    /** CPU time used by this process so far, in seconds. */
    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** Latency of every turn over the run's time, plus the p95 of each 5-second window, as a PNG. */
    static void chart(List<Sample> samples, String title, Path png) throws IOException {
        XYSeries turns = new XYSeries("turn (send → tutor_response)");
        XYSeries p95 = new XYSeries("p95 per 5 s");
        Map<Integer, List<Double>> windows = new java.util.TreeMap<>();
        List<Sample> shown = new ArrayList<>(samples);
        int step = Math.max(1, shown.size() / 20_000);
        for (int i = 0; i < shown.size(); i++) {
            Sample s = shown.get(i);
            if (i % step == 0) {
                turns.add(s.atSeconds(), s.ms());
            }
            windows.computeIfAbsent((int) (s.atSeconds() / 5), k -> new ArrayList<>()).add(s.ms());
        }
        windows.forEach((w, ms) -> p95.add(w * 5 + 2.5, pct(ms.stream().sorted().toList(), 95)));
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(turns);
        data.addSeries(p95);
        JFreeChart chart = ChartFactory.createScatterPlot(title, "time since start (s)", "latency (ms)", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-1, -1, 2, 2));
        renderer.setSeriesPaint(0, new java.awt.Color(70, 110, 200, 90));
        renderer.setSeriesLinesVisible(1, true);
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(1, new java.awt.Color(210, 60, 40));
        renderer.setSeriesStroke(1, new java.awt.BasicStroke(2f));
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setDomainGridlinePaint(java.awt.Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
        Files.createDirectories(png.getParent());
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, 480);
    }
}
