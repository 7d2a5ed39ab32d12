package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The allomorph of a particle after a quoted or bracketed word ({@code particle_allomorph/<function>}):
 * '눈치'은 → '눈치'는, "책"를 → "책"을. The particle follows the sound of the quoted word's last
 * syllable, whatever quotation marks stand between (Sohn 1999 and Yeon &amp; Brown 2019, on
 * allomorphy: 받침 or not decides 은/는, 이/가, 을/를, 과/와, (으)로, (이)랑). The comparison with the accepted
 * answer reads the quotes as part of the word and so never sees a syllable before the particle.
 *
 * <p>Only where the rest of the word after the closing mark is exactly one alternating particle
 * ({@link Particles#of}), so '눈치'라는 (a quotative ending) is left alone.
 */
final class QuotedParticles {

    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Sentence marks, commas, ~, … or 。 at the end. */
    private static final Pattern TRAILING_PUNCTUATION_CJK = Pattern.compile("[.?!,~…。]+$");

    private QuotedParticles() {
    }

    /**
     * @param raw the learner's answer as written
     * @return one finding per quoted word with the wrong allomorph, the quotes kept in both spans
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        for (String word : SPACES.split(raw)) {
            String w = TRAILING_PUNCTUATION_CJK.matcher(word).replaceAll("");
            for (int cut = w.length() - 1; cut > 1; cut--) {
                if (Hangul.CLOSERS.indexOf(w.charAt(cut - 1)) < 0) {
                    continue;
                }
                int end = Hangul.quotedWordEnd(w.substring(0, cut));
                String particle = w.substring(cut);
                Optional<Particles.Particle> p = Particles.of(particle);
                if (end > 0 && p.isPresent() && p.get().alternates()) {
                    String right = p.get().formAfter(w.substring(0, end));
                    if (!right.equals(particle)) {
                        out.add(new Finding(ErrorCategory.PARTICLE_ALLOMORPH, w, w.substring(0, cut) + right,
                                Subtypes.particle("particle_allomorph", p.get().function())));
                    }
                }
                break;
            }
        }
        return out;
    }
}
