package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;

/**
 * A learner's word one slip away from the accepted word that is itself another real word (session 26, s26d): the
 * learner said another thing, so the error is the word ({@code vocabulary}), not its letters. Two shapes, each read on
 * one word of the learner against the aligned accepted word, with the same ending after the noun:
 * <ul>
 * <li><b>another member of a closed class</b> ({@code vocabulary/other_item}): a spelling finding whose two nouns are
 * two members of one class of {@code equivalents.json} ({@link Contrasts#sameClass}: the days of the week, drinks,
 * cities …) — 월요일에 for 일요일에 is one letter away, but 월요일 is Monday, another day (표준국어대사전 '월요일',
 * '일요일': 한 주의 둘째 날, 첫째 날); a teacher corrects the day, not the spelling. Nouns of one syllable (the
 * counters 장/잔, the body words 배/발) are left to their own checks.</li>
 * <li><b>a compound with two syllables turned round into another noun</b> ({@code vocabulary/confusable}): the
 * learner's word is the accepted word with two neighbouring syllables swapped, and both two-syllable runs are
 * dictionary nouns — 인천항공으로 for 인천공항으로: 항공 'aviation' for 공항 'airport' (표준국어대사전 '공항', '항공');
 * Sino-Korean morphemes combine in either order into other words (Sohn 1999, §4 on Sino-Korean compounds), so the
 * swap names another thing. A swap that makes no word (원병 for 병원) stays what the comparison called it.</li>
 * </ul>
 * Precision: only a finding on exactly one word of each side with the same particle or ending; synonyms and spelling
 * variants of one member ('/' in the class data) are one member and never judged.
 */
final class OtherRealWords {

    private OtherRealWords() {
    }

    /**
     * @param f a finding of the comparison (contrasts already marked)
     * @return the finding renamed as one of the two shapes, or {@code f}
     */
    static Finding mark(Finding f) {
        if (f.category() != ErrorCategory.SPELLING && f.category() != ErrorCategory.VOCABULARY
                || f.original() == null || f.correction() == null) {
            return f;
        }
        String subtype = Subtypes.of(f);
        String[] span = Spacing.trimCommonWords(f.original(), f.correction());
        String o = span[0].strip();
        String c = span[1].strip();
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || o.equals(c)) {
            return f;
        }
        if (f.category() == ErrorCategory.SPELLING && otherMember(o, c)) {
            return new Finding(ErrorCategory.VOCABULARY, o, c, "vocabulary/other_item");
        }
        if ((f.category() == ErrorCategory.SPELLING || subtype.equals("vocabulary/word")) && swapped(o, c)) {
            return new Finding(ErrorCategory.VOCABULARY, o, c, Confusables.CONFUSABLE);
        }
        return f;
    }

    /** Whether the two words are two members of one class with the same ending after the noun (월요일에, 일요일에). */
    static boolean otherMember(String o, String c) {
        String on = Certainty.nounRun(o);
        String cn = Certainty.nounRun(c);
        return on.length() >= 2 && cn.length() >= 2 && o.startsWith(on) && c.startsWith(cn)
                && o.substring(on.length()).equals(c.substring(cn.length())) && Contrasts.sameClass(on, cn);
    }

    /**
     * Whether {@code o} is {@code c} with two neighbouring syllables swapped, both two-syllable runs (the learner's
     * and the accepted) dictionary nouns (항공 for 공항).
     */
    static boolean swapped(String o, String c) {
        if (o.length() != c.length() || o.length() < 2) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < o.length(); i++) {
            if (o.charAt(i) != c.charAt(i)) {
                first = i;
                break;
            }
        }
        if (first < 0 || first + 1 >= o.length()) {
            return false;
        }
        char a = o.charAt(first);
        char b = o.charAt(first + 1);
        if (a == b || a != c.charAt(first + 1) || b != c.charAt(first)
                || !o.substring(first + 2).equals(c.substring(first + 2))
                || !com.koto.evaluation.text.Hangul.isSyllable(a) || !com.koto.evaluation.text.Hangul.isSyllable(b)) {
            return false;
        }
        String mine = o.substring(first, first + 2);
        String theirs = c.substring(first, first + 2);
        return KnownWords.noun(mine) && KnownWords.noun(theirs);
    }
}
