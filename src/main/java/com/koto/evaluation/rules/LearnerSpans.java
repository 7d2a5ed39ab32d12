package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.List;
import java.util.Set;

/**
 * The last step of a finding's span (session 5, issue 11): the gold convention of the blind sets is
 * the learner's whole words as written, the smallest span that shows the error, and the same span
 * corrected. Two comparisons quote other words and are brought back here:
 * <ul>
 * <li>a finding on a word the equivalence lexicon rewrote (원화 → 원, then 원 → 원으로) is given on the
 * learner's word, the particle re-formed for it (원화 → 원화로);</li>
 * <li>a tense finding on a verb after the negator 안/못 keeps the negator, which belongs to the verb
 * phrase (못 해요 → 못 했어요; Sohn 1999, on short negation: 안/못 + predicate form one unit).</li>
 * </ul>
 */
final class LearnerSpans {

    private static final Set<String> NEGATORS = Set.of("안", "못");

    private LearnerSpans() {
    }

    /**
     * @param f         a finding of the comparison
     * @param answer    the learner's normalised answer
     * @param compared  the text that was compared (the answer after the lexicon's rewrites)
     * @return the finding on the learner's words; {@code f} itself when it already is, or cannot be mapped
     */
    static Finding of(Finding f, String answer, String compared) {
        if (f.original() == null || f.correction() == null || f.original().isBlank()) {
            return f;
        }
        List<String> a = List.of(answer.split(" "));
        String o = f.original().strip();
        String c = f.correction().strip();
        if (f.category() == ErrorCategory.TENSE && !o.contains(" ")) {
            int at = a.indexOf(o);
            if (at > 0 && a.indexOf(o) == a.lastIndexOf(o) && NEGATORS.contains(a.get(at - 1))
                    && !c.startsWith(a.get(at - 1) + " ")) {
                return new Finding(f.category(), a.get(at - 1) + " " + o, a.get(at - 1) + " " + c, f.subtype());
            }
        }
        boolean particle = f.category() == ErrorCategory.PARTICLE_MISSING || f.category() == ErrorCategory.PARTICLE_WRONG
                || f.category() == ErrorCategory.PARTICLE_ALLOMORPH;
        if (particle && !o.contains(" ") && !a.contains(o) && !compared.equals(answer)) {
            List<String> t = List.of(compared.split(" "));
            int at = t.indexOf(o);
            if (at >= 0 && t.size() == a.size() && at == t.lastIndexOf(o) && c.startsWith(o)
                    && f.category() == ErrorCategory.PARTICLE_MISSING) {
                // 원 → 원으로 where the learner wrote 원화: 원화 → 원화로
                String learner = a.get(at);
                String added = c.substring(o.length());
                String reformed = Particles.of(added).map(p -> p.formAfter(learner)).orElse(added);
                if (ArgumentCheck.stemAndParticle(learner)[1].isEmpty()) {
                    return new Finding(f.category(), learner, learner + reformed, f.subtype());
                }
            }
        }
        return f;
    }
}
