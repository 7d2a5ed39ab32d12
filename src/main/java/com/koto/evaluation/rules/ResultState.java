package com.koto.evaluation.rules;

import java.util.List;

/**
 * The resultative -아/어 있다 where the accepted answer says the same verb in the past (창문이 열려
 * 있어요 for 열렸어요, 예약되어 있어요 for 예약됐어요 / 예약했어요): -아/어 있다 states the state an event
 * left behind, the past states the event (Yeon &amp; Brown 2019, on -아/어 있다; 국립국어원 『외국인을
 * 위한 한국어 문법 1』, -어 있다): about the present situation both say the same (session 7).
 */
final class ResultState {

    private ResultState() {
    }

    /**
     * Whether {@code o} is a verb in -아/어 followed by the auxiliary 있다 and {@code c} one word in
     * the past whose first morpheme (stem, or the noun of a noun + 하다/되다 verb) is the same.
     *
     * @param o the learner's span (열려 있어요)
     * @param c the accepted span (열렸어요)
     */
    static boolean stateForPast(String o, String c) {
        String[] w = o.strip().split(" ");
        if (w.length != 2 || c.strip().contains(" ") || !w[1].startsWith("있")) {
            return false;
        }
        List<Morphology.Word> learner = Morphology.analyse(o.strip());
        List<Morphology.Word> accepted = Morphology.analyse(c.strip());
        if (learner.size() != 2 || accepted.size() != 1 || !learner.get(0).endsWith("EC")
                || !learner.get(1).startsWith("VX", "VA", "VV")) {
            return false;
        }
        List<Morphology.Morpheme> mo = learner.get(0).morphemes();
        List<Morphology.Morpheme> mc = accepted.getFirst().morphemes();
        boolean past = mc.stream().anyMatch(m -> m.is("EP") && (m.form().startsWith("었") || m.form().startsWith("았")
                || m.form().startsWith("였")));
        return past && !mo.isEmpty() && !mc.isEmpty() && mo.getFirst().form().equals(mc.getFirst().form());
    }
}
