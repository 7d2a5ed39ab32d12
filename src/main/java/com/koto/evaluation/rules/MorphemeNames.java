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
 * as spelling, ending or tense. -(으)시- is a slot of its own
 * before tense and mood (Sohn 1999, ch. 9), so a word that differs only there differs in honorification: over all
 * development sets 17 of 18 gold spans of this shape are honorific;</li>
 * <li>{@code honorific/own_name_ssi}: 씨 put on the learner's own name before the copula (리나씨입니다 → 리나입니다):
 * 씨 honours the person named and is never said of oneself (국립국어원 『표준 언어 예절』 2011, 자기 이름 소개);</li>
 * <li>{@code honorific/noun}: a plain noun where the correction is its honorific noun with the same particle (아버지도 →
 * 아버님도, 집에 → 댁에): the elder kin in the raised form a speaker uses for another's parents, and the honorific
 * nouns of {@link Lexicon#HONORIFIC_NOUNS} (표준 언어 예절 2011, 부모에 대한 호칭·지칭; Sohn 1999, honorific nouns);</li>
 * <li>{@code ending/promise_for_listener_act}: the speaker's promise -(으)ㄹ게(요) where the correction is the request
 * -(으)세요 of the same stem (드실게요 → 드세요): -(으)ㄹ게요 says what the speaker will do and carries no tense of its
 * own (Yeon &amp; Brown 2019, -(으)ㄹ게요; 한국어기초사전 '-을게'); three of three gold spans of this shape are ending;</li>
 * <li>{@code tense/past}: a spelling finding whose correction only adds the past ㅆ to one syllable, and Nori reads
 * the correction with the past -았/었- (사는데 → 샀는데): the learner left out the tense morpheme (Yeon &amp; Brown
 * 2019, -았/었-), not a letter of the word (잇어요 → 있어요 stays spelling: 있- has no past morpheme);</li>
 * <li>{@code ending/adjective_plain}: an adjective given the verbs' plain present -ㄴ다 (예쁜다 → 예쁘다): in the
 * plain style processive verbs take -ㄴ/는다, descriptive verbs the bare -다 (Yeon &amp; Brown 2019, the plain
 * style; 표준국어대사전 '-ㄴ다' 「어미」: 동사 어간 뒤에 붙어).</li>
 * </ul>
 */
final class MorphemeNames {

    private MorphemeNames() {
    }

    /**
     * @param f a finding as it will be reported
     * @return the finding named by the morpheme that changes, or {@code f} itself
     */
    static Finding named(Finding f) {
        if (f.original() == null || f.correction() == null) {
            return f;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || o.equals(c)) {
            return f;
        }
        ErrorCategory k = f.category();
        if ((k == ErrorCategory.SPELLING || k == ErrorCategory.ENDING || k == ErrorCategory.TENSE) && siOnly(o, c)) {
            return new Finding(ErrorCategory.HONORIFIC, o, c, "honorific/si_extra");
        }
        if (k == ErrorCategory.SPELLING && ownNameSsi(o, c)) {
            return new Finding(ErrorCategory.HONORIFIC, o, c, "honorific/own_name_ssi");
        }
        if (k == ErrorCategory.VOCABULARY && honorificNoun(o, c)) {
            return new Finding(ErrorCategory.HONORIFIC, o, c, "honorific/noun");
        }
        if (k == ErrorCategory.TENSE && promiseForRequest(o, c)) {
            return new Finding(ErrorCategory.ENDING, o, c, "ending/promise_for_listener_act");
        }
        if (k == ErrorCategory.SPELLING && pastLeftOut(o, c)) {
            return new Finding(ErrorCategory.TENSE, o, c, "tense/past");
        }
        if (k == ErrorCategory.SPELLING && adjectivePlain(o, c)) {
            return new Finding(ErrorCategory.ENDING, o, c, "ending/adjective_plain");
        }
        return f;
    }

    /**
     * Whether {@code c} is {@code o} with -(으)시- taken out and nothing else changed: 시 or 으시 dropped (예약하시고 →
     * 예약하고), 셔 or 으셔 for 어 (입으셔 → 입어), 십 for 입 after a noun (the copula: 부디십니다 → 부디입니다), 실 or 으실
     * for the ㄹ of the prospective (가실게요 → 갈게요). Never the word's first or last syllable (시간, 다시 are no
     * -시-: -시- stands after a stem and before an ending).
     */
    static boolean siOnly(String o, String c) {
        for (int i = 1; i < o.length(); i++) {
            char s = o.charAt(i);
            if (s != '셔' && i + 1 == o.length()) {
                continue; // -(으)시- is followed by an ending; 셔 holds the ending -어 itself
            }
            boolean eu = i > 1 && o.charAt(i - 1) == '으';
            int start = eu ? i - 1 : i;
            String head = o.substring(0, start);
            String tail = o.substring(i + 1);
            String candidate = switch (s) {
                case '시' -> head + tail;
                case '셔' -> head + "어" + tail;
                case '십' -> eu ? null : head + "입" + tail;
                case '실' -> start > 0 && !Hangul.hasFinal(o.charAt(start - 1))
                        ? o.substring(0, start - 1) + Hangul.withRieulFinal(o.charAt(start - 1)) + tail
                        : eu ? head + "을" + tail : null;
                default -> null;
            };
            if (c.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** 리나씨입니다 → 리나입니다: 씨 before the copula taken out, nothing else changed. */
    static boolean ownNameSsi(String o, String c) {
        int at = o.indexOf('씨');
        if (at < 1 || at != o.lastIndexOf('씨')) {
            return false;
        }
        String after = o.substring(at + 1);
        return (after.startsWith("입니") || after.startsWith("이에요") || after.startsWith("예요") || after.startsWith("이야")
                || after.startsWith("라고") || after.startsWith("이라고")) && c.equals(o.substring(0, at) + after);
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

    /** 사는데 → 샀는데: one syllable given the past ㅆ, the correction read with the past -았/었-. */
    static boolean pastLeftOut(String o, String c) {
        int i = Hangul.onlyDifference(o, c);
        if (i < 0 || !Hangul.isSyllable(o.charAt(i)) || !Hangul.isSyllable(c.charAt(i)) || Hangul.hasFinal(o.charAt(i))
                || Hangul.withoutFinal(c.charAt(i)) != o.charAt(i) || Hangul.finalIndex(c.charAt(i)) != PAST_SS) {
            return false;
        }
        return Morphology.analyse(c).stream().flatMap(w -> w.morphemes().stream())
                .anyMatch(m -> m.is("EP") && (m.form().startsWith("았") || m.form().startsWith("었")));
    }

    /** The index of ㅆ among the finals (Unicode order: 0 none, ㄱ 1 … ㅆ 20). */
    private static final int PAST_SS = 20;

    /** The index of ㄴ among the finals. */
    private static final int FINAL_NIEUN = 4;

    /** 예쁜다 → 예쁘다: ㄴ added to the syllable before the final 다 of an adjective. */
    static boolean adjectivePlain(String o, String c) {
        int i = Hangul.onlyDifference(o, c);
        if (i < 0 || i != o.length() - 2 || !o.endsWith("다") || Hangul.hasFinal(c.charAt(i))
                || Hangul.withoutFinal(o.charAt(i)) != c.charAt(i) || Hangul.finalIndex(o.charAt(i)) != FINAL_NIEUN) {
            return false;
        }
        return Morphology.analyse(c).stream().flatMap(w -> w.morphemes().stream()).anyMatch(m -> m.is("VA"));
    }
}
