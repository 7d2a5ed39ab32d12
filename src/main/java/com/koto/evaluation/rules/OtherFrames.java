package com.koto.evaluation.rules;

import java.util.List;

/**
 * Correct frames other than the accepted answer's, which the comparison reads as a particle left out
 * (session 15, helper eval27a, from the false alarms of the fourth-wave probes and set Z3). Each method
 * recognises one class on the learner's own words; a finding of such a class is an alignment artefact
 * ({@link FunctionWordChoices#artefact}): never decisive, so the answer passes unsure with the model answer
 * shown unless something else is certain.
 *
 * <p>Spans are normalised ({@link com.koto.evaluation.text.AnswerText#normalise}): {@code o} the learner's
 * span, {@code c} the accepted span, {@code answer} the learner's whole answer.
 */
final class OtherFrames {

    private OtherFrames() {
    }

    /** 전 'before' with the particles a deadline takes after it (전에, 전에는, 전까지, 전엔 …). */
    private static final List<String> BEFORE = List.of("전", "전에", "전에는", "전에도", "전엔", "전까지", "전까지는",
            "이전에", "이전까지");

    /**
     * N 전에 'before N' where the accepted answer has N까지 'by N' (세 시 전에는 공항에 도착해야 돼요 for 세 시까지
     * …): both set a deadline for the act, 까지 as the end of the span in which it happens (표준국어대사전 '까지'
     * 조사 「1」 어떤 일이나 상태 따위에 관련되는 범위의 끝), 전 as the time before the point named (표준국어대사전
     * '전(前)' 「3」 시간이나 날짜를 나타내는 명사 뒤에 쓰여, 그 시간보다 앞; Yeon &amp; Brown 2019, N 전에 'before N').
     * The learner's word is the accepted word without 까지, and the word after it in the answer is 전 with
     * its particles; 세 시 후에 'after three' is not the class and keeps its finding.
     */
    static boolean beforeForUntil(String o, String c, String answer) {
        if (o.isEmpty() || o.contains(" ") || !c.equals(o + "까지")) {
            return false;
        }
        String next = FunctionWordChoices.wordAfter(o, answer);
        return next != null && BEFORE.contains(next);
    }

    /**
     * A bare noun before 있다/없다 where the accepted answer marks it with (으)로 of choice (이 운동화 250 있어요?
     * for 250으로 있어요?, 이 셔츠 빨간색 있어요?): the noun is the subject of 있다 'there is, one has' with its
     * 이/가 left out, as it is in speech (표준국어대사전 '있다' 「형용사」 '…에 …이' and '…에게 …이'; Sohn 1999 and
     * Lee &amp; Ramsey 2000, on particle ellipsis in speech); the question asks whether that size or colour
     * exists, a correct frame of its own. (으)로 marks the choice (Yeon &amp; Brown 2019, (으)로 of selection),
     * which the existence question need not say. Only before a form of 있다/없다: 250 바꿔 주세요 for
     * 250으로 바꿔 주세요 keeps its finding, the change needing its goal.
     */
    static boolean subjectOfExistence(String o, String c, String answer) {
        if (o.isEmpty() || o.contains(" ") || !(c.equals(o + "로") || c.equals(o + "으로"))) {
            return false;
        }
        String next = FunctionWordChoices.wordAfter(o, answer);
        if (next == null) {
            return false;
        }
        List<Morphology.Word> read = Morphology.analyse(next);
        if (read.size() != 1 || read.getFirst().morphemes().isEmpty()) {
            return false;
        }
        Morphology.Morpheme first = read.getFirst().morphemes().getFirst();
        return first.is("VA", "VV") && (first.form().equals("있") || first.form().equals("없"));
    }
}
