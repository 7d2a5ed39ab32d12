package com.koto.evaluation.rules;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Session 26 (helper s26a). The contrast 'N1 말고 N2', 'N1 아니고/아니라 N2', 'N1 대신(에) N2' ('not N1 but N2', 'N2
 * instead of N1'): the learner names the wrong item and the right one in one phrase (저 비빔밥 말고 김치찌개
 * 시켰는데요 'I ordered kimchi stew, not bibimbap'). 표준국어대사전 '말다' 「보조동사」 ③ 'N 말고' (무엇을 하지 않거나
 * 그것이 아닌 다른 것을 택함); '아니다' with -고/-라; '대신'; Yeon &amp; Brown 2019, N 말고 'not N but'. An alignment
 * with an accepted answer that names the two items apart (김치찌개를 시켰어요. 비빔밥이 아니에요.) pairs the rejected
 * N1 with the chosen N2 and reads another item: the learner's own words already put N2 for N1, so the finding is
 * an artefact ({@link Evidence#artefact}). A finding that asks for N1, or for a third item, keeps its place.
 */
final class ContrastedItems {

    /** The words that reject the item before them and choose the item after them. */
    private static final Set<String> INSTEAD = Set.of("말고", "말구", "아니고", "아니라", "대신", "대신에");
    /** A particle (or the polite 요) at the end of a noun. */
    private static final Pattern PARTICLE = Pattern.compile("(이요|으로|을|를|이|가|은|는|도|로|요|만)$");

    private ContrastedItems() {
    }

    /**
     * Whether the finding {@code o} → {@code c} puts the item the learner chose for the one the learner rejected in
     * the same phrase: {@code o} is N1 before 말고/아니고/아니라/대신, and {@code c} is N2 right after it (particles
     * aside).
     *
     * @param o      the learner's span, one noun
     * @param c      the accepted span, one noun with or without its particle
     * @param answer the normalised answer
     */
    static boolean namedInstead(String o, String c, String answer) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ")) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 1; i + 1 < words.length; i++) {
            if (INSTEAD.contains(words[i]) && words[i - 1].equals(o) || INSTEAD.contains(words[i])
                    && bare(words[i - 1]).equals(bare(o)) && !bare(o).isEmpty()) {
                String chosen = bare(words[i + 1]);
                if (!chosen.isEmpty() && chosen.equals(bare(c))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The noun without a final particle (김치찌개를 → 김치찌개, 비빔밥이 → 비빔밥); a one-syllable word stays whole. */
    private static String bare(String word) {
        String w = word.replaceAll("[.,?!]", "");
        String stripped = PARTICLE.matcher(w).replaceAll("");
        return stripped.isEmpty() ? w : stripped;
    }
}
