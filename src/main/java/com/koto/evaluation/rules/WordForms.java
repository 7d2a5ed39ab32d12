package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.Map;
import java.util.Optional;

/**
 * Word-level helpers: near-miss spelling, and the expansion of colloquial contractions so that
 * 이건 / 이것은 and 여기서 / 여기에서 compare equal (Yeon &amp; Brown, <i>Korean: A Comprehensive
 * Grammar</i>, 2019, on the contracted forms of 것 and of 에서 as 서 after 여기/거기/저기/어디).
 */
final class WordForms {

    private static final Map<String, String> BASES = Map.of(
            "이거", "이것", "그거", "그것", "저거", "저것", "거", "것");

    private static final Map<String, String> WHOLE = Map.ofEntries(
            Map.entry("이건", "이것은"), Map.entry("그건", "그것은"), Map.entry("저건", "저것은"),
            Map.entry("이걸", "이것을"), Map.entry("그걸", "그것을"), Map.entry("저걸", "저것을"),
            Map.entry("이게", "이것이"), Map.entry("그게", "그것이"), Map.entry("저게", "저것이"),
            Map.entry("이걸로", "이것으로"), Map.entry("그걸로", "그것으로"), Map.entry("저걸로", "저것으로"),
            Map.entry("여기서", "여기에서"), Map.entry("거기서", "거기에서"), Map.entry("저기서", "저기에서"),
            Map.entry("어디서", "어디에서"), Map.entry("전", "저는"), Map.entry("난", "나는"), Map.entry("건", "것은"),
            Map.entry("걸", "것을"));

    private WordForms() {
    }

    /** Whether two noun stems are the same word, one of them contracted (이거 / 이것). */
    static boolean sameStem(String a, String e) {
        return a.equals(e) || e.equals(BASES.get(a)) || a.equals(BASES.get(e));
    }

    /**
     * The full form of a contracted word (이건 → 이것은, 이거는 → 이것은, 여기서 → 여기에서); other
     * words unchanged. A wrongly formed particle is kept as written so that it is still flagged.
     */
    static String expand(String word) {
        String whole = WHOLE.get(word);
        if (whole != null) {
            return whole;
        }
        // 일요일엔 = 일요일에는, 서울에선 = 서울에서는 (contracted 는 after 에/에서)
        if (word.length() > 2 && word.endsWith("에선")) {
            return word.substring(0, word.length() - 2) + "에서는";
        }
        if (word.length() > 1 && word.endsWith("엔") && Hangul.isSyllable(word.charAt(word.length() - 2))) {
            return word.substring(0, word.length() - 1) + "에는";
        }
        String base = BASES.get(word);
        if (base != null) {
            return base;
        }
        for (Map.Entry<String, String> b : BASES.entrySet()) {
            if (word.startsWith(b.getKey()) && word.length() > b.getKey().length()) {
                String rest = word.substring(b.getKey().length());
                Optional<Particles.Particle> particle = Particles.of(rest);
                if (particle.isPresent() && particle.get().formAfter(b.getKey()).equals(rest)) {
                    return b.getValue() + particle.get().formAfter(b.getValue());
                }
            }
        }
        return word;
    }

    /**
     * A noun ending in 거, the spoken 것, written with its topic, object or subject particle contracted into it (별건
     * for 별거, 아무걸 for 아무거, 별게 for 별거): 건 is 것은, 걸 is 것을, 게 is 것이 (표준국어대사전 '거'⁵ 「의존명사」,
     * '것'의 구어; '건'⁸ ('것은'의 준말), '걸'⁴ ('것을'의 준말), '게'⁷ ('것이'의 준말); Yeon &amp; Brown 2019 on the
     * contracted forms of 것), the same word with a particle, as 이건 is 이거 + 은 ({@link #WHOLE}). The accepted
     * word must end in 거 and, with 것 for 거, be a dictionary noun (별것, 아무것); the learner's word is it with the
     * last syllable 건, 걸 or 게. Another letter changed (벌건, 별꺼) stays a misspelling.
     *
     * @param o the learner's word
     * @param c the accepted word
     */
    static boolean contractedThing(String o, String c) {
        if (o == null || c == null || o.contains(" ") || c.contains(" ") || c.length() < 2 || !c.endsWith("거")
                || o.length() != c.length()) {
            return false;
        }
        String head = c.substring(0, c.length() - 1);
        char last = o.charAt(o.length() - 1);
        return o.startsWith(head) && (last == '건' || last == '걸' || last == '게')
                && (BASES.containsKey(c) || KnownWords.noun(head + "것"));
    }

    /**
     * A misspelling rather than another word: the same pronunciation key (연음: 마시써요 for
     * 맛있어요), or one jamo different (감사함니다, 안녕하새요, 괜찬아요), or two in a long word.
     * Learner misspellings are overwhelmingly single-jamo (받침, ㅐ/ㅔ, tense consonants); a
     * wider margin turns different words (왼쪽/오른쪽) into "misspellings".
     */
    static boolean isNearMiss(String answer, String expected) {
        if (Hangul.soundKey(answer).equals(Hangul.soundKey(expected))) {
            return true;
        }
        String a = Hangul.toJamo(answer);
        String e = Hangul.toJamo(expected);
        int distance = Hangul.editDistance(a, e);
        return distance <= 1 || distance == 2 && e.length() >= 10;
    }
}
