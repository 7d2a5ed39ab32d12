package com.koto.evaluation.rules;

/**
 * Which word substitutions the rules can judge (issue 11, precision first).
 *
 * <p>Policy: a noun the learner wrote in place of the accepted noun is a <b>certain</b> wrong word
 * only when the rules know why — the two are a known contrast or two members of one closed class
 * of things a task asks for (라떼 for 아메리카노, 현금 for 카드: {@link Contrasts#sameClass}), or members
 * of two different classes (화장실, a place, for 아메리카노, a drink: {@link Contrasts#otherClass}), or the
 * learner's word is not a word of the dictionary at all ({@link KnownWords}: a made-up or garbled
 * word). A real dictionary noun that the lexicon does not relate to the accepted one is most often
 * a synonym or a more or less precise name of the same thing (타월/수건, 탑승구/게이트, 비닐봉지/봉투,
 * 학생/대학생): the rules cannot tell, so the substitution is <b>unjudgeable</b>. Without a model key
 * the answer passes with the model answer shown and a confidence below the hybrid threshold; with
 * a key that confidence sends it to the model ({@code HybridEvaluator}).
 *
 * <p>Also certain: a question word for a noun (몇 원 for 얼마), and a compound that adds a place head to
 * the accepted noun or drops it (영화관 for 영화, 야구 for 야구장; the dictionary's own decomposition of
 * its compound entries, {@link KnownWords#compoundParts}): Korean compounds are head-final (Sohn 1999,
 * on compounding), so 영화관 is a hall, not a film (but 메뉴판 is still the menu). A demonstrative for
 * the noun (이거 for 전자레인지에) points at a thing and may say the same: unjudgeable. The opposite case, a compound whose head is the
 * accepted noun (대학생 for 학생), names a kind of it and stays a possible paraphrase ({@link Certainty#hyponym}).
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /**
     * Whether a noun-for-noun substitution is unjudgeable (see the class comment).
     *
     * @param learner  the learner's differing words (as many as {@code accepted})
     * @param accepted the accepted answer's differing words
     */
    static boolean unjudgeable(String learner, String accepted) {
        String[] a = learner.split(" ");
        String[] e = accepted.split(" ");
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(e[i])) {
                continue;
            }
            String la = Certainty.nounRun(a[i]);
            String le = Certainty.nounRun(e[i]);
            if (demonstrative(a[i]) != demonstrative(e[i])) {
                continue; // 이거 for the thing itself, or the thing for 이거: pointing at it says the same (a possible paraphrase)
            }
            if (la.isEmpty() || le.isEmpty() || Contrasts.sameClass(la, le) || Contrasts.otherClass(la, le)
                    || !KnownWords.noun(la)
                    || Certainty.questionWord(la) || Certainty.questionWord(le)) {
                // a question word for a noun or a noun for one asks or answers something else (몇 원 for 얼마)
                return false;
            }
            if (compoundOf(la, le) || compoundOf(le, la)) {
                // 영화관 for 영화: a compound is a kind of its last noun (head-final, Sohn 1999), so a compound
                // that only adds a head to the accepted noun, or drops it, names another thing (a cinema, not a film)
                return false;
            }
        }
        return true;
    }

    /**
     * Sino-Korean suffixes of place and institution (표준국어대사전: -관 館, -장 場, -실 室, -소 所, -점
     * 店, -국 局, -원 院, -당 堂, -방 房, -숍 shop): a compound ending in one names a place.
     */
    private static final java.util.Set<String> PLACE_HEADS = java.util.Set.of("관", "장", "실", "소", "점", "국", "원",
            "당", "방", "숍", "집");

    /**
     * Whether the dictionary decomposes {@code compound} into {@code noun} and a place head (영화관 = 영화 +
     * 관): the place where the thing is, not the thing. Other heads may name the same thing (메뉴판 for 메뉴).
     */
    private static boolean compoundOf(String compound, String noun) {
        java.util.List<String> parts = KnownWords.compoundParts(compound);
        return parts.size() == 2 && parts.getFirst().equals(noun) && PLACE_HEADS.contains(parts.getLast());
    }

    private static final java.util.List<String> DEMONSTRATIVES = java.util.List.of("이거", "그거", "저거", "이것",
            "그것", "저것", "이걸", "그걸", "저걸");

    /** Whether the word is a demonstrative pronoun (이거, 그것을 …: Sohn 1999, on demonstratives). */
    private static boolean demonstrative(String word) {
        return DEMONSTRATIVES.stream().anyMatch(word::startsWith);
    }
}
