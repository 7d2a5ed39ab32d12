package com.koto.evaluation.bench;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.Evaluator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The quality figures of the rule evaluator on one gold set, shared by the benchmark (which prints
 * them) and the quality-floor test (which asserts them).
 *
 * <ul>
 * <li><b>accuracy</b>: share of items whose pass/fail verdict equals gold.</li>
 * <li><b>false alarms</b>: gold-correct answers (passed, no category but spacing) that were failed.</li>
 * <li><b>over-corrections</b>: gold-correct answers given any error other than spacing.</li>
 * <li><b>per category</b>: precision/recall/F1 over the set of categories per item (an item's
 * category counts once however many errors it has).</li>
 * <li><b>span match</b>: for each gold error span, whether an output error has the same category
 * and the same original → correction, compared after trimming, collapsing whitespace and dropping
 * final punctuation ({@code . ! ? ~ 。 …}); a gold omission ({@code "" → 두 개}) also matches the
 * same insertion located at a neighbouring word ({@code 수건 → 수건 두 개}).</li>
 * <li><b>edit match</b>: the same count, but an output error matches a gold error of its category
 * when both, applied to the answer, give the same corrected sentence (compared with whitespace
 * collapsed and final punctuation dropped). It ignores where the span's boundary was drawn, which is
 * a convention the blind writers and the rules draw differently ({@code 삼 시에 → 세 시에} and
 * {@code 삼 시 → 세 시} are the same change to 다음 주 화요일 오후 삼 시에 예약하고 싶어요); it never
 * matches a different change. Every edit match is also counted by span match's category rule, so
 * it is at least the span match.</li>
 * <li><b>empty quotes</b>: texts (explanations and feedback) containing {@code ''}, {@code ""},
 * {@code ‘’} or {@code “”}.</li>
 * <li><b>wrong language</b>: texts in English containing one of a list of common Indonesian words,
 * or in Indonesian containing one of a list of common English words ({@link #INDONESIAN},
 * {@link #ENGLISH}), after Hangul and quoted spans are removed. A heuristic: a word list cannot
 * prove a text is in the right language, but every sentence of a pack template uses some of these
 * function words, so a text in the wrong pack is caught.</li>
 * <li><b>placeholders</b>: texts that still contain a {@code {placeholder}}.</li>
 * </ul>
 * Text checks run every item in both instruction languages ({@code en} and {@code id}); the verdict
 * and category figures use the item's own {@code instruction_lang}, else the given default.
 *
 * @param name            the set's location
 * @param items           number of items
 * @param correctVerdicts items whose verdict equals gold
 * @param goldCorrect     gold-correct items
 * @param falseAlarms     gold-correct items failed
 * @param overCorrections gold-correct items given a non-spacing error
 * @param categories      per-category counts, every category present
 * @param goldSpans       gold error spans in the set
 * @param matchedSpans    gold spans matched by an output error
 * @param matchedEdits    gold spans whose change to the answer an output error of the category makes
 * @param texts           explanation and feedback texts examined
 * @param emptyQuotes     texts with empty quotes
 * @param wrongLanguage   texts with words of the other instruction language
 * @param placeholders    texts with an unrendered placeholder
 * @param disagreements   one line per item that disagrees with gold (verdict, categories or spans)
 * @param textProblems    one line per text problem
 */
public record BenchmarkMetrics(String name, int items, int correctVerdicts, int goldCorrect, int falseAlarms,
        int overCorrections, Map<ErrorCategory, CategoryCounts> categories, int goldSpans, int matchedSpans,
        int matchedEdits, int texts, int emptyQuotes, int wrongLanguage, int placeholders, List<String> disagreements,
        List<String> textProblems) {

    /** Common Indonesian words that never appear in an English explanation. */
    public static final Set<String> INDONESIAN = Set.of("yang", "dan", "ini", "itu", "dengan", "untuk", "tidak",
            "adalah", "pakai", "pakailah", "gunakan", "setelah", "sebelum", "jawaban", "jawabannya", "benar",
            "salah", "bagus", "coba", "lagi", "kata", "kalimat", "bukan", "atau", "harus", "perlu", "menjadi",
            "dipakai", "akhiran", "belum", "sudah", "lengkap", "sopan", "ejaan", "ditulis", "karena", "kalau",
            "pada", "dari", "tambahkan", "ganti", "kurang", "hampir", "sekali", "lebih", "bahasa", "tata");
    /** Common English words that never appear in an Indonesian explanation. */
    public static final Set<String> ENGLISH = Set.of("the", "and", "is", "are", "use", "after", "before", "answer",
            "correct", "wrong", "with", "for", "not", "this", "that", "word", "sentence", "should", "must", "needs",
            "becomes", "ending", "particle", "polite", "spelling", "write", "written", "because", "when", "of",
            "add", "try", "again", "almost", "good", "here", "missing", "grammar");

    private static final Pattern EMPTY_QUOTES = Pattern.compile("''|\"\"|‘’|“”");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|‘[^’]*’|“[^”]*”|«[^»]*»");
    private static final Pattern HANGUL = Pattern.compile("[\\p{IsHangul}]+");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z_]+}");
    /**
     * Punctuation after a span's last word, dropped before spans are compared: a comma after a vocative or a clause
     * (민수아, / 민수아) is not part of the error, and the blind writers copy it in some sets and leave it in others.
     */
    private static final Pattern FINAL_PUNCT = Pattern.compile("[.,!?~。…\\s]+$");

    /**
     * Per-category counts at item level.
     *
     * @param tp items where gold and output both have the category
     * @param fp items where only the output has it
     * @param fn items where only gold has it
     */
    public record CategoryCounts(int tp, int fp, int fn) {

        /** Gold items with this category. */
        public int gold() {
            return tp + fn;
        }

        /** Precision; 1 when nothing was predicted. */
        public double precision() {
            return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
        }

        /** Recall; 1 when nothing is gold. */
        public double recall() {
            return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
        }

        /** F1 of precision and recall; 0 when both are 0. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Pass/fail accuracy, 0–1. */
    public double accuracy() {
        return items == 0 ? 1.0 : correctVerdicts / (double) items;
    }

    /** Share of gold spans whose change to the answer an output error makes, 0–1; 1 without spans. */
    public double editMatchRate() {
        return goldSpans == 0 ? 1.0 : matchedEdits / (double) goldSpans;
    }

    /** Share of gold spans matched, 0–1; 1 when the set has no spans. */
    public double spanMatchRate() {
        return goldSpans == 0 ? 1.0 : matchedSpans / (double) goldSpans;
    }

    /**
     * Runs the evaluator over the items.
     *
     * @param defaultLang instruction language for items without one ({@code id} or {@code en})
     */
    public static BenchmarkMetrics compute(String name, List<DevSet.Item> items, Evaluator evaluator,
            String defaultLang) {
        int correctVerdicts = 0;
        int goldCorrect = 0;
        int falseAlarms = 0;
        int overCorrections = 0;
        int goldSpans = 0;
        int matchedSpans = 0;
        int matchedEdits = 0;
        int texts = 0;
        int emptyQuotes = 0;
        int wrongLanguage = 0;
        int placeholders = 0;
        int[] tp = new int[ErrorCategory.values().length];
        int[] fp = new int[tp.length];
        int[] fn = new int[tp.length];
        List<String> disagreements = new ArrayList<>();
        List<String> textProblems = new ArrayList<>();
        for (DevSet.Item item : items) {
            String lang = item.instructionLang() == null ? defaultLang : item.instructionLang();
            Evaluation e = evaluator.evaluate(item.request(lang));
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
            List<String> missedSpans = new ArrayList<>();
            for (DevSet.GoldError gold : item.errors()) {
                goldSpans++;
                boolean matched = e.errors().stream().anyMatch(x -> x.category().wireName().equals(gold.category())
                        && sameSpan(x.original(), x.correction(), gold.original(), gold.correction()));
                boolean sameEdit = matched || e.errors().stream()
                        .anyMatch(x -> x.category().wireName().equals(gold.category())
                                && sameEdit(item.answer(), x.original(), x.correction(), gold.original(),
                                        gold.correction()));
                if (sameEdit) {
                    matchedEdits++;
                }
                if (matched) {
                    matchedSpans++;
                } else {
                    missedSpans.add(gold.category() + ":" + gold.original() + "→" + gold.correction());
                }
            }
            if (e.passed() != item.passed() || !predicted.equals(new TreeSet<>(item.categories()))
                    || !missedSpans.isEmpty()) {
                disagreements.add(String.format(Locale.ROOT, "  %-22s %-30s gold=%s%s%s got=%s%s %s", item.id(),
                        item.answer(), item.passed() ? "pass" : "fail", new TreeSet<>(item.categories()),
                        missedSpans.isEmpty() ? "" : " missed" + missedSpans, e.passed() ? "pass" : "fail",
                        predicted, e.errors().stream().map(x -> x.category().wireName() + ":" + x.original() + "→"
                                + x.correction() + (x.subtype() == null ? "" : " (" + x.subtype() + ")")).toList()));
            }
            for (String textLang : List.of("en", "id")) {
                Evaluation t = textLang.equals(lang) ? e : evaluator.evaluate(item.request(textLang));
                List<String> all = new ArrayList<>();
                t.errors().forEach(x -> all.add(x.explanation()));
                all.add(t.feedback());
                for (String text : all) {
                    texts++;
                    if (text == null) {
                        continue;
                    }
                    if (EMPTY_QUOTES.matcher(text).find()) {
                        emptyQuotes++;
                        textProblems.add("  empty quotes  " + textLang + " " + item.id() + ": " + text);
                    }
                    if (wrongLanguage(text, textLang)) {
                        wrongLanguage++;
                        textProblems.add("  wrong lang    " + textLang + " " + item.id() + ": " + text);
                    }
                    if (PLACEHOLDER.matcher(text).find()) {
                        placeholders++;
                        textProblems.add("  placeholder   " + textLang + " " + item.id() + ": " + text);
                    }
                }
            }
        }
        Map<ErrorCategory, CategoryCounts> categories = new EnumMap<>(ErrorCategory.class);
        for (ErrorCategory c : ErrorCategory.values()) {
            int i = c.ordinal();
            categories.put(c, new CategoryCounts(tp[i], fp[i], fn[i]));
        }
        return new BenchmarkMetrics(name, items.size(), correctVerdicts, goldCorrect, falseAlarms, overCorrections,
                categories, goldSpans, matchedSpans, matchedEdits, texts, emptyQuotes, wrongLanguage, placeholders,
                List.copyOf(disagreements), List.copyOf(textProblems));
    }

    /**
     * Whether a text meant for {@code lang} contains a common word of the other instruction
     * language (quoted spans and Hangul ignored).
     */
    static boolean wrongLanguage(String text, String lang) {
        Set<String> foreign = switch (lang) {
            case "en" -> INDONESIAN;
            case "id" -> ENGLISH;
            default -> Set.of();
        };
        String plain = HANGUL.matcher(QUOTED.matcher(text).replaceAll(" ")).replaceAll(" ").toLowerCase(Locale.ROOT);
        var m = WORD.matcher(plain);
        while (m.find()) {
            if (foreign.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an output span is the gold span. A gold omission ({@code "" → 두 개}) is also matched
     * by the same insertion located at a neighbouring word, as the evaluator reports omissions so
     * the explanation can say where the words go ({@code 수건 → 수건 두 개}, {@code 이름으로 →
     * 부디 이름으로}).
     */
    static boolean sameSpan(String original, String correction, String goldOriginal, String goldCorrection) {
        String o = span(original);
        String c = span(correction);
        String go = span(goldOriginal);
        String gc = span(goldCorrection);
        if (o.equals(go) && c.equals(gc)) {
            return true;
        }
        return go.isEmpty() && !o.isEmpty() && (c.equals(o + " " + gc) || c.equals(gc + " " + o));
    }

    /**
     * Whether two span edits make the same change to {@code answer}: some placement of each
     * {@code original} in the answer, replaced by its {@code correction}, gives the same sentence
     * (whitespace collapsed, final punctuation dropped). An empty original (an omission without a
     * place) has no placement and never matches here.
     */
    static boolean sameEdit(String answer, String original, String correction, String goldOriginal,
            String goldCorrection) {
        Set<String> ours = corrected(answer, original, correction);
        return !ours.isEmpty() && corrected(answer, goldOriginal, goldCorrection).stream().anyMatch(ours::contains);
    }

    /** Every sentence made by replacing one occurrence of {@code original} in the answer. */
    private static Set<String> corrected(String answer, String original, String correction) {
        String a = answer == null ? "" : answer.strip().replaceAll("\\s+", " ");
        String o = original == null ? "" : original.strip().replaceAll("\\s+", " ");
        String c = correction == null ? "" : correction.strip().replaceAll("\\s+", " ");
        Set<String> out = new TreeSet<>();
        if (o.isEmpty()) {
            return out;
        }
        for (int i = a.indexOf(o); i >= 0; i = a.indexOf(o, i + 1)) {
            out.add(span(a.substring(0, i) + c + a.substring(i + o.length())));
        }
        return out;
    }

    /** A span as compared for span match: trimmed, whitespace collapsed, final punctuation (and a final comma) dropped. */
    static String span(String s) {
        if (s == null) {
            return "";
        }
        return FINAL_PUNCT.matcher(s.strip().replaceAll("\\s+", " ")).replaceAll("");
    }

    /** The figures as a table; with {@code verbose}, the disagreements and text problems too. */
    public String format(boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Evaluation benchmark: %s, %d items%n", name, items));
        out.append(String.format(Locale.ROOT, "pass/fail accuracy   %6.1f %%  (%d/%d)%n", 100.0 * accuracy(),
                correctVerdicts, items));
        out.append(String.format(Locale.ROOT, "false alarms         %6.1f %%  (%d of %d correct answers failed)%n",
                100.0 * falseAlarms / Math.max(1, goldCorrect), falseAlarms, goldCorrect));
        out.append(String.format(Locale.ROOT, "over-corrections     %6.1f %%  (%d correct answers given an error)%n",
                100.0 * overCorrections / Math.max(1, goldCorrect), overCorrections));
        out.append(goldSpans == 0 ? "span match              n/a   (no gold spans in this set)\n"
                : String.format(Locale.ROOT, "span match           %6.1f %%  (%d of %d gold errors)%n",
                        100.0 * spanMatchRate(), matchedSpans, goldSpans));
        if (goldSpans > 0) {
            out.append(String.format(Locale.ROOT, "edit match           %6.1f %%  (%d of %d: same change to the answer)%n",
                    100.0 * editMatchRate(), matchedEdits, goldSpans));
        }
        out.append(String.format(Locale.ROOT,
                "texts (en+id)        %d: %d with empty quotes, %d in the wrong language, %d with placeholders%n",
                texts, emptyQuotes, wrongLanguage, placeholders));
        out.append(String.format(Locale.ROOT, "%-20s %7s %7s %7s %5s %4s %4s %4s%n", "category", "P", "R", "F1",
                "gold", "tp", "fp", "fn"));
        categories.forEach((c, k) -> out.append(String.format(Locale.ROOT, "%-20s %7.2f %7.2f %7.2f %5d %4d %4d %4d%n",
                c.wireName(), k.precision(), k.recall(), k.f1(), k.gold(), k.tp(), k.fp(), k.fn())));
        if (verbose) {
            out.append("Disagreements with gold (").append(disagreements.size()).append("):\n");
            disagreements.forEach(m -> out.append(m).append('\n'));
            out.append("Text problems (").append(textProblems.size()).append("):\n");
            textProblems.forEach(m -> out.append(m).append('\n'));
        }
        return out.toString();
    }
}
