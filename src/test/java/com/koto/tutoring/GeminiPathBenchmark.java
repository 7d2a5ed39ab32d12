package com.koto.tutoring;

import com.koto.support.FakeGemini;
import com.koto.support.IntegrationTest;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The model path under load (issue #16): the evaluator's model is the local fake Gemini answering
 * after a fixed delay D (the real google-genai SDK over loopback HTTP). Each learner's first answer
 * per activity is English (the rules are unsure of it, so the model is asked; every answer is
 * different, so the evaluation cache never answers), the second the accepted Korean (the rules
 * decide). Prints the latency of model turns against D and the connection pool's figures: if a
 * connection were held while the model answers, the pool's busy connections would pile up and its
 * usage time would be ≥ D. Run: {@code ./mvnw -Pbenchmark test -Dvaadin.skip -Dtest=GeminiPathBenchmark
 * -Dbench.gemini-learners=200 -Dbench.gemini-delay=500 -Dbench.seconds=60}.
 */
@Tag("benchmark")
@TestPropertySource(properties = "spring.datasource.hikari.minimum-idle=10")
@Import(BenchmarkSwitches.class)
class GeminiPathBenchmark extends IntegrationTest {

    static final long DELAY = Long.getLong("bench.gemini-delay", 500);
    static final FakeGemini GEMINI = new FakeGemini().delay(DELAY).answering(body -> """
            {"score": 20, "passed": false, "errors": [{"category": "vocabulary", "original": "coffee",
             "correction": "커피", "explanation": "Answer in Korean."}],
             "feedback": "Try it in Korean.", "model_answer": "아메리카노 한 잔 주세요"}""");

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("koto.gemini.api-key", () -> "test-key");
        registry.add("koto.gemini.base-url", GEMINI::baseUrl);
        // the key is Gemini's for speech too: keep speech as it was without one (the fake answers evaluations only)
        registry.add("koto.speech.stt-provider", () -> "none");
        registry.add("koto.speech.tts-provider", () -> "espeak");
    }

    @AfterAll
    static void stop() {
        GEMINI.close();
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JwtEncoder encoder;
    @Autowired
    LessonOrchestrator orchestrator;
    @Autowired
    MeterRegistry meters;

    @Test
    void modelPathFigures() throws Exception {
        int n = Integer.getInteger("bench.gemini-learners", 200);
        int seconds = Integer.getInteger("bench.seconds", 60);
        Path out = Path.of(System.getProperty("bench.out", "target/benchmark"));
        Files.createDirectories(out);
        UUID lesson = LoadDriver.lessonId(jdbc);
        List<LoadDriver.Learner> learners = LoadDriver.learners(n, jdbc, encoder, orchestrator, lesson);

        AtomicBoolean sampling = new AtomicBoolean(true);
        AtomicLong maxActive = new AtomicLong();
        AtomicLong maxPending = new AtomicLong();
        AtomicLong maxActiveSteady = new AtomicLong();
        AtomicLong maxPendingSteady = new AtomicLong();
        long runStart = System.nanoTime();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (sampling.get()) {
                maxActive.accumulateAndGet((long) gauge("hikaricp.connections.active"), Math::max);
                maxPending.accumulateAndGet((long) gauge("hikaricp.connections.pending"), Math::max);
                if (System.nanoTime() - runStart > TimeUnit.SECONDS.toNanos(10)) {
                    maxActiveSteady.accumulateAndGet((long) gauge("hikaricp.connections.active"), Math::max);
                    maxPendingSteady.accumulateAndGet((long) gauge("hikaricp.connections.pending"), Math::max);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        Timer usage = meters.find("hikaricp.connections.usage").timer();
        long usage0 = usage == null ? 0 : usage.count();
        double usageTotal0 = usage == null ? 0 : usage.totalTime(TimeUnit.MILLISECONDS);
        int requests0 = GEMINI.requestCount();

        LoadDriver.Run run = new LoadDriver(port).play(learners, Duration.ofSeconds(seconds), 1000, 3000,
                new LoadDriver.WrongAnswers() {
                    @Override
                    public String of(int learner, int turn) {
                        return "one coffee please, learner " + learner + " turn " + turn;
                    }

                    @Override
                    public boolean modelTurn() {
                        return true;
                    }
                }, i -> orchestrator.start(learners.get(i).id(), "en", lesson).id());
        sampling.set(false);
        sampler.join();

        List<LoadDriver.Sample> samples = new ArrayList<>(run.samples);
        List<LoadDriver.Sample> model = samples.stream().filter(LoadDriver.Sample::modelTurn).toList();
        List<LoadDriver.Sample> rules = samples.stream().filter(s -> !s.modelTurn()).toList();
        StringBuilder r = new StringBuilder();
        r.append(String.format("# Model path: %d learners, 1–3 s think time, fake Gemini delay D = %d ms, %d s%n", n,
                DELAY, seconds));
        r.append(String.format("progress listener (read models): %s (-Dbench.progress)%n",
                BenchmarkSwitches.progressOn() ? "on" : "OFF"));
        r.append(String.format("turns %d (%.0f/s); model requests %d; errors %d; timeouts %d%n", samples.size(),
                run.rate(), GEMINI.requestCount() - requests0, run.errors.get(), run.timeouts.get()));
        r.append(String.format("model turns: %s (target p95 ≤ D + 30 = %d ms)%n", LoadDriver.latencyLine(model),
                DELAY + 30));
        r.append(String.format("rule turns:  %s%n", LoadDriver.latencyLine(rules)));
        double warm = Integer.getInteger("bench.gemini-warmup-seconds", 10);
        r.append(String.format("steady state (turns sent after the first %.0f s, when every learner has connected and "
                + "the SDK is warm): model turns %s; rule turns %s%n", warm,
                LoadDriver.latencyLine(model.stream().filter(s -> s.atSeconds() >= warm).toList()),
                LoadDriver.latencyLine(rules.stream().filter(s -> s.atSeconds() >= warm).toList())));
        if (usage != null) {
            long count = usage.count() - usage0;
            r.append(String.format("pool (sampled every 20 ms during the run): max %d connections busy at once "
                    + "(of %d), max %d threads waiting for one; %d connection uses, mean hold %.2f ms%n",
                    maxActive.get(), (long) gauge("hikaricp.connections.max"), maxPending.get(), count,
                    count == 0 ? 0 : (usage.totalTime(TimeUnit.MILLISECONDS) - usageTotal0) / count));
            r.append(String.format("pool after the first 10 s: max %d busy, max %d waiting%n", maxActiveSteady.get(),
                    maxPendingSteady.get()));
            r.append(String.format("if each model turn held a connection during D, the pool would need ≈ %.0f busy "
                    + "connections on average (model turns/s × D)%n",
                    model.stream().filter(s -> s.atSeconds() <= run.seconds).count() / run.seconds * DELAY / 1000.0));
        } else {
            r.append("pool: no hikaricp meters registered\n");
        }
        // where the time of a model turn goes: the model call as the evaluator sees it (SDK + HTTP + the
        // fake's D), the whole turn on the server (judge + write + fan-out), and the client's figure
        for (Timer t : meters.find("koto.evaluation.model.latency").timers()) {
            r.append(String.format("model call (`koto.evaluation.model.latency`, whole JVM life): n=%d mean %.1f ms, "
                    + "max %.1f ms → mean overhead over D %.1f ms%n", t.count(), t.mean(TimeUnit.MILLISECONDS),
                    t.max(TimeUnit.MILLISECONDS), t.mean(TimeUnit.MILLISECONDS) - DELAY));
        }
        for (Timer t : meters.find("koto.turn").timers()) {
            StringBuilder p = new StringBuilder();
            for (var v : t.takeSnapshot().percentileValues()) {
                p.append(String.format(" p%.0f %.1f ms", v.percentile() * 100, v.value(TimeUnit.MILLISECONDS)));
            }
            r.append(String.format("server turn (`koto.turn` %s, recent window):%s; mean %.1f ms over %d turns%n",
                    t.getId().getTags(), p, t.mean(TimeUnit.MILLISECONDS), t.count()));
        }
        r.append(String.format("HTTP connections to the model (ss): %s%n", connectionsToModel()));
        System.out.println(r);
        Files.writeString(out.resolve("report-gemini-" + n + ".md"), r);
        List<String> csv = new ArrayList<>(List.of("at_seconds,latency_ms,model"));
        samples.forEach(s -> csv.add(String.format("%.3f,%.2f,%s", s.atSeconds(), s.ms(), s.modelTurn())));
        Files.write(out.resolve("latency-gemini-" + n + ".csv"), csv);
        LoadDriver.chart(model, n + " learners, model turns (fake Gemini D = " + DELAY + " ms)",
                out.resolve("latency-gemini-" + n + ".png"));
    }

    /**
     * TCP connections to the fake model's port by state, from {@code ss}: many in TIME-WAIT means the
     * SDK's HTTP client opened a new connection for most calls (its pool keeps few idle ones).
     */
    private static String connectionsToModel() {
        String port = GEMINI.baseUrl().substring(GEMINI.baseUrl().lastIndexOf(':') + 1);
        try {
            Process ss = new ProcessBuilder("ss", "-Htan", "dport = :" + port).redirectErrorStream(true).start();
            java.util.Map<String, Long> byState = new String(ss.getInputStream().readAllBytes()).lines()
                    .map(l -> l.strip().split("\\s+")[0]).filter(st -> !st.isEmpty())
                    .collect(java.util.stream.Collectors.groupingBy(st -> st, java.util.TreeMap::new,
                            java.util.stream.Collectors.counting()));
            ss.waitFor(10, TimeUnit.SECONDS);
            return byState.isEmpty() ? "none" : byState.toString();
        } catch (Exception e) {
            return "not measured (" + e.getMessage() + ")";
        }
    }

    private double gauge(String name) {
        Gauge g = meters.find(name).gauge();
        return g == null ? Double.NaN : g.value();
    }
}
