package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learner's own predicate with -(으)시- put in or taken out, the rest of the word kept (session 20, s20b): a
 * teacher corrects the honorific the learner got wrong, not the ending the learner chose (부를래요 → 부르실래요
 * where the accepted answer asks 부르시겠어요; 지내십니까 → 지냅니까 where it asks 지내고 있습니까). -(으)시- stands right
 * after the stem and before every other ending (Sohn 1999, ch. 9, the pre-final -(으)시-; Yeon &amp; Brown 2019, on
 * the honorific -(으)시-): -(으)ㄹ래요 → -(으)실래요; the verbs with a suppletive honorific
 * take it (먹을래요 → 드실래요, 잘래요 → 주무실래요; 표준 언어 예절 2011: 드시다, 주무시다). Other words go through
 * {@link SpeechLevels#honour} and {@link SpeechLevels#plainForm}.
 */
final class OwnSiForms {

    /**
     * A word ending in -(으)ㄹ래(요) after at least one stem syllable (not -(으)ㄹ까요: 포장할까요 'shall I' asks of the
     * speaker, 포장하실까요 of the listener, another question).
     */
    private static final Pattern L_ENDING = Pattern.compile("(.+)(래요|래)");

    /** Stems whose honorific is a verb of its own, and that verb's stem without 시. */
    private static final Map<String, String> SUPPLETIVE = Map.of("먹", "드", "마시", "드", "자", "주무");

    private OwnSiForms() {
    }

    /**
     * The word with -(으)시- (부를래요 → 부르실래요, 먹을래요 → 드실래요, 가요 → 가세요), or null where the word is
     * no form this knows (several words, an ending without the ㄹ-modifier that {@link SpeechLevels#honour} does not
     * know either).
     *
     * @param w one word as written
     */
    static String withSi(String w) {
        if (w.isEmpty() || w.contains(" ")) {
            return null;
        }
        Matcher m = L_ENDING.matcher(w);
        if (m.matches()) {
            String head = m.group(1);
            char l = head.charAt(head.length() - 1);
            String stem;
            if (l == '을' && head.length() >= 2 && Hangul.hasFinal(head.charAt(head.length() - 2))) {
                stem = head.substring(0, head.length() - 1); // 먹을 → 먹, 들을 → 들 (듣다: 들으실래요)
            } else if (Hangul.hasRieulFinal(l)) {
                stem = head.substring(0, head.length() - 1) + Hangul.withoutFinal(l); // 부를 → 부르, 만들 → 만드
            } else {
                return null;
            }
            String own = SUPPLETIVE.get(stem);
            if (own != null) {
                return own + "실" + m.group(2);
            }
            boolean consonant = Hangul.hasFinal(stem.charAt(stem.length() - 1));
            return stem + (consonant ? "으실" : "실") + m.group(2);
        }
        return SpeechLevels.honour(w, "");
    }

    /**
     * The word without -(으)시- (지내십니까 → 지냅니까, 가셨어요 → 갔어요), or null where the word is none such.
     *
     * @param w one word as written
     */
    static String withoutSi(String w) {
        if (w.isEmpty() || w.contains(" ") || SpeechLevels.copulaWithoutSi(w) != null) {
            return null; // (나세요 of 열이 나다 read as the pronoun and the copula: the accepted word stays)
        }
        String plain = SpeechLevels.plainForm(w);
        if (plain == null) {
            return null;
        }
        // the same verb before and after (여셨어요 of 열다 is no 였어요: an ㄹ-stem drops its ㄹ before -시-)
        String before = firstStem(w);
        String after = firstStem(plain);
        return before != null && (before.equals(after) || after != null && after.equals(PLAIN_OF.get(before))) ? plain : null;
    }

    /** The honorific verbs and the plain verbs they raise. */
    private static final Map<String, String> PLAIN_OF = Map.of("드시", "먹", "주무시", "자", "계시", "있");

    /** The first verb or adjective stem Nori reads in the word, or null. */
    private static String firstStem(String w) {
        return Morphology.morphemes(w).stream().filter(m -> m.is("VV", "VA", "VX")).map(Morphology.Morpheme::form)
                .findFirst().orElse(null);
    }
}
