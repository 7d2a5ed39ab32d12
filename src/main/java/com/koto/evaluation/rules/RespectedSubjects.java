package com.koto.evaluation.rules;

import java.util.List;
import java.util.Set;

/**
 * -(으)시- on a verb whose subject is a person the speaker raises, named with 이/가/께서 before it
 * (선생님이 그러셨어, 선생님이 '내일 시험이 있어요'라고 하셨어): subject honorification follows the subject of the
 * verb, not the speaker or the listener (표준 언어 예절 2011, 주체 높임: 선생님께서 말씀하셨다; Sohn 1999,
 * ch. 9 on -(으)시-; Yeon &amp; Brown 2019 on reported speech -다고/-라고 하다). An accepted answer without
 * -시- (했어) is a plainer paraphrase; the learner's -시- is no {@code honorific/si_extra}.
 *
 * <p>The subject stands right before the verb, with only words without a predicate between (선생님이 저한테
 * 주셨어), or before a quotation that ends in -라고/-다고/-냐고/-자고 right before the verb. A speaker's own
 * subject (제가, 내가, 저는 …) or a predicate between (선생님이 준 책을 읽으셨어) keeps the finding.
 */
final class RespectedSubjects {

    private RespectedSubjects() {
    }

    private static final Set<String> SELF = Set.of("제가", "저는", "전", "저도", "내가", "나는", "난", "나도");

    /**
     * Whether the last word of the {@code si_extra} span {@code o} is a verb whose subject, in the
     * normalised {@code answer}, is a respected person with 이/가/께서/께서는.
     *
     * @param o      the finding's learner span, the -시- verb last (있대 선생님이 그러셨어)
     * @param answer the normalised answer
     */
    static boolean elderSaid(String o, String answer) {
        if (o.isEmpty() || answer.isEmpty()) {
            return false;
        }
        String verb = o.contains(" ") ? o.substring(o.lastIndexOf(' ') + 1) : o;
        if (!verb.matches(".*(시|셨|세|셔|십).*")) {
            return false;
        }
        String[] words = answer.split(" ");
        int at = -1;
        String[] span = o.split(" ");
        for (int i = span.length - 1; i < words.length; i++) {
            boolean match = true;
            for (int k = 0; k < span.length; k++) {
                if (!words[i - span.length + 1 + k].equals(span[k])) {
                    match = false;
                    break;
                }
            }
            if (match) {
                at = i;
                break;
            }
        }
        if (at < 1) {
            return false;
        }
        boolean quoted = words[at - 1].matches(".+(라고|다고|냐고|자고)") && hasStem(words[at - 1]);
        for (int j = at - 1; j >= 0; j--) {
            String w = words[j];
            if (SELF.contains(w)) {
                return false;
            }
            if (elder(w)) {
                // a quotation may hold its own subject: the speaker named before it keeps the finding
                return !quoted || java.util.Arrays.stream(words, 0, j).noneMatch(SELF::contains);
            }
            if (!quoted && hasStem(w)) {
                return false;
            }
        }
        return false;
    }

    /** Words that make the speaker the one told to act (선생님이 저한테 오시래요 honours the speaker). */
    private static final java.util.regex.Pattern SELF_TOLD = java.util.regex.Pattern.compile(
            "(^| )(저한테|저에게|저보고|저더러|나한테|나에게|나보고|나더러|제게|내게)( |$)");

    /**
     * Whether the last word of the {@code si_extra} span {@code o} is a reported command with -(으)시- inside
     * the quotation (오시래요, 드시랍니다, 오시라고 하셨어요): -(으)래(요) is -(으)라고 해(요), and the -시-
     * honours the one told to act, the listener the message is for (어머님이 식사하러 오시래요 to the host
     * father), not the one who said it (표준국어대사전 '-래' 「어미」, '-라고'; Yeon &amp; Brown 2019, on reported
     * commands; 표준 언어 예절 2011, 주체 높임). Only at a polite level (-래요, -랍니다, -라고 + a polite verb);
     * a command reported to the speaker (저한테 오시래요) keeps the finding: -시- never honours oneself.
     *
     * @param o      the finding's learner span, the reported command last
     * @param answer the normalised answer
     */
    static boolean commandToListener(String o, String answer) {
        if (o.isEmpty() || answer.isEmpty()) {
            return false;
        }
        String[] span = o.split(" ");
        String verb = span[span.length - 1];
        boolean reported = verb.matches(".+(시|으시)(래요|랍니다|랍니까)") || span.length >= 2
                && span[span.length - 2].matches(".+(시|으시)라고") && verb.matches(".+(요|니다|니까)");
        return reported && !SELF_TOLD.matcher(answer.replaceAll("[.,?!]", " ")).find();
    }

    /** Particles after a respected person named in an earlier sentence (선생님께, 엄마한테, 사장님을). */
    private static final String ANY_PARTICLE = "(께서는|께서|께는|께|한테|에게|이랑|랑|하고|이|가|을|를|은|는|도)?";

    /**
     * Whether the last word of the {@code si_extra} span {@code o} is a -(으)시- verb in a typed sentence
     * that names no subject (선생님께 선물 드렸어. 엄청 좋아하셨어.) right after a sentence that names a respected
     * person: Korean leaves a subject known from context unsaid, and the -시- shows it is that person
     * (Sohn 1999, ch. 9 on zero anaphora and subject honorification; 표준 언어 예절 2011, 주체 높임).
     * A sentence naming the speaker (제가, 나는 …) or another subject with 이/가 keeps the finding.
     *
     * @param o       the finding's learner span, the -시- verb last
     * @param asTyped the answer as typed (sentence marks kept), or null
     */
    static boolean elderBefore(String o, String asTyped) {
        if (asTyped == null || o.isEmpty()) {
            return false;
        }
        String verb = o.contains(" ") ? o.substring(o.lastIndexOf(' ') + 1) : o;
        if (!verb.matches(".*(시|셨|세|셔|십).*")) {
            return false;
        }
        String[] sentences = asTyped.split("[.!?。]+");
        for (int i = 1; i < sentences.length; i++) {
            String[] words = sentences[i].replaceAll("[,'\"‘’“”]", " ").strip().split("\\s+");
            if (words.length == 0 || !words[words.length - 1].equals(verb)) {
                continue;
            }
            for (String w : words) {
                if (SELF.contains(w) || w.matches(".+[이가]") && !w.equals(verb) && KnownWords.noun(w.substring(0, w.length() - 1))) {
                    return false;
                }
            }
            for (String w : sentences[i - 1].replaceAll("[,'\"‘’“”]", " ").strip().split("\\s+")) {
                String noun = w.replaceAll(ANY_PARTICLE + "$", "");
                if (Persons.MAY_BE_RAISED.contains(noun) && !noun.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean elder(String word) {
        String noun = word.replaceAll("(께서는|께서|이|가)$", "");
        return !noun.equals(word) && Persons.MAY_BE_RAISED.contains(noun);
    }

    private static boolean hasStem(String word) {
        List<Morphology.Word> ws = Morphology.analyse(word);
        return ws.stream().flatMap(w -> w.morphemes().stream()).anyMatch(Morphology.Morpheme::isStem);
    }
}
