package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.List;

/**
 * Several grammatical slips on the accepted answer's own words (session 5, issue 11): 세 시에서
 * 예약해요 for 세 시에 예약했어요 (a particle and a tense), 이름 예약해요 for 이름으로 예약했어요. The
 * certainty gate ({@link Certainty#decisive}) keeps a relative finding only when it is the one
 * difference, because two differences may be a paraphrase; but a paraphrase says the thing with
 * other words, and these answers use the accepted words with other particles and tenses. A particle
 * (wrong or missing) or a tense on the same noun or verb is an error of the learner's grammar
 * whatever else is wrong, as a teacher marks each one (Sohn 1999, on case particles and tense;
 * the NIKL learner corpus, issue 3: particle and tense substitutions are the learners' most
 * frequent errors).
 */
final class GrammarSlips {

    /** More slips than this are read as another sentence, not as slips. */
    private static final int MAX = 3;

    private GrammarSlips() {
    }

    /**
     * The findings to report when every finding is either decisive already or a grammatical slip on
     * the accepted words; empty when some finding is of another kind (a different word, a missing
     * piece, another order), so the gate's reading stands.
     */
    static List<Finding> decisive(List<Finding> findings, List<Finding> gateDecisive) {
        List<Finding> errors = findings.stream().filter(f -> f.category() != ErrorCategory.SPACING).toList();
        List<Finding> slips = errors.stream().filter(f -> !gateDecisive.contains(f)).toList();
        if (slips.size() < 2 || slips.size() > MAX || !slips.stream().allMatch(GrammarSlips::slip)) {
            return List.of();
        }
        return errors;
    }

    private static boolean slip(Finding f) {
        if (f.original() == null || f.correction() == null || f.original().isBlank() || f.correction().isBlank()) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        return switch (f.category()) {
            // the same noun: the correction is the learner's noun with another particle (세 시에서 → 세 시에)
            case PARTICLE_WRONG, PARTICLE_MISSING -> !o.contains(" ") || sameFirstWords(o, c);
            // the same verb in another tense (예약해요 → 예약했어요), not another frame (살게요 / 사고 싶어요)
            case TENSE -> !Certainty.otherFrame(f) && o.charAt(0) == c.charAt(0);
            default -> false;
        };
    }

    private static boolean sameFirstWords(String o, String c) {
        String[] a = o.split(" ");
        String[] e = c.split(" ");
        if (a.length != e.length) {
            return false;
        }
        for (int i = 0; i < a.length - 1; i++) {
            if (!a[i].equals(e[i])) {
                return false;
            }
        }
        return true;
    }
}
