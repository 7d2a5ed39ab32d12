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
 * <li>{@code -Dkoto.benchmark.routing=true} to add, per set, how the hybrid evaluator would route the
 * answers ({@link #routing}): which verdicts the rules give sure and which they leave to the model
 * (confidence below {@code koto.evaluation.confidence-threshold}, 0.75 unless
 * {@code -Dkoto.benchmark.threshold} says otherwise), with the accuracy a model would have to add.</li>
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
            if (Boolean.getBoolean("koto.benchmark.routing")) {
                out.append(routing(items, evaluator, lang,
                        Double.parseDouble(System.getProperty("koto.benchmark.threshold", "0.75"))));
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

    /**
     * How the hybrid evaluator would route the set: each answer's rule verdict is sure (confidence at
     * or above {@code threshold}; the rules answer alone even when a model is configured) or unsure
     * (below it; the model is asked). Printed as counts of correct and wrong answers (gold) by verdict
     * and certainty, the share of answers that would call the model, and three accuracies: the rules
     * alone (no model), a model wrong on every answer it is asked, a model right on every answer it is
     * asked. The last is the ceiling of the hybrid path: a wrong answer the rules pass <em>sure</em>
     * stays passed whatever the model knows. With {@code koto.benchmark.verbose} the sure wrong verdicts are
     * listed (id, confidence 0–1, answer, gold, the rules' errors).
     *
     * @param threshold rule confidence below which the model is asked, 0–1
     */
    static String routing(List<DevSet.Item> items, Evaluator evaluator, String lang, double threshold) {
        int[][] n = new int[4][2]; // rows: correct passed, correct failed, wrong failed, wrong passed; cols: sure, unsure
        StringBuilder sureWrong = new StringBuilder();
        for (DevSet.Item item : items) {
            var e = evaluator.evaluate(item.request(lang));
            int row = item.passed() ? (e.passed() ? 0 : 1) : (e.passed() ? 3 : 2);
            n[row][e.confidence() >= threshold ? 0 : 1]++;
            if ((row == 1 || row == 3) && e.confidence() >= threshold) {
                sureWrong.append(String.format(Locale.ROOT, "  sure and wrong: %-22s %.2f %s  gold=%s got=%s%n",
                        item.id(), e.confidence(), item.answer(), item.passed() ? "pass" : item.errors(), e.errors()));
            }
        }
        int total = Math.max(1, items.size());
        int asked = n[0][1] + n[1][1] + n[2][1] + n[3][1];
        double rules = (n[0][0] + n[0][1] + n[2][0] + n[2][1]) / (double) total;
        double floor = (n[0][0] + n[2][0]) / (double) total;
        double ceiling = (n[0][0] + n[2][0] + asked) / (double) total;
        return String.format(Locale.ROOT, """
                routing at %.2f       sure  unsure (model asked)
                  correct, passed   %5d  %5d
                  correct, failed   %5d  %5d
                  wrong, failed     %5d  %5d
                  wrong, passed     %5d  %5d
                model asked          %.1f %% of answers (%d of %d)
                accuracy             rules alone %.1f %%; with a model always wrong %.1f %%, always right %.1f %% (ceiling)
                """, threshold, n[0][0], n[0][1], n[1][0], n[1][1], n[2][0], n[2][1], n[3][0], n[3][1],
                100.0 * asked / total, asked, items.size(), 100 * rules, 100 * floor, 100 * ceiling)
                + (Boolean.getBoolean("koto.benchmark.verbose") ? sureWrong : "");
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
