package com.koto.evaluation.rules;

import static com.koto.evaluation.text.Hangul.Medial.A;
import static com.koto.evaluation.text.Hangul.Medial.EO;
import static com.koto.evaluation.text.Hangul.Medial.EU;
import static com.koto.evaluation.text.Hangul.Medial.I;
import static com.koto.evaluation.text.Hangul.Medial.O;
import static com.koto.evaluation.text.Hangul.Medial.U;
import static com.koto.evaluation.text.Hangul.Medial.WA;
import static com.koto.evaluation.text.Hangul.Medial.WO;
import static com.koto.evaluation.text.Hangul.Medial.YA;
import static com.koto.evaluation.text.Hangul.Medial.YEO;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.Optional;

/**
 * The -아/어 forms of verbs: vowel harmony and contraction. After a stem whose last vowel is ㅏ
 * or ㅗ the ending is -아(요)/-았-, otherwise -어(요)/-었-; an open stem in ㅏ or ㅓ absorbs the
 * vowel (가 + 았 → 갔, 서 + 었 → 섰), ㅡ drops (쓰 + 어 → 써), ㅜ and ㅣ contract (주 + 어 → 줘,
 * 마시 + 어 → 마셔), 하 becomes 해. Source: Sohn, <i>The Korean Language</i> (1999), on the
 * infinitive suffix -아/어 and vowel contraction; Yeon &amp; Brown (2019), on verb conjugation.
 */
final class VerbForms {

    private VerbForms() {
    }

    /**
     * A -아/어 form in the learner's predicate that breaks harmony or a required contraction
     * (가었어요, 먹았어요, 하았어요, 쓰어요); {@code tense} for the past marker, {@code ending} otherwise.
     * Pairs that also occur in the accepted answer are left alone.
     */
    static Optional<ErrorCategory> harmony(String answer, String expected) {
        for (int i = 1; i < answer.length(); i++) {
            char q = answer.charAt(i);
            char p = answer.charAt(i - 1);
            if (!isInfinitiveVowel(q) || !Hangul.isSyllable(p) || expected.contains("" + p + q)) {
                continue;
            }
            boolean past = q == '았' || q == '었';
            char next = i + 1 < answer.length() ? answer.charAt(i + 1) : '요';
            boolean endingFollows = past ? "어습다지네".indexOf(next) >= 0 : "요서도".indexOf(next) >= 0;
            if (!endingFollows) {
                continue; // 아/어 inside a word (체크아웃), not the verb's -아/어
            }
            boolean bright = Hangul.medialIndex(q) == A;
            int v = Hangul.medialIndex(p);
            boolean wrong;
            if (Hangul.finalIndex(p) == Hangul.Final.SS) {
                wrong = bright; // after 았/었/있/없 the ending is always 어: 갔어요, 있어요
            } else if (p == '하') {
                wrong = true;
            } else if (Hangul.hasFinal(p)) {
                boolean stemBright = v == A || v == O || v == YA;
                wrong = stemBright != bright;
            } else {
                wrong = v == A || v == EO || v == EU || (v == O && !bright) || (v == U && bright);
            }
            if (wrong) {
                return Optional.of(past ? ErrorCategory.TENSE : ErrorCategory.ENDING);
            }
        }
        return Optional.empty();
    }

    /**
     * The learner's form is the accepted one with only the ending's -아 and -어 swapped, against the
     * stem's vowel (닫어요 for 닫아요, 먹아서 for 먹어서): an ending error even though one letter apart
     * (Yeon &amp; Brown 2011, vowel harmony of -아/어). A slip in the stem (삿어요 for 샀어요) is not one.
     */
    static boolean harmonySlip(String answer, String expected) {
        int diff = Hangul.onlyDifference(answer, expected);
        if (diff < 1) {
            return false;
        }
        char a = answer.charAt(diff);
        char e = expected.charAt(diff);
        boolean swapped = a == '아' && e == '어' || a == '어' && e == '아';
        return swapped && harmony(answer, expected).filter(c -> c == ErrorCategory.ENDING).isPresent();
    }

    /**
     * The learner left the -아/어 out or uncontracted where the accepted form contracts it:
     * 마시요 for 마셔요, 주요 for 줘요, 먹요 for 먹어요.
     */
    static boolean missingInfinitive(String answer, String expected) {
        if (!answer.endsWith("요") || !expected.endsWith("요")) {
            return false;
        }
        if (expected.length() == answer.length() + 1) {
            int k = expected.length() - 2;
            char inserted = expected.charAt(k);
            return (inserted == '어' || inserted == '아')
                    && (expected.substring(0, k) + expected.substring(k + 1)).equals(answer);
        }
        if (expected.length() != answer.length() || answer.length() < 2) {
            return false;
        }
        int k = answer.length() - 2;
        if (!answer.substring(0, k).equals(expected.substring(0, k))) {
            return false;
        }
        char a = answer.charAt(k);
        char e = expected.charAt(k);
        if (!Hangul.isSyllable(a) || !Hangul.isSyllable(e) || Hangul.hasFinal(a) || Hangul.hasFinal(e)
                || Hangul.initialIndex(a) != Hangul.initialIndex(e)) {
            return false;
        }
        int contracted = switch (Hangul.medialIndex(a)) {
            case I -> YEO;
            case O -> WA;
            case U -> WO;
            case EU -> EO;
            default -> -1;
        };
        return contracted == Hangul.medialIndex(e);
    }

    private static boolean isInfinitiveVowel(char c) {
        return c == '아' || c == '어' || c == '았' || c == '었';
    }
}
