package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;

/**
 * A one-word spelling finding whose letters differ by a grammatical morpheme, named by its grammar
 * (session 14): a learner told "spelling" for a conjugation or tense slip learns the wrong lesson. The
 * verdict is unchanged (the finding was already decisive as spelling); only its category, subtype and
 * explanation change.
 *
 * <ul>
 * <li>{@code irregular/reu_kept} (ending): a 르-irregular stem written with the ㄹ of its -아/어 form
 * before a consonant-initial ending (불르고 → 부르고, 몰르는 → 모르는, 빨르지만 → 빠르지만). The 르-irregular
 * doubles the ㄹ only before -아/어 (불러요, 몰라서); before other endings the stem is as in the dictionary:
 * 표준국어대사전 '르 불규칙 활용', 한글 맞춤법 제18항 9; Yeon &amp; Brown 2019 (르-irregular verbs).</li>
 * <li>{@code tense/past_before_go} (tense): -았/었- on a verb joined by -고 where the accepted answer has
 * the bare stem (끝났고 → 끝나고, 먹었고 → 먹고). -고 'and then' takes no tense of its own: the tense is
 * carried by the verb at the end of the sentence (Yeon &amp; Brown 2019, -고; 한국어기초사전 '-고' 「3」:
 * 앞말과 뒷말이 순서대로 일어남). A listing -았/었고 (비가 왔고 바람도 불었어요) is right, but then the
 * accepted answer has the past too and there is no finding.</li>
 * <li>{@code ending/l_before_gi} (ending; session 14, eval25b): the ㄹ of the prospective modifier put
 * before the nominaliser -기 (갈기로 → 가기로, 볼기 → 보기). -기 attaches to the bare stem (가기로 하다, 먹기
 * 전에): 국립국어원 한국어 문법 1 (명사형 어미 '-기'); Yeon &amp; Brown 2019 (-기로 하다).</li>
 * <li>{@code ending/modifier_or_connective} (ending; session 16, eval30c): a "different word" finding whose
 * words differ only in their connective (아파고 → 아파서, 빌려고 → 빌려서), {@link #connectiveOnly}.</li>
 * <li>{@code ending/eul_ttae} (ending; session 14, eval25b): the past modifier -(으)ㄴ before 때 where the
 * accepted answer has -(으)ㄹ 때 (체크인한 때 → 체크인할 때, 먹은 때 → 먹을 때). 때 'when' takes -(으)ㄹ, the
 * past -았/었을 때 (표준국어대사전 '때' ①, 용례 '-을 때'; Yeon &amp; Brown 2019, -(으)ㄹ 때).</li>
 * </ul>
 */
final class SpellingAsGrammar {

    private SpellingAsGrammar() {
    }

    /**
     * @param f a finding as it will be reported
     * @return the finding named by its grammar, or the finding itself
     */
    static Finding named(Finding f) {
        if (f.category() != ErrorCategory.SPELLING || f.original() == null || f.correction() == null
                || !"spelling/letters".equals(Subtypes.of(f))) {
            return f;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ")) {
            return f;
        }
        if (reuKept(o, c)) {
            return new Finding(ErrorCategory.ENDING, o, c, "irregular/reu_kept");
        }
        if (pastBeforeGo(o, c)) {
            return new Finding(ErrorCategory.TENSE, o, c, "tense/past_before_go");
        }
        if (rieulBeforeGi(o, c)) {
            return new Finding(ErrorCategory.ENDING, o, c, "ending/l_before_gi");
        }
        return f;
    }

    /**
     * As {@link #named(Finding)}, and a -(으)ㄴ modifier for -(으)ㄹ right before 때 in the learner's
     * normalised {@code answer} ({@code ending/eul_ttae}).
     */
    static Finding named(Finding f, String answer) {
        if (f.category() == ErrorCategory.VOCABULARY && "vocabulary/word".equals(Subtypes.of(f))
                && connectiveOnly(f.original(), f.correction())) {
            return new Finding(ErrorCategory.ENDING, f.original().strip(), f.correction().strip(),
                    "ending/modifier_or_connective");
        }
        Finding named = named(f);
        if (named != f || f.category() != ErrorCategory.SPELLING || !"spelling/letters".equals(Subtypes.of(f))) {
            return named;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (pastModifierBeforeTtae(o, c, answer)) {
            return new Finding(ErrorCategory.ENDING, o, c, "ending/eul_ttae");
        }
        return f;
    }

    /** Connective endings that link a clause to the next (-고, -아/어서, -(으)려고, -(으)면, -(으)니까, -는데, -지만). */
    private static final java.util.List<String> CONNECTIVES = java.util.List.of("려고", "니까", "는데", "지만", "고", "서", "면");

    /**
     * A "different word" finding whose two words are one word with another connective (아파고 → 아파서, 빌려고 →
     * 빌려서; session 16, helper eval30c): the learner chose the wrong linking ending, an ending error as every gold
     * span of this shape in the sets files it (8 of 8), not another word. Nori misreads a malformed 아파고, so the
     * comparison took the words for two lexemes; the verdict is unchanged, only the name (Yeon &amp; Brown 2019, the
     * clausal connectives -고, -아/어서, -(으)니까, -지만).
     */
    static boolean connectiveOnly(String original, String correction) {
        if (original == null || correction == null) {
            return false;
        }
        String o = original.strip();
        String c = correction.strip();
        if (o.contains(" ") || c.contains(" ")) {
            return false;
        }
        for (String a : CONNECTIVES) {
            for (String b : CONNECTIVES) {
                if (!a.equals(b) && o.endsWith(a) && c.endsWith(b) && o.length() > a.length()
                        && o.substring(0, o.length() - a.length()).equals(c.substring(0, c.length() - b.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 갈기로 for 가기로: an open stem syllable given ㄹ before 기, the stem one of the dictionary. */
    static boolean rieulBeforeGi(String o, String c) {
        if (o.length() != c.length()) {
            return false;
        }
        for (int i = 0; i + 1 < c.length(); i++) {
            if (rieulAdded(o, c, i, '기') && KnownWords.predicateStem(c.substring(0, i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code o} is {@code c} (same length) with ㄹ given as 받침 to the open syllable at {@code i}, the
     * syllable after it being {@code follower}, and every other syllable the same (갈기로 for 가기로, 불르고 for 부르고).
     */
    private static boolean rieulAdded(String o, String c, int i, char follower) {
        char plain = c.charAt(i);
        return c.charAt(i + 1) == follower && Hangul.isSyllable(plain) && !Hangul.hasFinal(plain)
                && o.charAt(i) == Hangul.withRieulFinal(plain)
                && o.substring(0, i).equals(c.substring(0, i)) && o.substring(i + 1).equals(c.substring(i + 1));
    }

    /**
     * 체크인한 for 체크인할 before 때: the words differ only in the last syllable's 받침, ㄴ for ㄹ, and the
     * learner's next word is 때 (때에, 때는, 때도). 한 (the numeral, 한 때) is left alone.
     */
    static boolean pastModifierBeforeTtae(String o, String c, String answer) {
        if (o.length() != c.length() || o.length() < 2 || o.contains(" ") || c.contains(" ")) {
            return false;
        }
        int n = o.length() - 1;
        char a = o.charAt(n);
        char e = c.charAt(n);
        if (!o.substring(0, n).equals(c.substring(0, n)) || !Hangul.isSyllable(a) || !Hangul.isSyllable(e)
                || Hangul.finalIndex(a) != 4 || !Hangul.hasRieulFinal(e) || Hangul.withoutFinal(a) != Hangul.withoutFinal(e)) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(o) && words[i + 1].startsWith("때")) {
                return true;
            }
        }
        return false;
    }

    /** 불르고 for 부르고: one syllable before 르 given a ㄹ 받침, the stem a listed 르-irregular one. */
    static boolean reuKept(String o, String c) {
        if (o.length() != c.length()) {
            return false;
        }
        for (int i = 0; i + 2 < c.length(); i++) {
            char next = c.charAt(i + 2);
            if (rieulAdded(o, c, i, '르') && next != '아' && next != '어' && IrregularForms.reuIrregular(c.substring(0, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 끝났고 for 끝나고, 먹었고 for 먹고, 했고 for 하고: the learner's word is the accepted stem's past
     * (-았/었- written as its own syllable, or as the ㅆ 받침 of the stem's -아/어 form) before -고, and the
     * stem is a verb or adjective of the dictionary.
     */
    static boolean pastBeforeGo(String o, String c) {
        if (!o.endsWith("고") || !c.endsWith("고") || o.length() < 2 || c.length() < 2) {
            return false;
        }
        String past = o.substring(0, o.length() - 1);
        String stem = c.substring(0, c.length() - 1);
        if (!KnownWords.predicateStem(stem)) {
            return false;
        }
        if (past.equals(stem + "었") || past.equals(stem + "았") || past.equals(stem + "였")) {
            return true;
        }
        char last = past.charAt(past.length() - 1);
        if (!Hangul.isSyllable(last) || Hangul.finalIndex(last) != 20) { // ㅆ 받침 (index 20)
            return false;
        }
        String open = past.substring(0, past.length() - 1) + Hangul.withoutFinal(last);
        return open.equals(SpeechLevels.infinitive(stem));
    }
}
