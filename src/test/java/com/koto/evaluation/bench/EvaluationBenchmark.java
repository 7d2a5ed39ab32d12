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
 * <li>{@code -Dkoto.benchmark.throughput=false} to skip the timing.</li>
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
