package com.koto.evaluation.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words around a misplaced short negation 안/못 that Nori misreads (session 10, helper eval16d), for
 * {@link ClauseOrder}'s {@code word_order/negation}: a verbal noun + 하다/되다 verb (안 할인돼요 → 할인 안 돼요;
 * Nori reads 할인돼요 as 하 + ㄹ + 인 + 되) and a noun with a case particle (못 한라산에 올라갔어 → 한라산에 못;
 * Nori reads 한라산에 as 하 + ㄴ + 라산 + 에). With noun + 하다/되다 verbs the negation goes between the noun
 * and 하다/되다, and 안/못 stands right before the verb, after its object or adverbial; an adjective in
 * 하다 takes 안 before it (안 피곤해요, 안 필요해요 are right).
 * <p>Sources: Yeon &amp; Brown 2019, <i>Korean: A Comprehensive Grammar</i>, on short negation with 안 and
 * 못; Sohn 1999 §8.4, on negation; 표준국어대사전 '안' 「부사」, '못' 「부사」.
 */
final class NegationNouns {

    private NegationNouns() {
    }

    /** Verbal nouns of shops and offices that {@link Lexicon#HADA_NOUNS} leaves out (할인되다, 참석하다). */
    private static final Set<String> MORE_VERBAL_NOUNS = Set.of("할인", "세일", "참석", "이해", "기억", "합격", "성공",
            "실패", "제출", "발급", "수정", "계획", "출석", "결석", "지각", "신고", "참가");

    /** 하다/되다 forms as written after a verbal noun (공부해요, 할인돼요, 예약됐어요, 청소할게요). */
    private static final Pattern LIGHT = Pattern.compile("(하|해|했|합|할|한|함|되|돼|됐|됩|될|된).*");

    /**
     * The verbal noun a word begins with when the word is that noun + 하다/되다, a verb (Nori misreads
     * unfamiliar nouns, so the closed lists decide): not 필요하다, an adjective that takes 안 before it.
     */
    static String verbalNoun(String word) {
        for (int n = Math.min(4, word.length() - 1); n >= 2; n--) {
            String noun = word.substring(0, n);
            if ((Lexicon.HADA_NOUNS.contains(noun) || Lexicon.DOEDA_NOUNS.contains(noun) || MORE_VERBAL_NOUNS.contains(noun))
                    && !noun.equals("필요") && LIGHT.matcher(word.substring(n)).matches()) {
                return noun;
            }
        }
        return null;
    }

    /** Case particles of an object or adverbial, longest first. */
    private static final List<String> CASE = List.of("에서", "에게", "한테", "으로", "에", "을", "를", "로");

    /** A dictionary noun of two or more syllables with an object or adverbial case particle (한라산에, 커피를). */
    static boolean argument(String word) {
        for (String p : CASE) {
            if (word.endsWith(p) && word.length() - p.length() >= 2) {
                return KnownWords.noun(word.substring(0, word.length() - p.length()));
            }
        }
        return false;
    }
}
