package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.Map;

/**
 * A one-word finding named by the morpheme its two sides differ in (session 19, s19d). The comparison files some
 * errors under the category of the check that saw them (a letter apart: spelling; another ending: ending; another
 * word: vocabulary), while the change is one grammatical morpheme whose category the blind writers' brief names
 * (docs/blind-brief.md: -시- about oneself and 이름 for 성함 are honorific, a malformed ending is ending, a wrong tense
 * is tense). The verdict is unchanged (the finding was already reported); only its category, subtype and explanation
 * change, and the learner is told the lesson the error teaches.
 * <ul>
 * <li>{@code honorific/si_extra}: the correction is the learner's word with the subject honorific -(으)시- taken out
 * and nothing else changed (입으셔 → 입어, 부디십니다 → 부디입니다, 가실게요 → 갈게요), where the comparison filed it
 * as spelling, ending or tense; read by {@link SlipCategories#siAdded(String, String)}, the one reading of this
 * difference (Nori's morphemes first, the spelling where Nori misreads the form). -(으)시- is a slot of its own
 * before tense and mood (Sohn 1999, ch. 9), so a word that differs only there differs in honorification: over all
 * development sets 17 of 18 gold spans of this shape are honorific;</li>
 * <li>{@code honorific/noun}: a plain noun where the correction is its honorific noun with the same particle (아버지도 →
 * 아버님도, 집에 → 댁에): the elder kin in the raised form a speaker uses for another's parents, and the honorific
 * nouns of {@link Lexicon#HONORIFIC_NOUNS} (표준 언어 예절 2011, 부모에 대한 호칭·지칭; Sohn 1999, honorific nouns);</li>
 * <li>{@code ending/promise_for_listener_act}: the speaker's promise -(으)ㄹ게(요) where the correction is the request
 * -(으)세요 of the same stem (드실게요 → 드세요): -(으)ㄹ게요 says what the speaker will do and carries no tense of its
 * own (Yeon &amp; Brown 2019, -(으)ㄹ게요; 한국어기초사전 '-을게'); three of three gold spans of this shape are ending;</li>
 * </ul>
 * 씨 on one's own name, the past ㅆ left out (사는데 → 샀는데) and an adjective with -ㄴ다 (예쁜다 → 예쁘다) are named by
 * {@link SlipCategories}, which runs just before this class (the fold of session 19: s19d and s19e wrote both).
 */
final class MorphemeNames {

    private MorphemeNames() {
    }

    /**
     * @param f a finding as it will be reported
     * @return the finding named by the morpheme that changes, or {@code f} itself
     */
    static Finding named(Finding f) {
        String[] sides = SlipCategories.oneWordSides(f);
        if (sides == null) {
            return f;
        }
        String o = sides[0];
        String c = sides[1];
        ErrorCategory k = f.category();
        if ((k == ErrorCategory.SPELLING || k == ErrorCategory.ENDING || k == ErrorCategory.TENSE)
                && SlipCategories.siAdded(o, c)) {
            return new Finding(ErrorCategory.HONORIFIC, o, c, "honorific/si_extra");
        }
        if (k == ErrorCategory.VOCABULARY && honorificNoun(o, c)) {
            return new Finding(ErrorCategory.HONORIFIC, o, c, "honorific/noun");
        }
        if (k == ErrorCategory.TENSE && promiseForRequest(o, c)) {
            return new Finding(ErrorCategory.ENDING, o, c, "ending/promise_for_listener_act");
        }
        return f;
    }

    /** 아버지도 → 아버님도, 집에 → 댁에: the plain noun and its honorific noun, the same particle after each. */
    static boolean honorificNoun(String o, String c) {
        for (String raised : Persons.ELDER_KIN_RAISED) {
            for (String standard : Persons.ELDER_KIN) {
                if (o.startsWith(standard) && c.equals(raised + o.substring(standard.length()))
                        && standard.startsWith(raised.substring(0, raised.length() - 1))) {
                    return true;
                }
            }
        }
        for (Map.Entry<String, String> e : Lexicon.HONORIFIC_NOUNS.entrySet()) {
            if (!Lexicon.SELF.contains(e.getKey()) && o.startsWith(e.getKey())
                    && c.equals(e.getValue() + o.substring(e.getKey().length()))
                    && KnownWords.noun(e.getKey()) && ArgumentCheck.stemAndParticle(o)[0].equals(e.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** 드실게요 → 드세요, 줄게 → 주세요: the same stem, the promise -(으)ㄹ게(요) for the request -(으)세요. */
    static boolean promiseForRequest(String o, String c) {
        int g = o.endsWith("게요") ? o.length() - 2 : o.endsWith("게") ? o.length() - 1 : -1;
        if (g < 1 || !c.endsWith("세요") || c.length() < 3) {
            return false;
        }
        char l = o.charAt(g - 1);
        if (!Hangul.hasRieulFinal(l)) {
            return false;
        }
        String stem = o.substring(0, g - 1) + Hangul.withoutFinal(l);
        String request = c.substring(0, c.length() - 2);
        return request.equals(stem) || request.equals(stem + "으") || stem.endsWith("시") && request.equals(
                stem.substring(0, stem.length() - 1));
    }
}
