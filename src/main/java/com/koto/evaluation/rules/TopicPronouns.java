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

    private TopicPronouns() {
    }

    /** Whether {@code o} and {@code c} are two well-formed particle forms of one pronoun (저는 for 제가). */
    static boolean samePronoun(String o, String c) {
        return !o.equals(c) && FORMS.stream().anyMatch(f -> f.contains(o) && f.contains(c));
    }
}
