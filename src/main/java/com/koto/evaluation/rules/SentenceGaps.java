package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where an incomplete answer is quoted (session 19, s19d). The blind writers' brief (docs/blind-brief.md, "Span
 * convention") gives a word or part left out on <em>the neighbouring word of the answer</em>, corrected as that word
 * with the missing part, never as the whole answer. Two shapes of {@code incomplete} findings are brought to it:
 * <ul>
 * <li>a finding on the whole answer ({@code incomplete/sentence}, several words) where an accepted answer is the
 * learner's words with <b>one run of words left out</b> (여권이 필요합니까? for 통장을 만들고 싶습니다. 여권이
 * 필요합니까?): the run is given on the learner's word next to it, {@link #located};</li>
 * <li>a run that opens the learner's sentence is written with the sentence mark the accepted answer puts after it
 * (아버님도 → 정말 맛있어요. 아버님도, not 정말 맛있어요 아버님도), {@link #marked}.</li>
 * </ul>
 * The neighbour is chosen as {@link Certainty#omission} chooses it: the word before the run, unless the run opens a
 * sentence of the accepted answer (the word before it ends with . ? !) or the answer; then the word after it, the
 * first word of the sentence the run begins (국립국어원 한국어 문법 1, the sentence as the unit of an utterance). A run
 * inside a sentence with no mark before it (쭉 가세요 for 쭉 가서 왼쪽으로 가세요) stays on the whole answer, as
 * {@link SentenceCheck} leaves it: the oldest writers quote such a clause with the whole sentence, and no later gold
 * span of that shape is won by moving it; a run after a vocative and its comma (엄마, 회식이 있어서 …) is moved. The
 * sentence marks and the comma are those of the accepted answer as written (한글 맞춤법 부록 문장 부호: a full stop
 * ends a statement, a question mark a question, a comma follows a vocative or a linking phrase). Only the span
 * changes: the category, the subtype and the verdict stay.
 */
final class SentenceGaps {

    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Sentence marks and commas at the end of a word. */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.,?!~]+$");
    /** A sentence mark, a comma or ~. */
    private static final Pattern MARKS = Pattern.compile("[.,?!~]");
    /** A sentence mark at the end of a word. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!]$");

    private SentenceGaps() {
    }

    /**
     * An {@code incomplete} finding on several words (the whole answer against an accepted answer) given on the
     * learner's word next to the one run of words an accepted answer has and the answer leaves out: the accepted
     * answer the finding was read against first, then the others in the activity's order. Runs of opening or
     * linking words only ({@link Evidence#UNNEEDED}: 좀, 저기요, 그리고) are not counted, as in
     * {@link Certainty#omission}. {@code f} itself where no accepted answer is the answer with one such run left
     * out.
     *
     * @param f        a finding as it will be reported
     * @param answer   the learner's normalised answer (words separated by one space, no sentence marks)
     * @param expected the activity's accepted answers as written
     */
    static Finding located(Finding f, String answer, List<String> expected) {
        if (f.category() != ErrorCategory.INCOMPLETE || !"incomplete/sentence".equals(f.subtype())
                || f.original() == null || f.correction() == null || !f.original().strip().contains(" ")) {
            return f;
        }
        List<String> a = List.of(answer.strip().split(" "));
        String read = flat(f.correction());
        List<String> ordered = new ArrayList<>();
        expected.stream().filter(e -> e != null && flat(e).equals(read)).forEach(ordered::add);
        expected.stream().filter(e -> e != null && !flat(e).equals(read)).forEach(ordered::add);
        for (String e : ordered) {
            Finding gap = oneGap(f, a, SPACES.split(e.strip()));
            if (gap != null) {
                return gap;
            }
        }
        return f;
    }

    private static Finding oneGap(Finding f, List<String> a, String[] t) {
        if (t.length <= a.size()) {
            return null;
        }
        boolean[] kept = new boolean[t.length];
        int j = 0;
        for (String w : a) {
            while (j < t.length && !bare(t[j]).equals(w)) {
                j++;
            }
            if (j == t.length) {
                return null;
            }
            kept[j++] = true;
        }
        int from = -1;
        int to = -1;
        for (int i = 0; i < t.length; i++) {
            if (kept[i] || i > 0 && !kept[i - 1]) {
                continue;
            }
            int end = i;
            while (end < t.length && !kept[end]) {
                end++;
            }
            boolean unneeded = true;
            for (int k = i; k < end; k++) {
                unneeded &= Evidence.UNNEEDED.contains(bare(t[k]));
            }
            if (unneeded) {
                continue;
            }
            if (from >= 0) {
                return null; // two runs: the whole answer stays the span
            }
            from = i;
            to = end;
        }
        if (from < 0) {
            return null;
        }
        if (to < t.length) {
            String next = bare(t[to]);
            for (int k = from; k < to; k++) {
                if (bare(t[k]).startsWith(next)) {
                    return null; // 하나 for 하나하고 불고기 하나: the learner's word stands for a word of the run, no gap
                }
            }
        }
        String run = String.join(" ", java.util.Arrays.asList(t).subList(from, to));
        boolean opensSentence = from == 0 || SENTENCE_END.matcher(t[from - 1]).matches();
        if (opensSentence && to < t.length) {
            String next = bare(t[to]);
            return new Finding(f.category(), next, run + " " + next, f.subtype());
        }
        if (from == 0) {
            return null;
        }
        String before = bare(t[from - 1]);
        String mark = t[from - 1].substring(before.length());
        if (to < t.length && mark.isEmpty()) {
            return null; // 쭉 가세요 for 쭉 가서 왼쪽으로 가세요: a clause left out inside the sentence stays whole
        }
        return new Finding(f.category(), before, before + mark + " " + bare(run), f.subtype());
    }

    /**
     * A run of words put before the learner's word ({@code X → run X}) that ends a sentence of an accepted answer
     * before that word (아버님도 → 정말 맛있어요 아버님도, where 정말 맛있어요. 아버님도 많이 드세요. is accepted) is
     * written with that sentence mark (정말 맛있어요. 아버님도). {@code f} itself otherwise.
     *
     * @param expected the activity's accepted answers as written
     */
    static Finding marked(Finding f, List<String> expected) {
        if (f.category() != ErrorCategory.INCOMPLETE || f.original() == null || f.correction() == null) {
            return f;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.isEmpty() || o.contains(" ") || !c.endsWith(" " + o)) {
            return f;
        }
        String run = c.substring(0, c.length() - o.length() - 1);
        if (run.isEmpty() || TRAILING_MARKS.matcher(run).find()) {
            return f;
        }
        String[] rw = run.split(" ");
        for (String e : expected) {
            if (e == null) {
                continue;
            }
            String[] t = SPACES.split(e.strip());
            for (int i = 0; i + rw.length < t.length; i++) {
                boolean same = true;
                for (int k = 0; k < rw.length && same; k++) {
                    same = bare(t[i + k]).equals(rw[k]);
                }
                String last = t[i + rw.length - 1];
                if (same && bare(t[i + rw.length]).equals(o) && SENTENCE_END.matcher(last).matches()) {
                    return new Finding(f.category(), o, run + last.substring(bare(last).length()) + " " + o,
                            f.subtype());
                }
            }
        }
        return f;
    }

    /** The text with its sentence marks and commas as spaces, white space collapsed. */
    private static String flat(String s) {
        return SPACES.matcher(MARKS.matcher(s).replaceAll(" ").strip()).replaceAll(" ");
    }

    /** The text without its final sentence marks and commas. */
    private static String bare(String s) {
        return TRAILING_MARKS.matcher(s.strip()).replaceAll("");
    }
}
