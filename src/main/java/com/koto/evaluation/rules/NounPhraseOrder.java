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

    /** Demonstratives (관형사 이, 그, 저), which come before their noun. */
    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("이", "그", "저");

    /** The swapped pair, repaired; empty when the answer has none against this accepted answer. */
    static Optional<PreChecks.Fix> find(String answer, String accepted) {
        String[] a = answer.split(" ");
        String[] e = accepted.split(" ");
        List<Morphology.Word> words = Morphology.analyse(answer);
        Optional<PreChecks.Fix> demonstrative = demonstrativeAfterNoun(a, e);
        if (demonstrative.isPresent()) {
            return demonstrative;
        }
        Optional<PreChecks.Fix> more = moreBeforeQuantity(a, e);
        if (more.isPresent()) {
            return more;
        }
        for (int i = 0; i + 1 < a.length; i++) {
            String first = a[i];
            String[] second = ArgumentCheck.stemAndParticle(a[i + 1]);
            if (first.length() < 1 || second[0].equals(first) || second[0].length() < 1 || movable(first)
                    || movable(second[0])) {
                continue; // 서울 내일 가요: a time or place adverb may scramble, it is no part of the phrase
            }
            if (predicates(words, a, i)) {
                continue; // 갈아타야 돼요: a verb and its auxiliary, no noun phrase (session 18, s18b)
            }
            if (i > 0 && DEMONSTRATIVES.contains(a[i - 1]) && ArgumentCheck.directionNoun(first)) {
                // 저 앞 편의점에서 "at the store up ahead there": a position noun after a demonstrative
                // modifies the next noun as a place (표준국어대사전 '앞' 「명사」: 저 앞 / 앞 건물; Sohn 1999, on
                // noun-noun modification): a phrase of its own, not 편의점 앞 turned round
                continue;
            }
            String[] firstParts = ArgumentCheck.stemAndParticle(first);
            for (int j = 0; j < e.length; j++) {
                String correction = null;
                String ending = second[1];
                if (j + 1 < e.length && e[j].equals(second[0])
                        && ArgumentCheck.stemAndParticle(e[j + 1])[0].equals(first)) {
                    // 자리 창가로 for 창가 자리로
                    correction = second[0] + " " + first + reform(ending, first);
                } else if (j + 1 < e.length && ending.isEmpty() && !firstParts[1].isEmpty()
                        && !firstParts[0].isEmpty() && !movable(firstParts[0]) && e[j].equals(second[0])
                        && e[j + 1].equals(first)) {
                    // 축제에 연등 for 연등 축제에, 앞에서 편의점 for 편의점 앞에서: the particle closes the phrase
                    correction = second[0] + " " + first;
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

    /**
     * 소포 이, 우산 이 for 이 소포, 이 우산 (word_order/phrase): a demonstrative (관형사) precedes the
     * noun it modifies (Sohn 1999, on determiners; 표준국어대사전 '이' 「관형사」). Only where the accepted
     * answer has the demonstrative before that noun and the learner's 이 stands after the bare noun
     * with no 이 before it (우산 이 after 이 would be the subject particle written apart: spacing).
     */
    static Optional<PreChecks.Fix> demonstrativeAfterNoun(String[] a, String[] e) {
        for (int i = 0; i + 1 < a.length; i++) {
            String det = a[i + 1];
            if (!DEMONSTRATIVES.contains(det) || i > 0 && DEMONSTRATIVES.contains(a[i - 1])
                    || !ArgumentCheck.stemAndParticle(a[i])[1].isEmpty()) {
                continue;
            }
            for (int j = 0; j + 1 < e.length; j++) {
                if (e[j].equals(det) && ArgumentCheck.stemAndParticle(e[j + 1])[0].equals(a[i])) {
                    return Optional.of(swap(a, i, det + " " + a[i]));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * 더 하나 for 하나 더, 더 두 개 for 두 개 더 (word_order/phrase): 더 'more' follows the quantity it
     * adds to (한국어기초사전 '더' 예문 "하나 더 주세요"; Yeon &amp; Brown 2019, on numerals and counters in
     * the noun phrase). Only where the accepted answer has that quantity followed by 더.
     */
    static Optional<PreChecks.Fix> moreBeforeQuantity(String[] a, String[] e) {
        for (int i = 0; i + 1 < a.length; i++) {
            if (!a[i].equals("더") || Numerals.number(a[i + 1]) == null) {
                continue;
            }
            for (int j = 0; j + 1 < e.length; j++) {
                if (!e[j].equals(a[i + 1])) {
                    continue;
                }
                // 하나 더, or 두 개 더: the quantity may have its counter
                boolean withCounter = j + 2 < e.length && e[j + 2].equals("더") && i + 2 < a.length
                        && a[i + 2].equals(e[j + 1]);
                if (e[j + 1].equals("더") || withCounter) {
                    String quantity = withCounter ? a[i + 1] + " " + a[i + 2] : a[i + 1];
                    String original = "더 " + quantity;
                    String correction = quantity + " 더";
                    List<String> fixed = new ArrayList<>(List.of(a));
                    fixed.set(i, correction);
                    fixed.remove(i + 1);
                    if (withCounter) {
                        fixed.remove(i + 1);
                    }
                    return Optional.of(new PreChecks.Fix(new Finding(ErrorCategory.WORD_ORDER, original, correction,
                            "word_order/phrase"), String.join(" ", fixed)));
                }
            }
        }
        return Optional.empty();
    }

    /** The words i and i + 1 replaced by {@code correction}, as a word-order fix. */
    private static PreChecks.Fix swap(String[] a, int i, String correction) {
        String original = a[i] + " " + a[i + 1];
        List<String> fixed = new ArrayList<>(List.of(a));
        fixed.set(i, correction);
        fixed.remove(i + 1);
        return new PreChecks.Fix(new Finding(ErrorCategory.WORD_ORDER, original, correction, "word_order/phrase"),
                String.join(" ", fixed));
    }

    /**
     * Whether Nori reads both words i and i + 1 as predicates with an ending (갈아타야 돼요, 타면 돼요): a noun phrase
     * is nouns (Sohn 1999, on noun phrases), and the accepted answer's 돼요 갈아타야 is the end of one sentence and the
     * start of the next (타야 돼요? 갈아타야 돼요?), whose marks normalising took away. The string split reads 갈아타야
     * as a noun with the copula 야. Only where the analysis has one word per written word.
     */
    private static boolean predicates(List<Morphology.Word> words, String[] a, int i) {
        return words.size() == a.length && ending(words.get(i)) && ending(words.get(i + 1));
    }

    private static boolean ending(Morphology.Word w) {
        return !w.morphemes().isEmpty() && w.morphemes().getLast().tag().startsWith("E")
                && w.has("VV", "VA", "VX", "XSV", "XSA");
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
