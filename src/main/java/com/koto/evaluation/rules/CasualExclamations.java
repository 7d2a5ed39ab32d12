package com.koto.evaluation.rules;

import java.util.List;

/**
 * Session 26 (helper s26a). A descriptive verb ending a casual sentence in the plain -다 or in the intimate -아/어
 * (집이 밝고 좋아! for 좋다!, 예뻐 for 예쁘다): to a friend both state what the speaker sees, the plain form as a fresh
 * exclamation, the 해체 form as a statement (국립국어원 한국어 문법 2, 해라체 and 해체 of the 반말; Sohn 1999, §8.2 on
 * the plain and intimate levels; Yeon &amp; Brown 2019, the plain style in exclamations). One is not another ending
 * than the other: the finding that puts one for the other is an artefact ({@link Evidence#artefact}). Only the
 * descriptive verbs (VA) and 있다/없다 (맛있다); the polite 좋아요 for 좋다 is another level and keeps its finding
 * (the speech-level check reads it), so do a malformed 좋어 and a past 좋았어.
 */
final class CasualExclamations {

    private CasualExclamations() {
    }

    /**
     * Whether {@code o} and {@code c} are one descriptive verb, one in the plain -다, the other in the intimate -아/어,
     * with no pre-final ending (tense, -시-) in either.
     */
    static boolean plainOrIntimate(String o, String c) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || o.equals(c)) {
            return false;
        }
        List<Morphology.Morpheme> a = morphemes(o);
        List<Morphology.Morpheme> b = morphemes(c);
        if (a.size() != 2 || b.size() != 2 || !a.getFirst().form().equals(b.getFirst().form())) {
            return false;
        }
        String stem = a.getFirst().form();
        boolean descriptive = a.getFirst().is("VA") && b.getFirst().is("VA")
                || stem.endsWith("있") || stem.endsWith("없");
        return descriptive && a.getLast().is("EF") && b.getLast().is("EF")
                && (plain(o, a) && intimate(c, b) || plain(c, b) && intimate(o, a));
    }

    private static List<Morphology.Morpheme> morphemes(String word) {
        List<Morphology.Word> read = Morphology.analyse(word);
        return read.size() == 1 ? read.getFirst().morphemes() : List.of();
    }

    private static boolean plain(String word, List<Morphology.Morpheme> m) {
        return word.endsWith("다") && m.getLast().form().equals("다");
    }

    /** The 해체 ending -아/어 (좋아, 예뻐, 밝아, 맛있어), as Nori reads it, and a word that ends in neither 다 nor 요. */
    private static boolean intimate(String word, List<Morphology.Morpheme> m) {
        String e = m.getLast().form();
        return (e.equals("아") || e.equals("어") || e.equals("여")) && !word.endsWith("다") && !word.endsWith("요");
    }
}
