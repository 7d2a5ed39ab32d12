package com.koto.evaluation.rules;

import java.util.List;
import java.util.Set;

/**
 * Session 26 (helper s26a). One personal pronoun with the topic 은/는 (or 도) where the accepted answer has the subject
 * 이/가 (저는 고기를 안 먹어서 for 제가 고기를 안 먹어서): the same person, the same word; only the particle differs, and
 * the topic of a reason clause about oneself is as natural as the subject (Sohn 1999, §6 on 은/는 and 이/가; Yeon
 * &amp; Brown 2019, the topic particle with contrast; 국립국어원 한국어 문법 1, 주제 보조사). The alignment reads 저는 →
 * 제가 as another word ({@code vocabulary/word}); it is an artefact ({@link Evidence#artefact}). A pronoun of
 * another person or level (나는 for 제가), and the malformed 저가 or 제는, are not pairs of this table and keep their
 * findings.
 */
final class TopicPronouns {

    /** The well-formed topic, subject and additive forms of each pronoun, one set per person and level. */
    private static final List<Set<String>> FORMS = List.of(
            Set.of("저는", "제가", "저도", "전"),
            Set.of("나는", "내가", "나도", "난"),
            Set.of("저희는", "저희가", "저희도"),
            Set.of("우리는", "우리가", "우리도"),
            Set.of("너는", "네가", "너도", "넌"));

    /**
     * The forms of the personal pronouns in speech, one set per person and level: with a case particle, a delimiter, or
     * bare (나 지난 주말에 …: the particle dropped in speech, Lee &amp; Ramsey 2000). Not 저 and 네 alone, which are
     * also the hesitation 저 and the answer 네.
     */
    private static final List<Set<String>> PERSONS = List.of(
            Set.of("나", "난", "나는", "내가", "나도", "나를", "날", "나한테", "나랑", "나하고", "나는요"),
            Set.of("전", "저는", "제가", "저도", "저를", "절", "저한테", "저랑", "저하고", "저는요"),
            Set.of("너", "넌", "너는", "네가", "니가", "너도", "너를", "널", "너한테", "너랑", "너하고", "너는요"));

    private TopicPronouns() {
    }

    /**
     * Whether a finding pairs the pronouns of two persons (너는 for 나는) in an answer that says the accepted person
     * elsewhere (나 지난 주말에 부산 갔었어. 너는 뭐 했어? read against 지난 주말에 뭐 했어? 나는 부산에 갔어.): the learner
     * tells about themselves and asks the listener back in another order than the accepted answer, and the alignment
     * paired the asked-back 너는 with the accepted 나는. A learner who writes both persons has not misspelt one for the
     * other (session 33, s33a; cf. {@link Evidence#writtenElsewhere}, 내가 … 네가). 너는 부산에 갔어 for 나는 부산에 갔어
     * names no 나 and keeps its finding.
     *
     * @param o      the learner's word, one word
     * @param c      the accepted word, one word
     * @param answer the learner's normalised answer
     */
    static boolean otherPersonSaidToo(String o, String c, String answer) {
        Set<String> mine = person(o);
        Set<String> theirs = person(c);
        if (mine == null || theirs == null || mine == theirs) {
            return false;
        }
        for (String w : answer.split(" ")) {
            String word = w.replaceAll("[.,?!~]+$", "");
            if (theirs.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> person(String word) {
        return PERSONS.stream().filter(p -> p.contains(word)).findFirst().orElse(null);
    }

    /** Whether {@code o} and {@code c} are two well-formed particle forms of one pronoun (저는 for 제가). */
    static boolean samePronoun(String o, String c) {
        return !o.equals(c) && FORMS.stream().anyMatch(f -> f.contains(o) && f.contains(c));
    }
}
