package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;

/**
 * The connective -(으)ㄴ데/-는데 written as one word where the accepted answer has the modifier and the bound noun 데
 * (목이 아픈데 약 있어요? read against 목 아픈 데 먹는 약 있어요?; session 33, s33a). Joined, the word is a well-formed
 * connective of background (표준국어대사전 '-ㄴ데' 「어미」: 뒤 절에서 어떤 일을 설명하거나 묻거나 시키기 위하여 그
 * 대상과 상관되는 상황을 미리 말할 때에 쓰는 연결 어미; Yeon &amp; Brown 2019, background -는데); the bound noun 데
 * ('case, place', 의존 명사 '데¹') needs a predicate that takes it (아픈 데 먹는 약: the case the medicine is taken
 * for; 수리하는 데 걸려요). Where the learner's next word is not the accepted answer's word after 데, the learner
 * has no such predicate there: the sentence is another one, the joined word is no spacing slip (한글 맞춤법 제42항
 * spaces only the bound noun), and the accepted word that took 데 (먹는) is not a word left out. Where the learner
 * goes on as the accepted answer does (머리 아픈데 먹는 약, 수리하는데 얼마나 걸려요), the note and the omission stay.
 */
final class JoinedConnectives {

    private JoinedConnectives() {
    }

    /**
     * Whether a spacing note asks to space a connective -(으)ㄴ데/-는데 whose bound-noun reading the learner's next word
     * does not continue.
     *
     * @param o        the note's span as written (아픈데)
     * @param c        its spacing (아픈 데)
     * @param answer   the learner's normalised answer
     * @param accepted the accepted answer it was compared with
     */
    static boolean connectiveSpaced(String o, String c, String answer, String accepted) {
        if (o == null || c == null || o.contains(" ") || !connective(o) || !c.equals(o.substring(0, o.length() - 1) + " 데")) {
            return false;
        }
        String learnerNext = after(List.of(answer.split(" ")), o);
        List<String> theirs = List.of(accepted.split(" "));
        int at = -1;
        for (int i = 0; i + 1 < theirs.size(); i++) {
            if ((theirs.get(i) + " " + theirs.get(i + 1)).equals(c)) {
                at = i + 1;
            }
        }
        if (at < 0 || learnerNext == null) {
            return false;
        }
        String acceptedNext = at + 1 < theirs.size() ? theirs.get(at + 1) : null;
        return acceptedNext != null && !acceptedNext.equals(learnerNext);
    }

    /**
     * Whether an omission finding names, as left out, the accepted modifier after 데 (약 → 먹는 약) where the learner
     * wrote the connective right before the span (목이 아픈데 약 있어요?).
     *
     * @param o       the learner's span (약)
     * @param c       the accepted span (먹는 약)
     * @param asTyped the answer as typed, or null when unknown
     */
    static boolean takerOfDeLeftOut(String o, String c, String asTyped) {
        if (asTyped == null || o.isEmpty() || o.contains(" ")) {
            return false;
        }
        boolean afterConnective = c.startsWith(o + " ") && connective(o); // 아픈데 → 아픈데 먹는, as first located
        if (!afterConnective && !c.endsWith(" " + o)) {
            return false;
        }
        String missing = afterConnective ? c.substring(o.length() + 1) : c.substring(0, c.length() - o.length() - 1);
        if (missing.contains(" ")) {
            return false;
        }
        List<Morphology.Word> read = Morphology.analyse(missing);
        if (read.size() != 1 || !read.getFirst().verbal() || !read.getFirst().endsWith("ETM")) {
            return false;
        }
        List<String> typed = List.of(asTyped.replaceAll("[.,?!~]", " ").strip().split("\\s+"));
        for (int i = 0; i + 1 < typed.size(); i++) {
            if (afterConnective ? typed.get(i).equals(o) : typed.get(i + 1).equals(o) && connective(typed.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A word ending in -(으)ㄴ데 or -는데 with nothing after 데 (아픈데, 가는데, 좋은데). */
    private static boolean connective(String word) {
        if (word.length() < 2 || !word.endsWith("데")) {
            return false;
        }
        char before = word.charAt(word.length() - 2);
        return Hangul.isSyllable(before) && Hangul.finalIndex(before) == Hangul.Final.N;
    }

    private static String after(List<String> words, String word) {
        int i = words.indexOf(word);
        return i >= 0 && i + 1 < words.size() ? words.get(i + 1) : null;
    }
}
