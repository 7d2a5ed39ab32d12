package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Forms of the grammar patterns a learner may choose where the accepted answer chose another, which the
 * comparison reads as errors (session 14, helper eval25b: the correct answers the patterns probe failed).
 * Each predicate names an artefact of {@link Evidence#artefact} or {@link FunctionWordChoices#artefact}:
 * never decisive, the finding alone leaves the answer passing. Each takes the finding's learner span
 * {@code o}, its correction {@code c} and the learner's normalised answer; look-alikes that stay errors
 * are named on each.
 */
final class PatternChoices {

    /** A sentence-final mark at the end. */
    private static final Pattern FINAL_MARK = Pattern.compile(".*[.?!]$");

    private PatternChoices() {
    }

    /** Delimiters that may stand between a verbal noun and its 하다 (표준국어대사전 '도', '은', '만'). */
    private static final Set<String> DELIMITERS = Set.of("도", "은", "는", "만", "까지");

    /**
     * A delimiter put between a verbal noun and 하다 (일도 했어요 for 일했어요, 공부는 해요 for 공부해요): the
     * noun + 하다 verb splits into noun + delimiter + 하다 to add 'also', a contrast or 'only' (국립국어원 한국어
     * 문법 1, 보조사의 결합: 공부도 하다; Yeon &amp; Brown 2019 on 도 and 은/는 with 하다 verbs; 표준국어대사전 '도'
     * 「1」). The span is the two words and the correction their joined verb: noun + delimiter, then a form of
     * 하다 whose joined form is the correction. 일도 갔어요 (another verb) is not the class.
     */
    static boolean delimiterInHada(String o, String c) {
        String[] w = o.split(" ");
        if (w.length != 2 || c.contains(" ") || !hada(w[1])) {
            return false;
        }
        for (String d : DELIMITERS) {
            if (w[0].endsWith(d) && w[0].length() > d.length()) {
                String noun = w[0].substring(0, w[0].length() - d.length());
                if (c.equals(noun + w[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word is a form of 하다 as written (해요, 했어요, 합니다, 하고, 할 …). */
    private static boolean hada(String w) {
        return !w.isEmpty() && Set.of('하', '해', '했', '합', '할', '한', '함').contains(w.charAt(0));
    }

    /**
     * The formal contrastive -(스)ㅂ니다만 for -지만 (할 줄 압니다만 for 할 줄 알지만, 좋습니다만 for 좋지만): both
     * join a contrasting clause; -습니다만, short for -습니다마는, is the 하십시오체 form of it (표준국어대사전
     * '-습니다마는', '-ㅂ니다마는'; Yeon &amp; Brown 2019 on -지만). The stem must be the accepted one, an ㄹ stem
     * losing its ㄹ before ㅂ니다 (압니다만 for 알지만; 한글 맞춤법 제18항 1); 갑니다만 for 먹지만 stays.
     */
    static boolean formalBut(String o, String c) {
        if (o.contains(" ") || c.contains(" ") || !c.endsWith("지만") || c.length() < 3) {
            return false;
        }
        String body = o.endsWith("니다만") ? o.substring(0, o.length() - 3)
                : o.endsWith("니다마는") ? o.substring(0, o.length() - 4) : null;
        if (body == null || body.isEmpty()) {
            return false;
        }
        String stem = c.substring(0, c.length() - 2);
        if (body.endsWith("습")) {
            return body.substring(0, body.length() - 1).equals(stem);
        }
        char last = body.charAt(body.length() - 1);
        if (!Hangul.isSyllable(last) || Hangul.finalIndex(last) != Hangul.Final.B) { // final ㅂ
            return false;
        }
        String open = body.substring(0, body.length() - 1) + Hangul.withoutFinal(last);
        if (open.equals(stem)) {
            return true;
        }
        // an ㄹ stem: 알 → 압니다
        char s = stem.charAt(stem.length() - 1);
        return Hangul.isSyllable(s) && Hangul.finalIndex(s) == Hangul.Final.L
                && open.equals(stem.substring(0, stem.length() - 1) + Hangul.withoutFinal(s));
    }

    /** Speaker subjects that -(으)시- can never honour (Sohn 1999, ch. 9). */
    private static final Set<String> SPEAKER = Set.of("제가", "저는", "저도", "내가", "나는", "나도", "우리가", "우리는",
            "저희가", "저희는");

    /**
     * -(으)시- on the verb of advice -는 게 좋겠다 (쉬시는 게 좋겠어요, 가시는 것이 좋겠습니다): the one advised is
     * the listener, so -시- honours the listener, as in a request (Yeon &amp; Brown 2019 '-는 게 좋겠다';
     * 표준 언어 예절 2011, 주체 높임 of the hearer; Sohn 1999 ch. 9). The span is one modifier in -(으)시는,
     * followed in the answer by 게/것이 and a form of 좋다 or 낫다; not when the speaker is named as subject
     * earlier in its sentence (제가 가시는 게 좋겠어요 stays {@code si_extra}).
     */
    static boolean adviceToListener(String o, String answer) {
        if (o.contains(" ") || !(o.endsWith("시는"))) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 2 < words.length; i++) {
            if (!words[i].equals(o)) {
                continue;
            }
            boolean thing = words[i + 1].equals("게") || words[i + 1].equals("것이") || words[i + 1].equals("거");
            String pred = words[i + 2];
            boolean good = pred.startsWith("좋") || pred.startsWith("나아") || pred.startsWith("낫") || pred.startsWith("나을");
            if (!thing || !good) {
                return false;
            }
            for (int k = i - 1; k >= 0 && !FINAL_MARK.matcher(words[k]).matches(); k--) {
                if (SPEAKER.contains(words[k])) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
