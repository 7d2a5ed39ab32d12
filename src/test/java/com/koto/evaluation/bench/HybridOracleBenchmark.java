package com.koto.evaluation.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationSource;
import com.koto.evaluation.TestPacks;
import com.koto.evaluation.hybrid.HybridEvaluator;
import com.koto.evaluation.model.GeminiEvaluator;
import com.koto.evaluation.model.SharedEvaluationCache;
import com.koto.evaluation.rules.RuleEvaluator;
import com.koto.platform.SharedCache;
import com.koto.support.FakeGemini;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The product's hybrid path measured with a stand-in model of known quality: the real
 * {@link HybridEvaluator} (rules, routing at the confidence threshold, merge policy, cache) and the
 * real {@link GeminiEvaluator} (google-genai SDK over loopback HTTP) against the local
 * {@link FakeGemini}, whose answer to each request is a grader's judgement of that answer read from
 * a file. It answers the planning question "what would the product score on a fresh set with a model
 * that grades like a teacher?" without a key; with a stand-in it does not measure Gemini itself (the option
 * {@code oracle=gemini} below does, given a key), and the model's
 * texts are a fixed Indonesian template, so the text checks of {@link BenchmarkMetrics} say nothing
 * about real model feedback.
 *
 * <p>Run: {@code ./mvnw -q -B -Pbenchmark test -Dvaadin.skip -Dtest=HybridOracleBenchmark
 * -Dkoto.benchmark.set=evaluation/blind-dev23.jsonl
 * -Dkoto.benchmark.oracle=evaluation/second-opinion/am-grader.jsonl}. Options:
 * <ul>
 * <li>{@code koto.benchmark.set}: sets as in {@link EvaluationBenchmark}, comma-separated;</li>
 * <li>{@code koto.benchmark.oracle}: graded files in the same order (JSONL of {@code id, passed,
 * errors[{category, original, correction}], note}, classpath or absolute path), or {@code gold} to
 * let the stand-in model answer with the set's own labels (the hybrid path's ceiling: what routing
 * and the merge policy lose with a model that is always right);</li>
 * <li>{@code koto.benchmark.oracle=gemini}: no stand-in: the real Gemini API answers (key from the environment,
 * {@code GEMINI_API_KEY}; model {@code KOTO_GEMINI_MODEL}, default {@code gemini-2.5-flash}; optional
 * {@code KOTO_GEMINI_BASE_URL}). This is the measurement the rules alone cannot give: the product's figure on a
 * fresh sealed set with the model it ships with, real feedback texts included (the text checks then apply). Without
 * a key the run fails at once with the command to set one. Cost: one call per answer the rules are
 * unsure of, per instruction language (about 2 × 83 % of a fresh set's answers at 0.75).</li>
 * <li>{@code koto.benchmark.threshold}: the rule confidence below which the model is asked (0.75);</li>
 * <li>{@code koto.benchmark.verbose=true}: list the disagreements with gold.</li>
 * </ul>
 * An answer the oracle has no row for gets an empty reply from the fake; the hybrid path then keeps
 * the rules' verdict, as in production when the model is down. The count of such answers is printed.
 */
@Tag("benchmark")
class HybridOracleBenchmark {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One graded answer: the stand-in model's verdict and errors. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Graded(String id, boolean passed, List<DevSet.GoldError> errors, String note) {
    }

    @Test
    void report() {
        List<String> sets = split(System.getProperty("koto.benchmark.set", DevSet.BLIND_AM));
        List<String> oracles = split(System.getProperty("koto.benchmark.oracle", "gold"));
        double threshold = Double.parseDouble(System.getProperty("koto.benchmark.threshold", "0.75"));
        boolean verbose = Boolean.getBoolean("koto.benchmark.verbose");
        if (oracles.size() != sets.size()) {
            throw new IllegalArgumentException("koto.benchmark.oracle needs one entry per set (or 'gold' for each)");
        }
        for (int s = 0; s < sets.size(); s++) {
            if ("gemini".equals(oracles.get(s))) {
                live(sets.get(s), threshold, verbose);
                continue;
            }
            List<DevSet.Item> items = DevSet.load(sets.get(s));
            Map<String, Graded> byId = "gold".equals(oracles.get(s)) ? fromGold(items) : load(oracles.get(s));
            Map<String, Graded> byTask = new HashMap<>();
            items.forEach(item -> {
                Graded g = byId.get(item.id());
                if (g != null) {
                    byTask.put(key(item.answer(), item.expected().getFirst()), g);
                }
            });
            int[] unknown = new int[1];
            TestPacks packs = new TestPacks();
            Duration budget = Duration.ofSeconds(5);
            try (FakeGemini fake = new FakeGemini()) {
                fake.answering(body -> {
                    Graded g = byTask.get(taskKey(body));
                    if (g == null) {
                        unknown[0]++;
                        return ""; // no text: the evaluator reports the model unavailable and the rules decide
                    }
                    return reply(g, body.contains("Learner's first language: English"));
                });
                GeminiEvaluator gemini = new GeminiEvaluator("test-key", "gemini-2.5-flash", fake.baseUrl(), budget, 1,
                        0, packs);
                String label = sets.get(s) + " (hybrid, oracle " + oracles.get(s) + ")";
                // the metrics evaluate each answer once per instruction language (en and id texts)
                System.out.println(hybridReport(label, items, gemini, packs, threshold, budget, verbose,
                        () -> String.format(Locale.ROOT, "model calls %d for %d answers × 2 instruction languages "
                                + "(%d without a graded row); sources:", fake.requestCount(), items.size(), unknown[0])));
            }
        }
    }

    /**
     * One set through the product's hybrid path with the real Gemini API (no stand-in): the key, model and optional base
     * URL come from the environment ({@code GEMINI_API_KEY}, {@code KOTO_GEMINI_MODEL}, {@code KOTO_GEMINI_BASE_URL}).
     * Prints the same report as the stand-in runs, with the count of answers per {@link EvaluationSource}; an answer
     * whose model call fails (timeout 20 s, 2 attempts) keeps the rules' verdict, as in production, and shows as
     * {@code rules} there.
     *
     * @throws IllegalStateException when no key is set: the run was asked for the real model, so it fails with the
     *         command to set one instead of reporting rule-only figures or a skip
     */
    private static void live(String set, double threshold, boolean verbose) {
        String key = System.getenv("GEMINI_API_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("koto.benchmark.oracle=gemini needs a Gemini API key: export "
                    + "GEMINI_API_KEY=... (and network access to Google's API) before running this benchmark");
        }
        String model = System.getenv().getOrDefault("KOTO_GEMINI_MODEL", "gemini-2.5-flash");
        List<DevSet.Item> items = DevSet.load(set);
        TestPacks packs = new TestPacks();
        Duration budget = Duration.ofSeconds(20);
        GeminiEvaluator gemini = new GeminiEvaluator(key, model, System.getenv("KOTO_GEMINI_BASE_URL"), budget, 2, 0,
                packs);
        System.out.println(hybridReport(set + " (hybrid, live " + model + ")", items, gemini, packs, threshold, budget,
                verbose, () -> String.format(Locale.ROOT, "%d answers × 2 instruction languages; sources:",
                        items.size())));
    }

    /**
     * The benchmark report of one set through the real {@link HybridEvaluator} over {@code gemini} (closed after), with
     * a last line of {@code counts} followed by the number of evaluations per {@link EvaluationSource}.
     */
    private static String hybridReport(String label, List<DevSet.Item> items, GeminiEvaluator gemini, TestPacks packs,
            double threshold, Duration budget, boolean verbose, java.util.function.Supplier<String> counts) {
        try (gemini; HybridEvaluator hybrid = new HybridEvaluator(new RuleEvaluator(packs), gemini,
                new SharedEvaluationCache(SharedCache.inProcess(10_000, Clock.systemUTC()), Duration.ofHours(1)),
                packs, threshold, budget, new SimpleMeterRegistry())) {
            int[] sources = new int[EvaluationSource.values().length];
            com.koto.evaluation.Evaluator counting = request -> {
                Evaluation e = hybrid.evaluate(request);
                sources[e.source().ordinal()]++;
                return e;
            };
            StringBuilder out = new StringBuilder(BenchmarkMetrics.compute(label, items, counting, "id").format(verbose));
            out.append(counts.get());
            for (EvaluationSource src : EvaluationSource.values()) {
                out.append(' ').append(src.name().toLowerCase(Locale.ROOT)).append(' ')
                        .append(sources[src.ordinal()]);
            }
            return out.append('\n').toString();
        }
    }

    private static List<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static Map<String, Graded> fromGold(List<DevSet.Item> items) {
        Map<String, Graded> out = new HashMap<>();
        items.forEach(i -> out.put(i.id(), new Graded(i.id(), i.passed(), i.errors(), i.note())));
        return out;
    }

    private static Map<String, Graded> load(String location) {
        Map<String, Graded> out = new HashMap<>();
        DevSet.read(location).lines().filter(l -> !l.isBlank()).map(l -> JSON.readValue(l, Graded.class))
                .forEach(g -> out.put(g.id(), g));
        return out;
    }

    private static String key(String answer, String firstAccepted) {
        return answer.strip() + '\u0000' + firstAccepted.strip();
    }

    /** The learner's answer and first accepted answer read back from the task text the evaluator sent. */
    static String taskKey(String body) {
        JsonNode root = JSON.readTree(body);
        String text = root.path("contents").path(0).path("parts").path(0).path("text").asString("");
        String answer = "";
        String first = "";
        boolean inAccepted = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("Learner's answer: ")) {
                answer = line.substring("Learner's answer: ".length());
            } else if (line.equals("Accepted answers:")) {
                inAccepted = true;
            } else if (inAccepted && line.startsWith("- ")) {
                if (first.isEmpty()) {
                    first = line.substring(2);
                }
            } else {
                inAccepted = false;
            }
        }
        return key(answer, first);
    }

    /** The stand-in model's evaluation JSON for one graded answer, its texts a template in en or id. */
    private static String reply(Graded g, boolean english) {
        ObjectNode o = JSON.createObjectNode();
        o.put("score", g.passed() ? 95 : 50);
        o.put("passed", g.passed());
        ArrayNode errors = o.putArray("errors");
        for (DevSet.GoldError e : g.errors() == null ? List.<DevSet.GoldError>of() : g.errors()) {
            errors.addObject().put("category", e.category()).put("original", e.original())
                    .put("correction", e.correction())
                    .put("explanation", english ? "Write '" + e.correction() + "' for '" + e.original() + "'."
                            : "Ganti '" + e.original() + "' menjadi '" + e.correction() + "'.");
        }
        o.put("feedback", english ? (g.passed() ? "This answer is right." : "There is a mistake to fix.")
                : g.passed() ? "Jawaban ini sudah benar." : "Ada kesalahan yang perlu diperbaiki.");
        o.put("model_answer", "");
        return o.toString();
    }
}
