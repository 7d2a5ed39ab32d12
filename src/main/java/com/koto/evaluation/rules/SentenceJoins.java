package com.koto.evaluation.rules;

import java.util.List;
import java.util.Set;

/**
 * How a correct answer joins or splits its clauses where the accepted answer does it otherwise (session 16,
 * helper eval31a, seventh-wave precision probes). Each method recognises one class on the learner's own words;
 * a finding of that class is an alignment artefact ({@link Evidence#artefact}), never decisive. Spans are
 * normalised: {@code o} the learner's span, {@code c} the accepted span, {@code answer} the learner's answer.
 */
final class SentenceJoins {

    private SentenceJoins() {
    }

    private static final Set<String> RESUMING = Set.of("그런데", "그러는데", "그런데요", "그러는데요");

    /**
     * 그러는데 (그러다 + -는데) for 그런데 (그렇다 + -ㄴ데), or back, after a reason in -아/어서 (편찮으셔서 그러는데 /
     * 그런데 천천히 가 주세요): both resume the reason just given before a request ('it is because …, so'):
     * 표준국어대사전 '그러다' 「1」 (그렇게 하다) and '그렇다' 「1」, with -는데 / -ㄴ데 of background (Yeon &amp; Brown
     * 2019, -는데). Only after a word ending in -아서/-어서: a sentence-initial 그런데 'but, by the way' is the
     * conjunction, and 그러는데 is no form of it.
     */
    static boolean resumedReason(String o, String c, String answer) {
        if (!RESUMING.contains(o) || !RESUMING.contains(c)) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals(o)) {
                List<Morphology.Morpheme> before = Morphology.analyse(words[i - 1]).stream()
                        .flatMap(w -> w.morphemes().stream()).toList();
                return !before.isEmpty() && before.getLast().is("EC") && before.getLast().form().endsWith("서")
                        && words[i - 1].endsWith("서");
            }
        }
        return false;
    }

    /**
     * A sentence of its own in the past (손님이 오셨습니다. 회의실에서 기다리십니다.) where the accepted answer joins the
     * event to the next clause with -아/어서 (손님께서 오셔서 회의실에서 …): two sentences say what one sentence with
     * a sequence connective says (국립국어원 한국어 문법 2, 이어진 문장; Yeon &amp; Brown 2019, -아/어서 of sequence),
     * and the past is right for an event that has happened, while -아/어서 takes no tense of its own. The
     * learner's word must be the same verb as the accepted one (the same stem), end a sentence (a polite or
     * formal declarative) and not be the answer's last word.
     */
    static boolean sentenceForSequence(String o, String c, String answer) {
        if (o.contains(" ") || c.contains(" ") || !c.endsWith("서")
                || !(o.endsWith("니다") || o.endsWith("요")) || answer.endsWith(o)) {
            return false;
        }
        List<Morphology.Morpheme> own = Morphology.morphemes(o);
        List<Morphology.Morpheme> theirs = Morphology.morphemes(c); // -아/어서 alone reads as EF to Nori (a full stop is appended)
        if (own.size() < 2 || theirs.size() < 2 || !own.getLast().is("EF") || !theirs.getLast().form().endsWith("서")
                || !own.getFirst().form().equals(theirs.getFirst().form())) {
            return false;
        }
        return own.stream().anyMatch(m -> m.is("EP") && (m.form().contains("었") || m.form().contains("았")
                || m.form().contains("였") || m.form().contains("셨")));
    }

    /**
     * A casual sentence of its own in the past, typed with its sentence mark (지하철이 갑자기 멈췄어. 10분 늦을 것 같아.),
     * where the accepted answer joins the event to the next clause with -아/어서 or -고 (지하철이 멈춰서 10분 늦을 것
     * 같아): as {@link #sentenceForSequence}, two sentences say what the connective says, and the past is right for
     * what has happened (국립국어원 한국어 문법 2, 이어진 문장; Yeon &amp; Brown 2019, -아/어서 takes no tense of its own).
     * Nori reads a 해체 end before the next sentence as a connective (멈췄어 EC), so the learner's sentence mark is the
     * evidence: the word is typed before . ! or ?, is not the answer's last, holds the past and has the accepted
     * word's stem. Without the mark (멈췄어 10분 …) or with the past inside the connective (멈췄어서) the finding
     * stays (session 25, s25a).
     */
    static boolean typedPastForSequence(String o, String c, String answer, String asTyped) {
        if (asTyped == null || o.isEmpty() || o.contains(" ") || c.contains(" ") || !(c.endsWith("서") || c.endsWith("고"))
                || o.endsWith("서") || answer.endsWith(o)
                || !java.util.regex.Pattern.compile("(^|\\s)" + java.util.regex.Pattern.quote(o) + "[.!?]").matcher(asTyped).find()) {
            return false;
        }
        List<Morphology.Morpheme> own = Morphology.morphemes(o);
        List<Morphology.Morpheme> theirs = Morphology.morphemes(c);
        if (own.size() < 3 || theirs.size() < 2 || !own.getFirst().is("VV", "VA")
                || !own.getFirst().form().equals(theirs.getFirst().form())) {
            return false;
        }
        return own.stream().anyMatch(m -> m.is("EP") && (m.form().contains("었") || m.form().contains("았")
                || m.form().contains("였")));
    }

    /**
     * A polite yes/no question of its own (김 선생님 지금 계세요? 좀 바꿔 주시겠어요?) where the accepted answer makes the
     * same predicate the condition -(으)면 of the request that follows (김 선생님 계시면 좀 바꿔 주세요): asking
     * whether the condition holds and then making the request says in two sentences what the conditional says in
     * one, the request being meant for the case the answer is yes (국립국어원 한국어 문법 2, 이어진 문장 and
     * 의문문; Yeon &amp; Brown 2019, -(으)면 of condition). The learner's word is the same stem as the accepted
     * one, ends in a polite or formal question ending (-요, -ㅂ니까, -나요, -ㄴ가요) typed with '?', and another
     * sentence follows it; the question as the whole answer, or without its question mark (계세요 좀 바꿔 …),
     * keeps the finding.
     *
     * @param o       the learner's word
     * @param c       the accepted -(으)면 word
     * @param asTyped the answer as typed (sentence marks kept), or null
     */
    static boolean questionForCondition(String o, String c, String asTyped) {
        if (asTyped == null || o.contains(" ") || c.contains(" ") || o.isEmpty() || !c.endsWith("면")
                || !(o.endsWith("요") || o.endsWith("니까"))) {
            return false;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(^|[\\s,.?!])" + java.util.regex.Pattern.quote(o)
                + "\\s*\\?+\\s*[가-힣]").matcher(asTyped);
        if (!m.find()) {
            return false;
        }
        List<Morphology.Morpheme> own = Morphology.morphemes(o);
        List<Morphology.Morpheme> theirs = Morphology.morphemes(c);
        return own.size() >= 2 && theirs.size() >= 2 && own.getFirst().isStem() && own.getLast().is("EF")
                && theirs.getLast().is("EC") && theirs.getLast().form().endsWith("면")
                && own.getFirst().form().equals(theirs.getFirst().form());
    }


    /**
     * A speech-level finding on the -아/어도 of permission (입어 보셔도 돼요): -아/어도 is a connective, it carries no
     * speech level; the level is that of 되다 or 괜찮다 after it (Yeon &amp; Brown 2019, -아/어도 되다 'may';
     * 표준국어대사전 '-어도'). The next word must be a polite or formal form of 되다 or 괜찮다.
     */
    static boolean levelBeforePermission(String o, String answer) {
        if (o.contains(" ") || !o.endsWith("도") || o.length() < 2) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(o)) {
                String next = words[i + 1];
                return (next.startsWith("돼") || next.startsWith("되") || next.startsWith("괜찮"))
                        && (next.endsWith("요") || next.endsWith("니다") || next.endsWith("니까"));
            }
        }
        return false;
    }

    /**
     * A speech-level finding on a polite question or statement followed by the address term (뭘 하실 계획이세요,
     * 선생님?): a vocative may close the sentence as well as open it (국립국어원 한국어 문법 1, 독립어; Sohn 1999 on
     * vocatives), and it carries no speech level; the word before it does, and it is polite (-요, -(스)ㅂ니다/까).
     */
    static boolean addressAfterSentence(String o) {
        String[] words = o.split(" ");
        if (words.length < 2 || !OptionalPieces.addressNoun(words[words.length - 1])) {
            return false;
        }
        String end = words[words.length - 2];
        return end.endsWith("요") || end.endsWith("니다") || end.endsWith("니까");
    }
}
