package com.koto.evaluation.rules;

import java.util.List;

/**
 * A reason connective the accepted answer has (늦어서 죄송합니다) whose verb the learner states as a sentence
 * of its own (죄송합니다. 버스가 늦게 와서 늦었어요): an apology or thanks followed by its reason in the next
 * sentence is the usual order of 사과 in 표준 언어 예절 (2011) as much as the reason clause before it; the cause
 * may be given by a separate sentence instead of -아/어서 (Sohn 1999 §8 on clause linkage; Yeon &amp; Brown 2019
 * on -아/어서); and a noun that only narrows the next one, left out. Session 14 (helper eval25c), from the service
 * probe.
 */
final class StatedReasons {

    private StatedReasons() {
    }

    /**
     * Whether the one word the learner left out ({@code c} minus {@code o}) is a verb or adjective in -아/어서 and
     * another word of the answer, outside {@code o}, ends a sentence with the same stem (늦어서 left out, 늦었어요
     * said). A word of the stem that does not end a sentence (늦게 왔습니다: an adverb of manner) is no statement
     * of the reason, and the omission stands.
     */
    static boolean reasonStatedElsewhere(String o, String c, String answer) {
        List<String> missing = Evidence.missing(o, c);
        if (missing.size() != 1) {
            return false;
        }
        List<Morphology.Word> gone = Morphology.analyse(missing.getFirst());
        if (gone.size() == 1 && !gone.getFirst().morphemes().isEmpty() && missing.getFirst().endsWith("서")
                && gone.getFirst().morphemes().getFirst().form().equals("아프")
                && unwellStated(answer, List.of(o.split(" ")))) {
            return true; // 몸이 안 좋대 for 아파서 (session 25, s25a; Nori reads 아파서 alone as a sentence end)
        }
        if (gone.size() != 1 || gone.getFirst().morphemes().size() < 2 || !gone.getFirst().startsWith("VV", "VA")
                || !gone.getFirst().endsWith("EC") || !gone.getFirst().morphemes().getLast().form().endsWith("서")) {
            return false;
        }
        String stem = gone.getFirst().morphemes().getFirst().form();
        List<String> inSpan = List.of(o.split(" "));
        for (Morphology.Word w : Morphology.analyse(answer)) {
            if (!inSpan.contains(w.surface()) && w.startsWith("VV", "VA") && w.endsWith("EF")
                    && w.morphemes().getFirst().form().equals(stem)) {
                return true;
            }
        }
        return false;
    }

    /** 몸이 (좀/많이/너무/별로) 안 좋다, 몸이 좋지 않다, 컨디션이 안 좋다: 'not feel well'. */
    private static final java.util.regex.Pattern UNWELL = java.util.regex.Pattern.compile(
            "(^| )(몸|몸이|몸은|몸도|컨디션이|컨디션) ((좀|많이|너무|별로|조금) )?(안 좋|좋지 않)");

    /**
     * Whether the answer says, outside the span, that the person is unwell (몸이 안 좋대): 몸이 안 좋다 / 몸이 좋지 않다
     * is the everyday way of saying 아프다 'be sick' (표준국어대사전 '아프다' 「1」 몸의 어느 부분이 … 괴로움을 느끼다;
     * '좋다', of the body's condition, negated), so the reason 아파서 left out
     * is stated in other words. 몸이 좋대 (no negation) states no reason.
     */
    private static boolean unwellStated(String answer, List<String> inSpan) {
        java.util.regex.Matcher m = UNWELL.matcher(answer);
        while (m.find()) {
            if (!inSpan.contains(m.group(2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare noun left out before a noun the learner kept (방 에어컨이 → 에어컨이, 회사 컴퓨터가 → 컴퓨터가): the
     * first noun of a noun–noun phrase only narrows the second (국립국어원 표준국어문법론, 명사의 관형어 쓰임; Sohn
     * 1999 on noun compounds), and which room or whose thing is given by the situation the task sets. The one word
     * missing is a bare noun, and in the accepted answer it stands right before a word whose noun begins the word
     * after {@code o} in the answer. An omission of a verb, a number or a noun with its particle stands, and so does
     * a noun before a predicate (이 책 대출할게요 → 이 대출할게요: 책 is the object of 대출하다, not a narrowing noun).
     *
     * @param accepted the normalised accepted answer of the comparison
     */
    static boolean modifierNounLeftOut(String o, String c, String answer, String accepted) {
        List<String> missing = Evidence.missing(o, c);
        if (missing.size() != 1) {
            return false;
        }
        String noun = missing.getFirst();
        List<Morphology.Word> read = Morphology.analyse(noun);
        if (read.size() != 1 || read.getFirst().morphemes().size() != 1 || !read.getFirst().startsWith("NNG")) {
            return false;
        }
        String[] a = accepted.split(" ");
        List<String> w = List.of(answer.split(" "));
        // the word after the span (an omission without a place: any word of the answer)
        int at = o.isEmpty() ? -1 : w.indexOf(o.substring(o.lastIndexOf(' ') + 1));
        if (!o.isEmpty() && (at < 0 || at + 1 >= w.size())) {
            return false;
        }
        List<String> after = o.isEmpty() ? w : List.of(w.get(at + 1));
        for (int i = 0; i + 1 < a.length; i++) {
            if (a[i].equals(noun) && nounWord(a[i + 1])) {
                String head = ArgumentCheck.stemAndParticle(a[i + 1])[0];
                if (head.length() >= 2 && after.stream().anyMatch(x -> x.startsWith(head)) && !w.contains(noun)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word of the accepted answer is a noun with or without particles, not a predicate (에어컨이, not 대출할게요). */
    private static boolean nounWord(String word) {
        List<Morphology.Word> read = Morphology.analyse(word);
        return read.size() == 1 && read.getFirst().startsWith("NNG") && !read.getFirst().verbal();
    }
}
