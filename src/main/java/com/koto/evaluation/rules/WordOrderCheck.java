package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Word order when the learner used exactly the accepted words in another order. Korean is
 * verb-final; before the predicate, case-marked phrases and adverbs scramble freely
 * (어제 이 옷을 샀어요 = 이 옷을 어제 샀어요), but a noun phrase does not break up and a numeral
 * with its counter follows the noun (사과 세 개, not 세 개 사과). Source: Sohn, <i>The Korean
 * Language</i> (1999), on word order and scrambling; Yeon &amp; Brown (2019) on numerals and counters.
 */
final class WordOrderCheck {

    private WordOrderCheck() {
    }

    /** A sentence mark at the end of a typed word. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(".*[.?!。]+[\"')]*$");
    /** Marks that the normalised answer leaves out. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[.,?!~。\"'()]");

    /**
     * Whether a {@code word_order} finding is no word order of one sentence (session 27, s27b): its span runs over a
     * sentence mark the learner typed (데위입니다. 마케팅팀에서), or its correction is not a Korean word, a particle put
     * after a finished predicate (데위입니다에서). Word order is the order of the phrases of one clause before its
     * predicate (Sohn 1999, on verb-final order and scrambling); a sentence mark ends the clause, and a particle
     * attaches to a noun, never to a sentence-final ending (국립국어원 한국어 표준 문법, on particles). Such a
     * finding is an alignment of two sentences of the answer against one of the accepted answer.
     *
     * @param o       the finding's span in the learner's words
     * @param c       its correction
     * @param answer  the normalised answer
     * @param asTyped the answer as typed (sentence marks kept), or null
     */
    static boolean notOneSentence(String o, String c, String answer, String asTyped) {
        String[] ow = o.strip().split(" ");
        if (asTyped != null && ow.length >= 2) {
            String[] typed = asTyped.strip().split("\\s+");
            for (int i = 0; i + ow.length <= typed.length; i++) {
                boolean match = true;
                for (int k = 0; k < ow.length && match; k++) {
                    match = MARKS.matcher(typed[i + k]).replaceAll("").equals(MARKS.matcher(ow[k]).replaceAll(""));
                }
                if (!match) {
                    continue;
                }
                for (int k = 0; k + 1 < ow.length; k++) {
                    if (SENTENCE_END.matcher(typed[i + k]).matches()) {
                        return true;
                    }
                }
            }
        }
        java.util.Set<String> own = new java.util.HashSet<>(List.of(answer.split(" ")));
        for (String w : c.strip().split(" ")) {
            if (own.contains(w)) {
                continue;
            }
            String[] sp = ArgumentCheck.stemAndParticle(w);
            if (sp[1].isEmpty() || sp[0].length() < 2) {
                continue;
            }
            List<Morphology.Word> stem = Morphology.analyse(sp[0]);
            if (stem.size() == 1 && own.contains(sp[0]) && !stem.getFirst().morphemes().isEmpty()
                    && stem.getFirst().morphemes().getLast().is("EF")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two word lists hold the same words in a different order. */
    static boolean reordered(List<String> answer, List<String> expected) {
        if (answer.size() != expected.size() || answer.size() < 2 || answer.equals(expected)) {
            return false;
        }
        List<String> a = new ArrayList<>(answer);
        List<String> e = new ArrayList<>(expected);
        a.sort(null);
        e.sort(null);
        return a.equals(e);
    }

    /**
     * @param answer        the learner's words (canonical), a reordering of {@code expected}
     * @param answerWords   their analyses
     * @param answerText    the answer as written
     * @param expectedText  the accepted answer as written
     * @return a {@code word_order} finding, or empty for an accepted scrambling
     */
    static Optional<Finding> check(List<String> answer, List<Morphology.Word> answerWords, List<String> expected,
            String answerText, String expectedText) {
        String[] span = Spacing.trimCommonWords(answerText, expectedText);
        Finding wrong = new Finding(ErrorCategory.WORD_ORDER, span[0], span[1], "word_order/phrase");
        if (!answer.getLast().equals(expected.getLast())) {
            return Optional.of(wrong.as("word_order/verb_final")); // the predicate is not final
        }
        boolean[] kept = keptByWeightedLcs(answer, answerWords, expected);
        for (int i = 0; i < answer.size(); i++) {
            if (!kept[i] && !movable(answer.get(i), answerWords.get(i))) {
                return Optional.of(wrong);
            }
        }
        return Optional.empty();
    }

    /** A phrase that may scramble: case-marked, or an adverb or time/place word. */
    private static boolean movable(String word, Morphology.Word analysis) {
        return analysis.caseMarked() || analysis.startsWith("MAG") || Lexicon.MOVABLE.contains(word);
    }

    /**
     * The answer words that keep their relative order, choosing the longest common subsequence
     * that keeps the most immovable words in place (weight 2 against 1), so that the moved words
     * are the movable ones when that is possible.
     */
    private static boolean[] keptByWeightedLcs(List<String> answer, List<Morphology.Word> words, List<String> expected) {
        int n = answer.size();
        int m = expected.size();
        int[][] best = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                int skip = Math.max(best[i + 1][j], best[i][j + 1]);
                int take = answer.get(i).equals(expected.get(j))
                        ? best[i + 1][j + 1] + (movable(answer.get(i), words.get(i)) ? 1 : 2) : -1;
                best[i][j] = Math.max(skip, take);
            }
        }
        boolean[] kept = new boolean[n];
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (answer.get(i).equals(expected.get(j))
                    && best[i][j] == best[i + 1][j + 1] + (movable(answer.get(i), words.get(i)) ? 1 : 2)) {
                kept[i] = true;
                i++;
                j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return kept;
    }

    /**
     * A numeral used like an article before the noun (한 아메리카노 for 아메리카노 한 잔): Korean puts
     * the numeral and its counter after the noun (Yeon &amp; Brown 2019, on numerals and counters).
     * Recognised when moving the numeral after the noun and adding the accepted answer's counter
     * gives the accepted answer.
     */
    static Optional<Finding> numeralBeforeNoun(SentenceCheck.Sentence answer, SentenceCheck.Sentence expected) {
        List<String> a = answer.canonical();
        List<String> e = expected.canonical();
        for (int i = 0; i + 1 < a.size(); i++) {
            String numeral = a.get(i);
            if (!Lexicon.COUNTER_FORMS.containsValue(numeral)) {
                continue;
            }
            for (int j = 0; j + 2 < e.size(); j++) {
                if (e.get(j).equals(a.get(i + 1)) && e.get(j + 1).equals(numeral)
                        && Lexicon.COUNTERS.contains(e.get(j + 2))) {
                    List<String> fixed = new ArrayList<>(a);
                    fixed.set(i, a.get(i + 1));
                    fixed.set(i + 1, numeral);
                    fixed.add(i + 2, e.get(j + 2));
                    if (fixed.equals(e)) {
                        return Optional.of(new Finding(ErrorCategory.WORD_ORDER, answer.surface(i, i + 2),
                                expected.surface(j, j + 3), "word_order/numeral_before_noun"));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
