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
     * Subtypes found on the learner's words alone, whatever the accepted answer, by the checks of
     * session 5: wrong whatever the learner meant, so decisive as the gate's intrinsic findings are
     * ({@link ActionPlace}: 회사 일해요; {@link Conjugation}: 보을래; {@link TimeWords}: 어제 … 가요).
     */
    private static final java.util.Set<String> LEARNER_FORMS = java.util.Set.of("particle_missing/activity_place",
            "ending/eu_insertion", "tense/time_word", "ending/yo_before_connective",
            "ending/infinitive_before_consonant", "ending/eu_missing", "ending/modifier_form", "ending/ja_yo",
            "ending/formal_allomorph", "ending/desire_of_others", "ending/eu_extra", "ending/l_insertion",
            "spelling/sipsio", "ending/obligation", "ending/l_modifier", "ending/adjective_request", "ending/look",
            "ending/permission", "ending/adverbial", "vocabulary/adjective_for_verb", "ending/formal_yo",
            "ending/si_promise", "honorific/si_own_promise", "honorific/own_ssi", "particle_wrong/message_means",
            "particle_missing/negative_do", "particle_wrong/case_for_do");

    /**
     * The findings to report: the gate's decisive findings, the learner-form findings, and, when
     * every other finding is a grammatical slip on the accepted words, those slips too (else the
     * gate's reading of a possible paraphrase stands for them).
     */
    static List<Finding> decisive(List<Finding> findings, List<Finding> gateDecisive) {
        List<Finding> errors = findings.stream().filter(f -> f.category() != ErrorCategory.SPACING).toList();
        List<Finding> out = errors.stream()
                .filter(f -> gateDecisive.contains(f) || LEARNER_FORMS.contains(Subtypes.of(f))).toList();
        List<Finding> slips = errors.stream().filter(f -> !out.contains(f)).toList();
        // a learner-form finding the gate had counted as a second difference leaves the other one a slip
        boolean learnerForm = out.stream().anyMatch(f -> !gateDecisive.contains(f));
        if (slips.isEmpty() || slips.size() < 2 && !learnerForm || slips.size() > MAX
                || !slips.stream().allMatch(GrammarSlips::slip)) {
            return out;
        }
        return errors;
    }

    private static boolean slip(Finding f) {
        if (f.original() == null || f.correction() == null || f.original().isBlank() || f.correction().isBlank()
                || !Signatures.shown(f)) {
            return false; // a tense or particle the spans do not show is an alignment artefact (Signatures)
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        return switch (f.category()) {
            // the same noun: the correction is the learner's noun with another particle (세 시에서 → 세 시에)
            case PARTICLE_WRONG, PARTICLE_MISSING -> !o.contains(" ") || sameFirstWords(o, c);
            // the same verb in another tense (예약해요 → 예약했어요), not another frame (살게요 / 사고 싶어요)
            case TENSE -> !Certainty.otherFrame(f) && sameOnset(o, c);
            default -> false;
        };
    }

    /** The same first consonant and vowel (와요 / 왔어요, 예약해요 / 예약했어요): the same verb. */
    private static boolean sameOnset(String o, String c) {
        if (!com.koto.evaluation.text.Hangul.isSyllable(o.charAt(0)) || !com.koto.evaluation.text.Hangul.isSyllable(c.charAt(0))) {
            return false;
        }
        return com.koto.evaluation.text.Hangul.withoutFinal(o.charAt(0)) == com.koto.evaluation.text.Hangul.withoutFinal(c.charAt(0));
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
