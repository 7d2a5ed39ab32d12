package com.koto.evaluation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Hedges and distributives on a quantity (session 7, precision first): the suffixes -쯤, -경,
 * -가량 'about' and -씩 'each, at a time' (표준국어대사전 '-쯤', '-경', '-가량', '-씩' 접사), the noun
 * 정도 'about' and the adverbs 약, 대략 before a number, and the delimiter 만 'just' after a counter
 * (Yeon &amp; Brown 2019, on approximation and on 만). They make a figure approximate or distribute
 * it (하루에 두 번씩, 삼십 분쯤, 몇 분 정도, 세 개만) and change nothing a teacher would correct: a
 * learner's word that is the accepted word with one of them, or without it, is the same word, and
 * an omission of one of them is none.
 */
final class Approximations {

    private Approximations() {
    }

    private static final List<String> SUFFIXES = List.of("씩", "쯤", "경", "가량");
    private static final Set<String> HEDGE_WORDS = Set.of("정도", "쯤", "약", "대략", "정도로", "정도요");

    /**
     * Whether the two spans are the same words once hedges and distributives are taken away
     * (번씩 / 번, 분쯤 / 분 정도, 개만 / 개), and differ at all.
     *
     * @param o the learner's span
     * @param c the accepted span
     */
    static boolean sameQuantity(String o, String c) {
        if (o.isBlank() || c.isBlank() || o.strip().equals(c.strip())) {
            return false;
        }
        List<String> a = plain(o);
        List<String> b = plain(c);
        return !a.isEmpty() && a.equals(b);
    }

    /**
     * Whether an omission finding only leaves out a hedge word (분 → 분 정도, 분쯤 → 분쯤 정도).
     *
     * @param o the learner's word beside the gap
     * @param c that word with the missing words
     */
    static boolean hedgeLeftOut(String o, String c) {
        String s = o.strip();
        String t = c.strip();
        String missing = t.startsWith(s + " ") ? t.substring(s.length() + 1)
                : t.endsWith(" " + s) ? t.substring(0, t.length() - s.length() - 1) : null;
        if (missing == null || missing.isBlank()) {
            return false;
        }
        for (String w : missing.strip().split(" ")) {
            if (!HEDGE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An added negation that is part of 얼마 안/못 + verb, 'only a little' (시간이 얼마 안 남았어요 'there is
     * little time left', 얼마 안 걸려요 'it does not take long'; 표준국어대사전 '얼마' 명사 「2」 with a
     * negative predicate): the learner says a small amount, not the opposite of the accepted verb, so
     * the finding is widened to the whole phrase and is no longer read as an added 안/못
     * ({@link Certainty#intrinsic}); another verb it stays, a possible paraphrase.
     *
     * @param f      a finding of one comparison, negations merged ({@link Certainty#negations})
     * @param answer the learner's normalised answer
     * @return the finding with 얼마 in its span, or {@code f} itself
     */
    static Finding littleAmount(Finding f, String answer) {
        if (f.category() != com.koto.evaluation.ErrorCategory.VOCABULARY || f.original() == null) {
            return f;
        }
        String o = f.original().strip();
        if (!(o.startsWith("안 ") || o.startsWith("못 ")) || !(" " + answer + " ").contains(" 얼마 " + o)) {
            return f;
        }
        return new Finding(f.category(), "얼마 " + o, f.correction(), "vocabulary/word");
    }

    /**
     * 몇 with a counter where the accepted answer asks 얼마나 'how much, how long' (몇 분 걸려요 for 얼마나
     * 걸려요, 몇 번 먹어요 for 얼마나 자주): the same question counted in units (Yeon &amp; Brown 2019, on
     * 몇 and 얼마나). The learner's 몇 must stand before a counter or unit in the answer (몇 분쯤, 몇 시간,
     * 며칠); 몇 alone for 얼마 (a price) stays wrong.
     *
     * @param o      the learner's span
     * @param c      the accepted span
     * @param answer the learner's normalised answer
     */
    static boolean unitsForExtent(String o, String c, String answer) {
        String s = o.strip();
        if (!c.strip().equals("얼마나") || !(s.equals("몇") || s.startsWith("몇 ") || s.startsWith("며칠"))) {
            return false;
        }
        if (s.startsWith("며칠")) {
            return true;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals("몇") && UNITS.stream().anyMatch(words[i + 1]::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** Units of time, frequency and distance that 몇 counts in a question of extent. */
    private static final List<String> UNITS = List.of("분", "시간", "번", "일", "주", "달", "개월", "년", "초", "정거장",
            "정류장", "층", "킬로", "미터", "역");

    /** The words without hedge words, hedge suffixes and 만 after a counter. */
    private static List<String> plain(String span) {
        List<String> out = new ArrayList<>();
        String[] words = span.strip().split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (HEDGE_WORDS.contains(w)) {
                continue;
            }
            boolean counted = i > 0 && (Numerals.number(words[i - 1]) != null || words[i - 1].equals("몇"));
            out.add(stripped(w, counted));
        }
        return out;
    }

    /** The word without a hedge suffix (before its particle: 분쯤에 → 분에) or, after a number, 만. */
    private static String stripped(String w, boolean counted) {
        for (String suffix : SUFFIXES) {
            int at = w.indexOf(suffix, 1);
            if (at > 0 && (at + suffix.length() == w.length() || Particles.isParticle(w.substring(at + suffix.length())))
                    && !KnownWords.noun(w.substring(0, at + suffix.length()))) {
                return w.substring(0, at) + w.substring(at + suffix.length());
            }
        }
        if (counted && w.length() > 1 && w.endsWith("만")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
