package com.koto.evaluation.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Aligns the words (어절) of an answer with those of an accepted answer by a weighted edit
 * distance over words: a substitution costs the two words' relative jamo distance (0–1), a
 * missing or extra word 1, and two words written as one (or one as two) the joined words'
 * distance plus a small spacing penalty. The result pairs each answer span with the accepted
 * span it stands for, in order.
 */
public final class WordAlignment {

    private static final double SPACING_PENALTY = 0.1;
    /**
     * Words are re-spaced only when the joined forms are this close (relative, and at most two jamo
     * apart): otherwise a word is missing or extra.
     */
    private static final double RESPACE_LIMIT = 0.34;
    private static final int RESPACE_MAX_JAMO = 2;

    private WordAlignment() {
    }

    /**
     * One aligned pair.
     *
     * @param answerFrom   index of the pair's first answer word
     * @param answerTo     index after its last answer word ({@code == answerFrom} when missing)
     * @param expectedFrom index of its first accepted word
     * @param expectedTo   index after its last accepted word ({@code == expectedFrom} when extra)
     * @param answer       the learner's span ({@code null} when the accepted word is missing)
     * @param expected     the accepted span ({@code null} when the learner's word is extra)
     * @param respaced     the two spans are spaced differently (커피 를 ~ 커피를)
     */
    public record Pair(int answerFrom, int answerTo, int expectedFrom, int expectedTo, String answer,
            String expected, boolean respaced) {

        /** Both sides present and equal, ignoring spaces. */
        public boolean same() {
            return answer != null && expected != null
                    && AnswerText.unspaced(answer).equals(AnswerText.unspaced(expected));
        }

        /** The accepted word has no counterpart in the answer. */
        public boolean missing() {
            return answer == null;
        }

        /** The learner's word has no counterpart in the accepted answer. */
        public boolean extra() {
            return expected == null;
        }
    }

    /**
     * Aligns two word lists.
     *
     * @param answer   the learner's words
     * @param expected the accepted answer's words
     * @return pairs in sentence order; joining their non-null sides gives back both inputs
     */
    public static List<Pair> align(List<String> answer, List<String> expected) {
        int n = answer.size();
        int m = expected.size();
        double[][] cost = new double[n + 1][m + 1];
        byte[][] move = new byte[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.MAX_VALUE;
                byte how = 0;
                if (i > 0 && j > 0) {
                    double c = cost[i - 1][j - 1] + distance(answer.get(i - 1), expected.get(j - 1));
                    if (c < best) {
                        best = c;
                        how = 1;
                    }
                }
                if (i > 0) {
                    double c = cost[i - 1][j] + 1;
                    if (c < best) {
                        best = c;
                        how = 2;
                    }
                }
                if (j > 0) {
                    double c = cost[i][j - 1] + 1;
                    if (c < best) {
                        best = c;
                        how = 3;
                    }
                }
                if (i > 1 && j > 0) {
                    String joined = answer.get(i - 2) + answer.get(i - 1);
                    double d = distance(joined, expected.get(j - 1));
                    double c = cost[i - 2][j - 1] + SPACING_PENALTY + d;
                    if (respaceable(joined, expected.get(j - 1), d) && c < best) {
                        best = c;
                        how = 4;
                    }
                }
                if (i > 0 && j > 1) {
                    String joined = expected.get(j - 2) + expected.get(j - 1);
                    double d = distance(answer.get(i - 1), joined);
                    double c = cost[i - 1][j - 2] + SPACING_PENALTY + d;
                    if (respaceable(answer.get(i - 1), joined, d) && c < best) {
                        best = c;
                        how = 5;
                    }
                }
                cost[i][j] = best;
                move[i][j] = how;
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            switch (move[i][j]) {
                case 1 -> {
                    pairs.add(new Pair(i - 1, i, j - 1, j, answer.get(i - 1), expected.get(j - 1), false));
                    i--;
                    j--;
                }
                case 2 -> {
                    pairs.add(new Pair(i - 1, i, j, j, answer.get(i - 1), null, false));
                    i--;
                }
                case 3 -> {
                    pairs.add(new Pair(i, i, j - 1, j, null, expected.get(j - 1), false));
                    j--;
                }
                case 4 -> {
                    pairs.add(new Pair(i - 2, i, j - 1, j, answer.get(i - 2) + " " + answer.get(i - 1),
                            expected.get(j - 1), true));
                    i -= 2;
                    j -= 1;
                }
                case 5 -> {
                    pairs.add(new Pair(i - 1, i, j - 2, j, answer.get(i - 1),
                            expected.get(j - 2) + " " + expected.get(j - 1), true));
                    i -= 1;
                    j -= 2;
                }
                default -> throw new IllegalStateException("unreachable alignment state");
            }
        }
        Collections.reverse(pairs);
        return pairs;
    }

    private static boolean respaceable(String a, String b, double relative) {
        return relative <= RESPACE_LIMIT && Hangul.jamoDistance(a, b) <= RESPACE_MAX_JAMO;
    }

    /** Relative jamo distance of two words, 0 (equal) to 1 (nothing in common). */
    public static double distance(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        String ja = Hangul.toJamo(a);
        String jb = Hangul.toJamo(b);
        return Math.min(1.0, Hangul.editDistance(ja, jb) / (double) Math.max(ja.length(), jb.length()));
    }
}
