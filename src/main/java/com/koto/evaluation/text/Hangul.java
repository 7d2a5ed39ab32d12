package com.koto.evaluation.text;

/**
 * Hangul syllable arithmetic (The Unicode Standard, §3.12 "Conjoining Jamo Behavior"): a precomposed
 * syllable U+AC00–U+D7A3 is {@code 0xAC00 + (initial × 21 + medial) × 28 + final}, with 19
 * initials, 21 medials and 27 finals (index 0 = no final consonant, 받침).
 */
public final class Hangul {

    private static final int BASE = 0xAC00;
    private static final int LAST = 0xD7A3;
    private static final int MEDIALS = 21;
    private static final int FINALS = 28;
    /** Final index of ㄹ: the (으)로 allomorph rule treats it like a vowel. */
    private static final int FINAL_RIEUL = 8;

    private Hangul() {
    }

    /**
     * Medial (vowel) indices of the Unicode Hangul syllable table: syllable = 0xAC00 + (initial × 21 +
     * medial) × 28 + final. Source: The Unicode Standard, ch. 3.12 (Conjoining Jamo Behavior).
     */
    public static final class Medial {
        public static final int A = 0;
        public static final int AE = 1;
        public static final int YA = 2;
        public static final int YAE = 3;
        public static final int EO = 4;
        public static final int E = 5;
        public static final int YEO = 6;
        public static final int YE = 7;
        public static final int O = 8;
        public static final int WA = 9;
        public static final int WAE = 10;
        public static final int OE = 11;
        public static final int U = 13;
        public static final int WO = 14;
        public static final int WI = 16;
        public static final int EU = 18;
        public static final int UI = 19;
        public static final int I = 20;

        private Medial() {
        }
    }

    /**
     * Final (batchim) indices of the same table: none, ㄴ, ㄷ, ㄹ, ㅁ, ㅂ, ㅅ, ㅆ (the past -았/었-: 했, 갔), ㅇ,
     * ㅎ.
     */
    public static final class Final {
        public static final int NONE = 0, N = 4, D = 7, L = 8, M = 16, B = 17, S = 19, SS = 20, NG = 21, H = 27;

        private Final() {
        }
    }

    /** Initial consonant indices of the same table: ㅇ, silent before a vowel (어, 아), is 11. */
    public static final class Initial {
        public static final int IEUNG = 11;

        private Initial() {
        }
    }

    /**
     * The precomposed syllable of an initial, a medial and a final index ({@code 0xAC00 + (initial × 21 +
     * medial) × 28 + final}; The Unicode Standard, 3.12): compose(0, Medial.A, Final.NONE) is 가,
     * compose(18, Medial.AE, Final.SS) is 했. The indices are not checked.
     */
    public static char compose(int initial, int medial, int fin) {
        return (char) (BASE + (initial * MEDIALS + medial) * FINALS + fin);
    }

    /** Whether {@code c} is a precomposed Hangul syllable. */
    public static boolean isSyllable(char c) {
        return c >= BASE && c <= LAST;
    }

    /** Whether the text contains at least one Hangul syllable. */
    public static boolean containsHangul(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSyllable(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Closing quotation marks and brackets a particle may follow ('눈치'는, (서울)에서, 「책」을). */
    public static final String CLOSERS = "'\"’”)]」』》〉>";

    /**
     * Where a quoted or bracketed word is closed: the index just after its last Hangul syllable,
     * looking through the closing quotes and brackets at the end of {@code text} ('눈치' → 3).
     *
     * @param text a word without its particle ('눈치', (서울))
     * @return the index after the last syllable when {@code text} ends in one or more {@link #CLOSERS}
     *         right after a Hangul syllable; -1 otherwise (no closer, or no syllable before it)
     */
    public static int quotedWordEnd(CharSequence text) {
        int i = text.length();
        while (i > 0 && CLOSERS.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i < text.length() && i > 0 && isSyllable(text.charAt(i - 1)) ? i : -1;
    }

    /**
     * The index of a Hangul syllable's initial consonant in Unicode's order (ㄱ = 0 … ㅎ = 18; The Unicode
     * Standard, 3.12 Conjoining Jamo Behavior); the syllable must satisfy {@link #isSyllable}.
     */
    public static int initialIndex(char c) {
        return (c - BASE) / (21 * FINALS);
    }

    /** The index of a syllable's vowel in Unicode's order (ㅏ = 0, ㅐ = 1 … ㅣ = 20); a syllable only. */
    public static int medialIndex(char c) {
        return ((c - BASE) % (21 * FINALS)) / FINALS;
    }

    /** The index of a syllable's 받침 in Unicode's order (0 = none, ㄱ = 1 … ㅎ = 27); a syllable only. */
    public static int finalIndex(char c) {
        return (c - BASE) % FINALS;
    }

    /**
     * The object particle's allomorph for a noun: 을 after a final consonant, 를 after a vowel (Yeon &amp; Brown 2019, on
     * 을/를); the noun must not be empty.
     */
    public static String objectParticle(String noun) {
        return hasFinal(noun.charAt(noun.length() - 1)) ? "을" : "를";
    }

    /** The copula and 요 endings that change with the word before them: the form after a consonant, after a vowel. */
    private static final String[][] COPULA_FORMS = {{"이에요", "예요"}, {"이요", "요"}, {"이야", "야"},
        {"이었어요", "였어요"}};

    /**
     * The copula (or the 요 of an N(이)요 answer) re-formed for the word it now follows: 이에요, 이요, 이야, 이었어요 after a
     * final consonant, 예요, 요, 야, 였어요 after a vowel (Yeon &amp; Brown 2019, on the copula 이다 and N(이)요); any other
     * ending (입니다, a particle, the empty string) is returned as it is. The word must not be empty.
     */
    public static String copulaAfter(String word, String ending) {
        boolean consonant = hasFinal(word.charAt(word.length() - 1));
        for (String[] forms : COPULA_FORMS) {
            if (ending.equals(forms[0]) || ending.equals(forms[1])) {
                return consonant ? forms[0] : forms[1];
            }
        }
        return ending;
    }

    /**
     * Whether the written word begins with the same initial consonant as the stem (해요 of 하, 놔 of 놓, 세워 of 세우), so
     * an analysis has not read another verb into it; when either first character is not a Hangul syllable, whether
     * the two first characters are equal. Neither string may be empty.
     */
    public static boolean sameInitial(String surface, String stem) {
        char a = surface.charAt(0);
        char b = stem.charAt(0);
        if (!isSyllable(a) || !isSyllable(b)) {
            return a == b;
        }
        return (a - BASE) / 588 == (b - BASE) / 588;
    }

    /** Whether the syllable ends in a consonant (has 받침); {@code false} for non-syllables. */
    public static boolean hasFinal(char c) {
        return isSyllable(c) && (c - BASE) % FINALS != 0;
    }

    /** Whether the syllable's 받침 is ㄹ (서울, 물). */
    public static boolean hasRieulFinal(char c) {
        return isSyllable(c) && (c - BASE) % FINALS == FINAL_RIEUL;
    }

    /** The syllable with ㄹ as its 받침 (하 → 할); a syllable with a 받침, or another character, unchanged. */
    public static char withRieulFinal(char c) {
        return isSyllable(c) && !hasFinal(c) ? (char) (c + FINAL_RIEUL) : c;
    }

    /** The syllable without its 받침 (갔 → 가); other characters unchanged. */
    public static char withoutFinal(char c) {
        if (!isSyllable(c)) {
            return c;
        }
        return (char) (c - (c - BASE) % FINALS);
    }

    // Compatibility jamo (U+3131…) so that an initial and a final ㅅ compare equal (마시써요 ~ 맛있어요).
    private static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private static final String MEDIALS_COMPAT = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    /** Finals by index (0 = none); clusters are spelled as their two consonants (ㄶ → ㄴㅎ). */
    private static final String[] FINALS_COMPAT = {"", "ㄱ", "ㄲ", "ㄱㅅ", "ㄴ", "ㄴㅈ", "ㄴㅎ", "ㄷ", "ㄹ", "ㄹㄱ",
        "ㄹㅁ", "ㄹㅂ", "ㄹㅅ", "ㄹㅌ", "ㄹㅍ", "ㄹㅎ", "ㅁ", "ㅂ", "ㅂㅅ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ",
        "ㅍ", "ㅎ"};

    /**
     * Decomposes text into compatibility jamo, initial and final consonants sharing one code
     * point and final clusters split into their two consonants (괜찮 → ㄱㅙㄴㅊㅏㄴㅎ); characters
     * that are not Hangul syllables are kept, spaces included.
     *
     * @return a string roughly 2.5 × as long as the input for Hangul text
     */
    public static String toJamo(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSyllable(c)) {
                int index = c - BASE;
                out.append(INITIALS.charAt(index / (MEDIALS * FINALS)));
                out.append(MEDIALS_COMPAT.charAt((index % (MEDIALS * FINALS)) / FINALS));
                out.append(FINALS_COMPAT[index % FINALS]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A pronunciation key: the jamo with every silent initial ㅇ dropped, so that spellings that
     * only move a 받침 across a syllable boundary (연음, liaison: 마시써요 / 맛있어요, 이거슨 / 이것은)
     * share a key. Tensing and other sound changes are not modelled.
     */
    public static String soundKey(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSyllable(c)) {
                int index = c - BASE;
                int initial = index / (MEDIALS * FINALS);
                if (initial != 11) {
                    out.append(INITIALS.charAt(initial));
                }
                out.append(MEDIALS_COMPAT.charAt((index % (MEDIALS * FINALS)) / FINALS));
                out.append(FINALS_COMPAT[index % FINALS]);
            } else if (c != ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Levenshtein distance between two strings (unit costs), computed in O(|a|·|b|) time and
     * O(min) space. Used on jamo strings, so 감사함니다/감사합니다 are 1 apart.
     */
    public static int editDistance(CharSequence a, CharSequence b) {
        if (a.length() < b.length()) {
            CharSequence t = a;
            a = b;
            b = t;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The one position where two texts of equal length differ (걸러요 / 걸려요 → 1), or -1 when they
     * differ in length, are equal, or differ in more than one character.
     */
    public static int onlyDifference(String a, String b) {
        if (a.length() != b.length()) {
            return -1;
        }
        int diff = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (diff >= 0) {
                    return -1;
                }
                diff = i;
            }
        }
        return diff;
    }

    /** Jamo-level edit distance between two Hangul texts. */
    public static int jamoDistance(String a, String b) {
        return editDistance(toJamo(a), toJamo(b));
    }
}
