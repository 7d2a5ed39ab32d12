package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;

/**
 * Which findings of one comparison the rules may fail an answer on (issue 11, precision first).
 *
 * <p>Two kinds of finding:
 * <ul>
 * <li><b>intrinsic</b>: wrong whatever sentence the learner meant, because the learner's own words
 * break a rule — a particle form that does not fit its noun (커피을), a wrongly conjugated
 * irregular verb (듣어요), a copula form (학생예요), native/Sino numbers and counters (삼 시, 하나
 * 잔), a plain ending or 나/당신 in a polite activity, -시- about oneself, a known misspelling of an
 * ending (-ㄹ께요, chat 여), a contrast the {@link Contrasts} lexicon knows (작은 for 큰);</li>
 * <li><b>relative</b>: a difference from the accepted answer (another particle, tense, word,
 * missing piece, order). A teacher corrects it when the answer is the accepted sentence with
 * <i>one</i> slip; when the answer differs in two or more places, or in one content word the
 * lexicon does not know, it is another sentence — a paraphrase the rules cannot judge (Yeon &amp;
 * Brown 2019 list many request, plan and question frames that say the same thing). Those findings
 * do not fail the answer: it passes with the model answer shown and a confidence below the
 * threshold, so a configured model decides.</li>
 * </ul>
 */
final class Certainty {

    private Certainty() {
    }

    /**
     * The findings that fail the answer: every intrinsic finding, and the relative ones only when
     * the answer differs from the accepted one in exactly one relative place that is not an
     * unknown word substitution. Spacing notes are never decisive (they are returned separately
     * by the caller).
     *
     * @param findings all findings of one comparison, in sentence order
     * @return the decisive findings, in the same order; empty when the answer may pass
     */
    static List<Finding> decisive(List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        List<Finding> relative = new ArrayList<>();
        for (Finding f : findings) {
            if (f.category() == ErrorCategory.SPACING) {
                continue;
            }
            if (intrinsic(f)) {
                out.add(f);
            } else {
                relative.add(f);
            }
        }
        if (relative.size() == 1 && !unknownSubstitution(relative.getFirst())) {
            out.add(relative.getFirst());
            return findings.stream().filter(out::contains).toList();
        }
        return findings.stream().filter(out::contains).toList();
    }

    /**
     * An answer that is the accepted answer with words left out and nothing added or changed
     * (수건 더 주세요 for 수건 두 개 더 주세요) is incomplete, however many pieces are missing: one
     * finding at the learner's word next to the gap (수건 → 수건 두 개), or the whole answer when
     * there are several gaps.
     *
     * @param answer   the learner's normalised answer
     * @param accepted the normalised accepted answer it was compared with
     * @return the omission finding; empty when the answer is not such a subsequence
     */
    static java.util.Optional<Finding> omission(String answer, String accepted) {
        String[] a = answer.split(" ");
        String[] e = accepted.split(" ");
        if (a.length >= e.length) {
            return java.util.Optional.empty();
        }
        boolean[] kept = new boolean[e.length];
        int j = 0;
        for (String w : a) {
            while (j < e.length && !e[j].equals(w)) {
                j++;
            }
            if (j == e.length) {
                return java.util.Optional.empty();
            }
            kept[j++] = true;
        }
        int gaps = 0;
        int from = -1;
        int to = -1;
        for (int i = 0; i < e.length; i++) {
            if (!kept[i] && (i == 0 || kept[i - 1])) {
                gaps++;
                from = i;
            }
            if (!kept[i]) {
                to = i + 1;
            }
        }
        if (gaps != 1) {
            return java.util.Optional.of(new Finding(ErrorCategory.INCOMPLETE, answer, accepted, "incomplete/sentence"));
        }
        String missing = String.join(" ", java.util.Arrays.asList(e).subList(from, to));
        if (from > 0) {
            return java.util.Optional.of(new Finding(ErrorCategory.INCOMPLETE, e[from - 1], e[from - 1] + " " + missing,
                    "incomplete/missing_word"));
        }
        return java.util.Optional.of(new Finding(ErrorCategory.INCOMPLETE, e[to], missing + " " + e[to],
                "incomplete/missing_word"));
    }

    /** Whether the finding is wrong in itself, whatever the learner meant (see the class comment). */
    static boolean intrinsic(Finding f) {
        String subtype = Subtypes.of(f);
        String o = f.original() == null ? "" : f.original().strip();
        String c = f.correction() == null ? "" : f.correction().strip();
        return switch (f.category()) {
            case PARTICLE_ALLOMORPH -> true;
            case ENDING -> subtype.startsWith("irregular/") || subtype.equals("ending/copula")
                    || subtype.equals("ending/vowel_harmony") || subtype.equals("ending/infinitive_contraction")
                    || subtype.equals("ending/infinitive");
            case HONORIFIC -> subtype.equals("honorific/speech_level") || subtype.equals("honorific/humble_pronoun")
                    || subtype.equals("honorific/you_pronoun") || subtype.equals("honorific/si_extra")
                    || subtype.equals("honorific/farewell");
            case VOCABULARY -> subtype.startsWith("counter/") || subtype.equals("vocabulary/eopseoyo")
                    || subtype.equals("vocabulary/contrast");
            case SPELLING -> !subtype.equals("spelling/letters") && !subtype.equals("spelling/sound")
                    || !o.isEmpty() && !c.isEmpty() && o.split(" ").length == c.split(" ").length;
            case TENSE -> subtype.equals("tense/vowel_harmony");
            default -> false;
        };
    }

    /**
     * Another word, added or substituted, that no lexicon entry explains: a possible paraphrase.
     * Not so when the answer is otherwise the accepted sentence and the substitution names another
     * thing — a noun for a noun (라떼 for 아메리카노, 현금 for 카드, 체크아웃하고 for 체크인하고), a
     * question word for another (어디 for 뭐) — or is a near miss of the accepted word (걸어요 for
     * 걸려요): a teacher corrects those. A different predicate (환전하고 for 바꾸고, 필요해요 for
     * 주세요) or an added word (안녕하세요, 실례합니다) may be a paraphrase.
     */
    private static boolean unknownSubstitution(Finding f) {
        if (f.category() != ErrorCategory.VOCABULARY) {
            return false;
        }
        String subtype = Subtypes.of(f);
        if (subtype.equals("vocabulary/extra_word")) {
            return true;
        }
        if (!subtype.equals("vocabulary/word")) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.isEmpty() || c.isEmpty()) {
            return true;
        }
        if (QUESTION_WORDS.contains(first(o)) && QUESTION_WORDS.contains(first(c))) {
            return false;
        }
        if (com.koto.evaluation.text.Hangul.jamoDistance(o.replace(" ", ""), c.replace(" ", "")) <= 2) {
            return false;
        }
        return !(nominal(o) && nominal(c) && o.split(" ").length == c.split(" ").length);
    }

    /** Question words (의문사): one for another asks another question (Yeon &amp; Brown 2019). */
    private static final java.util.Set<String> QUESTION_WORDS = java.util.Set.of("뭐", "무엇", "무슨", "어디", "언제",
            "누구", "누가", "몇", "얼마", "어떻게", "왜", "어느", "어떤");

    private static String first(String span) {
        String w = span.split(" ")[0];
        for (String q : QUESTION_WORDS) {
            if (w.startsWith(q)) {
                return q;
            }
        }
        return w;
    }

    /** Whether every word of the span starts with a noun (a noun + 하다 verb counts by its noun). */
    private static boolean nominal(String span) {
        for (Morphology.Word w : Morphology.analyse(span)) {
            if (w.morphemes().isEmpty() || !w.morphemes().getFirst().tag().startsWith("N")) {
                return false;
            }
        }
        return true;
    }
}
