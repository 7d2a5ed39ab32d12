package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two nouns of one phrase in the wrong order (session 4; {@code word_order/phrase}): Korean noun
 * phrases are head-final, the modifying noun first (창가 자리, 인도네시아 사람, 두통약; Sohn 1999,
 * on compounds and noun phrases), so 자리 창가로 for 창가 자리로 is a word-order error, located on the
 * two words. The particle or copula stays at the end of the phrase, re-formed for the new last noun
 * (인도네시아예요 → 사람이에요).
 */
final class NounPhraseOrder {

    private NounPhraseOrder() {
    }

    /** The swapped pair, repaired; empty when the answer has none against this accepted answer. */
    static Optional<PreChecks.Fix> find(String answer, String accepted) {
        String[] a = answer.split(" ");
        String[] e = accepted.split(" ");
        for (int i = 0; i + 1 < a.length; i++) {
            String first = a[i];
            String[] second = ArgumentCheck.stemAndParticle(a[i + 1]);
            if (first.length() < 1 || second[0].equals(first) || second[0].length() < 1 || movable(first)
                    || movable(second[0])) {
                continue; // 서울 내일 가요: a time or place adverb may scramble, it is no part of the phrase
            }
            for (int j = 0; j < e.length; j++) {
                String correction = null;
                String ending = second[1];
                if (j + 1 < e.length && e[j].equals(second[0])
                        && ArgumentCheck.stemAndParticle(e[j + 1])[0].equals(first)) {
                    // 자리 창가로 for 창가 자리로
                    correction = second[0] + " " + first + reform(ending, first);
                } else if (ArgumentCheck.stemAndParticle(e[j])[0].equals(second[0] + first)) {
                    // 약 두통 for 두통약
                    correction = second[0] + first + reform(ending, second[0] + first);
                }
                if (correction != null) {
                    String original = a[i] + " " + a[i + 1];
                    List<String> fixed = new ArrayList<>(List.of(a));
                    fixed.set(i, correction);
                    fixed.remove(i + 1);
                    return Optional.of(new PreChecks.Fix(new Finding(ErrorCategory.WORD_ORDER, original, correction,
                            "word_order/phrase"), String.join(" ", fixed)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean movable(String word) {
        return Lexicon.MOVABLE.contains(word) || ArgumentCheck.isTimeNoun(word) || Numerals.number(word) != null;
    }

    /** A particle or copula re-formed after a new last noun (예요 after 사람 → 이에요). */
    private static String reform(String ending, String noun) {
        if (ending.isEmpty()) {
            return ending;
        }
        return Particles.of(ending).map(p -> p.formAfter(noun)).orElse(ending);
    }
}
