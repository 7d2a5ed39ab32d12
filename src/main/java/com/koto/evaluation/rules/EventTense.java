package com.koto.evaluation.rules;

import java.util.List;

/**
 * Session 26 (helper s26a). A past clause of an action verb where the accepted answer has the past modifier
 * -(으)ㄴ of the same verb (저 옆집에 새로 이사 왔는데요, 부디라고 해요 for 옆집에 이사 온 부디라고 해요): -(으)ㄴ on an action
 * verb marks a completed event (한국어기초사전 '-은'² 어미 ①: 동사 뒤에 붙어 사건이나 행동이 과거에 일어났음; Yeon &amp; Brown
 * 2019, -(으)ㄴ modifier), so the learner's -았/었- says the same past. The converse of
 * {@link NaturalVariants#pastModifier}. A finding that asks another tense of the same verb here is an artefact
 * ({@link Evidence#artefact}); a descriptive verb (-(으)ㄴ is its present: 예쁜), a future modifier 올 and another
 * verb keep their findings.
 */
final class EventTense {

    private EventTense() {
    }

    /**
     * Whether {@code o} is an action verb in the past (-았/었-, any ending after it) and {@code c} begins with the same
     * verb in the modifier -(으)ㄴ.
     *
     * @param o      the learner's word
     * @param c      the accepted span
     * @param answer the learner's normalised answer
     */
    static boolean pastClauseForPastModifier(String o, String c, String answer) {
        if (o.isEmpty() || o.contains(" ") || c.isEmpty()) {
            return false;
        }
        List<Morphology.Morpheme> mo = Evidence.morphemesIn(o, answer);
        List<Morphology.Word> read = Morphology.analyse(c.split(" ")[0]);
        if (mo.size() < 3 || read.size() != 1) {
            return false;
        }
        List<Morphology.Morpheme> mc = read.getFirst().morphemes();
        // Nori reads the modifier alone (온) as a final ending: the form decides
        if (mc.size() < 2 || !mc.getLast().is("ETM", "EF") || !(mc.getLast().form().equals("ᆫ") || mc.getLast().form().equals("은"))) {
            return false;
        }
        List<Morphology.Morpheme> stem = mc.subList(0, mc.size() - 1);
        // the same stem (오, 입사+하) before the learner's -았/었-, an action verb (VV, or a noun with 하 as XSV)
        if (mo.size() < stem.size() + 2 || !mo.get(stem.size() - 1).is("VV", "XSV")) {
            return false; // an action verb as Nori reads the learner's word in context (입사한 alone is read with XSA)
        }
        for (int i = 0; i < stem.size(); i++) {
            if (!mo.get(i).form().equals(stem.get(i).form())) {
                return false;
            }
        }
        Morphology.Morpheme tense = mo.get(stem.size());
        boolean past = tense.is("EP") && (tense.form().equals("았") || tense.form().equals("었") || tense.form().equals("였"));
        // the past ends a clause or a sentence (왔는데요, 왔고, 왔어요); 왔는 is no modifier at all (온) and keeps its finding
        return past && mo.getLast().is("EC", "EF");
    }
}
