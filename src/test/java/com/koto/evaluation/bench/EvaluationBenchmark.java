package com.koto.evaluation.bench;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.Evaluator;
import com.koto.evaluation.TestPacks;
import com.koto.evaluation.rules.RuleEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The quality benchmark of issue 3: runs the rule evaluator over the development set and prints
 * pass/fail accuracy, per-category precision/recall/F1, false alarms on correct answers and
 * evaluations per second on one thread. Run with
 * {@code ./mvnw -q -B -Pbenchmark test -Dvaadin.skip -Dtest=EvaluationBenchmark}; add
 * {@code -Dkoto.benchmark.set=evaluation/heldout.jsonl} for the held-out set and
 * {@code -Dkoto.benchmark.verbose=true} to list the disagreements with gold. It reports, it does
 * not fail the build.
 */
@Tag("benchmark")
class EvaluationBenchmark {

    @Test
    void report() {
        String file = System.getProperty("koto.benchmark.set", DevSet.DEV);
        List<DevSet.Item> items = DevSet.load(file);
        Evaluator evaluator = new RuleEvaluator(new TestPacks());
        System.out.println(BenchmarkReport.run(file, items, evaluator, Boolean.getBoolean("koto.benchmark.verbose")));
    }

    /** Computes and formats the figures. */
    static final class BenchmarkReport {

        private BenchmarkReport() {
        }

        static String run(String name, List<DevSet.Item> items, Evaluator evaluator, boolean verbose) {
            StringBuilder out = new StringBuilder();
            int correctVerdicts = 0;
            int goldCorrect = 0;
            int falseAlarms = 0;
            int overCorrections = 0;
            int[] tp = new int[ErrorCategory.values().length];
            int[] fp = new int[tp.length];
            int[] fn = new int[tp.length];
            List<String> mistakes = new ArrayList<>();
            for (DevSet.Item item : items) {
                Evaluation e = evaluator.evaluate(item.request("id"));
                Set<String> predicted = e.errors().stream().map(EvaluationError::category)
                        .map(ErrorCategory::wireName).collect(Collectors.toCollection(TreeSet::new));
                if (e.passed() == item.passed()) {
                    correctVerdicts++;
                }
                boolean goldClean = item.passed() && item.categories().stream().allMatch("spacing"::equals);
                if (goldClean) {
                    goldCorrect++;
                    if (!e.passed()) {
                        falseAlarms++;
                    }
                    if (predicted.stream().anyMatch(c -> !c.equals("spacing"))) {
                        overCorrections++;
                    }
                }
                for (ErrorCategory c : ErrorCategory.values()) {
                    boolean p = predicted.contains(c.wireName());
                    boolean g = item.categories().contains(c.wireName());
                    if (p && g) {
                        tp[c.ordinal()]++;
                    } else if (p) {
                        fp[c.ordinal()]++;
                    } else if (g) {
                        fn[c.ordinal()]++;
                    }
                }
                if (e.passed() != item.passed() || !predicted.equals(new TreeSet<>(item.categories()))) {
                    mistakes.add(String.format(Locale.ROOT, "  %-20s %-28s gold=%s%s got=%s%s %s", item.id(),
                            item.answer(), item.passed() ? "pass" : "fail", new TreeSet<>(item.categories()),
                            e.passed() ? "pass" : "fail", predicted,
                            e.errors().stream().map(x -> x.original() + "→" + x.correction()).toList()));
                }
            }
            out.append(String.format(Locale.ROOT, "Evaluation benchmark: %s, %d items, evaluator %s%n", name,
                    items.size(), evaluator.getClass().getSimpleName()));
            out.append(String.format(Locale.ROOT, "pass/fail accuracy   %6.1f %%  (%d/%d)%n",
                    100.0 * correctVerdicts / items.size(), correctVerdicts, items.size()));
            out.append(String.format(Locale.ROOT, "false alarms         %6.1f %%  (%d of %d correct answers failed)%n",
                    100.0 * falseAlarms / Math.max(1, goldCorrect), falseAlarms, goldCorrect));
            out.append(String.format(Locale.ROOT, "over-corrections     %6.1f %%  (%d correct answers given an error)%n",
                    100.0 * overCorrections / Math.max(1, goldCorrect), overCorrections));
            out.append(String.format(Locale.ROOT, "%-20s %7s %7s %7s %5s %4s %4s %4s%n", "category", "P", "R", "F1",
                    "gold", "tp", "fp", "fn"));
            for (ErrorCategory c : ErrorCategory.values()) {
                int i = c.ordinal();
                double p = tp[i] + fp[i] == 0 ? 1.0 : tp[i] / (double) (tp[i] + fp[i]);
                double r = tp[i] + fn[i] == 0 ? 1.0 : tp[i] / (double) (tp[i] + fn[i]);
                double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
                out.append(String.format(Locale.ROOT, "%-20s %7.2f %7.2f %7.2f %5d %4d %4d %4d%n", c.wireName(), p, r,
                        f1, tp[i] + fn[i], tp[i], fp[i], fn[i]));
            }
            out.append(throughput(items, evaluator));
            if (verbose) {
                out.append("Disagreements with gold (").append(mistakes.size()).append("):\n");
                mistakes.forEach(m -> out.append(m).append('\n'));
            }
            return out.toString();
        }

        /** Evaluations per second on this thread, after a warm-up of about two seconds. */
        private static String throughput(List<DevSet.Item> items, Evaluator evaluator) {
            long warmUntil = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < warmUntil) {
                items.forEach(item -> evaluator.evaluate(item.request("id")));
            }
            int rounds = 0;
            long start = System.nanoTime();
            long end = start + 3_000_000_000L;
            while (System.nanoTime() < end) {
                items.forEach(item -> evaluator.evaluate(item.request("id")));
                rounds++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return String.format(Locale.ROOT, "throughput           %,.0f evaluations/s on one thread (%d evaluations, warm)%n",
                    rounds * items.size() / seconds, rounds * items.size());
        }
    }
}
