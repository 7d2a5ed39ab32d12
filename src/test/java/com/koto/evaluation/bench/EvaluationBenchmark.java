package com.koto.evaluation.bench;

import com.koto.evaluation.Evaluator;
import com.koto.evaluation.TestPacks;
import com.koto.evaluation.rules.RuleEvaluator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The quality benchmark of the rule evaluator: for each gold set, pass/fail accuracy, false alarms
 * on correct answers, per-category precision/recall/F1, gold span match, explanation/feedback text
 * checks ({@link BenchmarkMetrics}) and evaluations per second on one thread. Run with
 * {@code ./mvnw -q -B -Pbenchmark test -Dvaadin.skip -Dtest=EvaluationBenchmark}; options:
 * <ul>
 * <li>{@code -Dkoto.benchmark.set=evaluation/heldout.jsonl} or an absolute file path
 * ({@code /abs/path.jsonl}); several separated by commas; default the dev set;</li>
 * <li>{@code -Dkoto.benchmark.lang=en} instruction language for items without one (default {@code id});</li>
 * <li>{@code -Dkoto.benchmark.verbose=true} to list disagreements with gold and text problems;</li>
 * <li>{@code -Dkoto.benchmark.throughput=false} to skip the timing;</li>
 * <li>{@code -Dkoto.benchmark.subtypes=true} to add, over all the given sets pooled, which subtypes
 * fail answers: per subtype, the failed answers it is in that gold calls correct (false alarms) and
 * wrong (true failures), and how many of each it fails alone (the only error but spacing). This is
 * the measurement behind the certainty ladder: a subtype that fails correct answers alone more often
 * than wrong ones is a candidate to be made unsure.</li>
 * </ul>
 * It reports, it does not fail the build ({@code EvaluationQualityTest} holds the floors).
 */
@Tag("benchmark")
class EvaluationBenchmark {

    @Test
    void report() {
        String sets = System.getProperty("koto.benchmark.set", DevSet.DEV);
        String lang = System.getProperty("koto.benchmark.lang", "id");
        boolean verbose = Boolean.getBoolean("koto.benchmark.verbose");
        boolean timing = !"false".equals(System.getProperty("koto.benchmark.throughput"));
        Evaluator evaluator = new RuleEvaluator(new TestPacks());
        for (String set : Arrays.stream(sets.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            List<DevSet.Item> items = DevSet.load(set);
            StringBuilder out = new StringBuilder(
                    BenchmarkMetrics.compute(set, items, evaluator, lang).format(verbose));
            if (timing) {
                out.append(throughput(items, evaluator, lang));
            }
            System.out.println(out);
        }
        if (Boolean.getBoolean("koto.benchmark.subtypes")) {
            System.out.println(subtypes(Arrays.stream(sets.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                    .flatMap(set -> DevSet.load(set).stream()).toList(), evaluator, lang));
        }
    }

    /** Per subtype: failed answers gold calls correct / wrong it is in, and those it fails alone. */
    private static String subtypes(List<DevSet.Item> items, Evaluator evaluator, String lang) {
        java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
        for (DevSet.Item item : items) {
            var e = evaluator.evaluate(item.request(lang));
            if (e.passed()) {
                continue;
            }
            List<String> kinds = e.errors().stream().filter(x -> x.category() != com.koto.evaluation.ErrorCategory.SPACING)
                    .map(x -> x.subtype() == null ? x.category().wireName() : x.subtype()).distinct().toList();
            for (String k : kinds) {
                int[] c = counts.computeIfAbsent(k, x -> new int[4]);
                int base = item.passed() ? 0 : 2;
                c[base]++;
                if (kinds.size() == 1) {
                    c[base + 1]++;
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Subtypes in failed answers (%d items pooled)%n%-44s %12s %12s%n", items.size(), "subtype",
                "correct(alone)", "wrong(alone)"));
        counts.entrySet().stream().sorted((a, b) -> b.getValue()[0] - a.getValue()[0] != 0
                ? b.getValue()[0] - a.getValue()[0] : b.getValue()[2] - a.getValue()[2])
                .forEach(en -> out.append(String.format(Locale.ROOT, "%-44s %7d(%3d) %7d(%3d)%n", en.getKey(),
                        en.getValue()[0], en.getValue()[1], en.getValue()[2], en.getValue()[3])));
        return out.toString();
    }

    /** Evaluations per second on this thread, after a warm-up of about two seconds. */
    private static String throughput(List<DevSet.Item> items, Evaluator evaluator, String lang) {
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            items.forEach(item -> evaluator.evaluate(item.request(lang)));
        }
        int rounds = 0;
        // thread CPU time and allocation do not depend on what else runs on a shared machine
        var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        long cpu = mx.getCurrentThreadCpuTime();
        long allocated = mx.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        long end = start + 3_000_000_000L;
        while (System.nanoTime() < end) {
            items.forEach(item -> evaluator.evaluate(item.request(lang)));
            rounds++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long n = (long) rounds * items.size();
        return String.format(Locale.ROOT,
                "throughput           %,.0f evaluations/s on one thread (%d evaluations, warm)%n"
                        + "cost                 %.0f µs CPU and %.0f KB allocated per evaluation (this thread)%n",
                n / seconds, n, (mx.getCurrentThreadCpuTime() - cpu) / 1000.0 / n,
                (mx.getThreadAllocatedBytes(thread) - allocated) / 1024.0 / n);
    }
}
