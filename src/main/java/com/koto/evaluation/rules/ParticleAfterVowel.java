package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import com.koto.evaluation.text.Hangul.Final;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * The consonant form of a particle written after a noun that ends in a vowel, read on the letters of the learner's
 * word whatever the analyser makes of it (session 26, s26b): 사과을 → 사과를, 우유은 → 우유는, 친구이 → 친구가,
 * 커피으로 → 커피로, and (으)로 after ㄹ: 지하철으로 → 지하철로. The particles 을/를, 은/는, 이/가 and (으)로 take their
 * form from the last syllable of the noun (표준국어대사전 '을', '은', '이', '으로' 「조사」: 받침 있는 체언 뒤에; Yeon &amp;
 * Brown 2019, on case particles; Sohn 1999 §5), so the form after a vowel is never the consonant one. The analyser
 * may read such a word as a noun and an ending, or split the noun (사과을), so the check reads the letters: the part
 * before the particle must be a noun of the dictionary (a pronoun too before 으로: 어디으로), the whole word must be
 * no entry (가을, 마을, 노을, 오이, 나이, 사이 are words) and must not be read as a verb. Left alone: a noun that is
 * also a verb stem (차, 보: 차을 may be 찰, 보을 볼, an ending slip), and the ㅅ-irregular forms 나은, 지은, 부은,
 * 저은, 이을 (낫다, 짓다, 붓다, 젓다, 잇다 before -(으)ㄴ/ㄹ, right as written). A noun an accepted answer has is left
 * to the comparison, which weighs the learner's particle against the accepted one (보고서을 for 보고서는 is one
 * slip, not two); this check is for the nouns the learner adds.
 */
final class ParticleAfterVowel {

    /** The consonant forms read, in the order tried (으로 before 로's neighbours). */
    private static final List<String> FORMS = List.of("으로", "을", "은", "이");
    /** Stems whose 으-initial forms drop the ㅅ (낫다 → 나은). */
    private static final Set<Character> S_STEMS = Set.of('낫', '짓', '붓', '잇', '긋', '젓');

    private ParticleAfterVowel() {
    }

    /**
     * The comparison's result with such a slip added on each word of the answer where no finding already names its
     * particle (사과을 in an answer whose accepted answers have no 사과: the comparison aligned the word with nothing, or
     * with another noun, and said nothing of the particle). The answer is not repaired, so the comparison's reading of
     * the other words stays as it was.
     *
     * @param result   the comparison of {@code answer} with {@code accepted}
     * @param answer   the answer compared (words apart by spaces)
     * @param accepted the accepted answer it was compared with
     * @return the result, with a {@code particle_allomorph} finding for each such word
     */
    static SentenceCheck.Result added(SentenceCheck.Result result, String answer, String accepted) {
        List<Finding> findings = new ArrayList<>(result.findings());
        for (String w : answer.split(" ")) {
            String[] fixed = w.isEmpty() ? null : find(w, accepted);
            if (fixed != null && findings.stream().noneMatch(f -> f.original() != null && f.original().contains(w)
                    && (f.category() == ErrorCategory.PARTICLE_ALLOMORPH || f.correction().contains(fixed[0])))) {
                findings.add(new Finding(ErrorCategory.PARTICLE_ALLOMORPH, w, fixed[0], fixed[1]));
            }
        }
        return findings.size() == result.findings().size() ? result
                : new SentenceCheck.Result(findings, result.confidence(), result.paraphrase());
    }

    /**
     * @param w        a word of the answer as written
     * @param accepted the accepted answer compared with (words apart by spaces), or null
     * @return {@code [correction, subtype]}, or null when the word is no such slip
     */
    static String[] find(String w, String accepted) {
        for (String form : FORMS) {
            if (!w.endsWith(form) || w.length() <= form.length()) {
                continue;
            }
            String noun = w.substring(0, w.length() - form.length());
            char last = noun.charAt(noun.length() - 1);
            if (!Hangul.isSyllable(last)) {
                return null;
            }
            boolean afterVowel = !Hangul.hasFinal(last);
            boolean rieul = form.equals("으로") && Hangul.hasRieulFinal(last);
            if (!afterVowel && !rieul || !readable(noun, form) || !KnownWords.tags(w).isEmpty()
                    || KnownWords.predicateStem(noun) || KnownWords.predicateStem(w)
                    || (form.equals("은") || form.equals("을"))
                            && S_STEMS.contains((char) (Hangul.withoutFinal(last) + Final.S))
                    || readAsVerb(w)) {
                return null;
            }
            if (accepted != null && List.of(accepted.split(" ")).stream().anyMatch(a -> a.startsWith(noun))) {
                return null; // the comparison reads a noun of the accepted answer, with its particle there
            }
            Particles.Particle p = Particles.of(form).orElseThrow();
            return new String[] {noun + p.formAfter(noun), Subtypes.particle("particle_allomorph", p.function())};
        }
        return null;
    }

    /** Whether the part before the particle is a noun of the dictionary (a pronoun before 으로). */
    private static boolean readable(String noun, String form) {
        return KnownWords.noun(noun) || form.equals("으로") && KnownWords.tags(noun).contains(POS.Tag.NP);
    }

    /** Whether the analyser reads the word as a verb or adjective with endings (지은 of 짓다). */
    private static boolean readAsVerb(String w) {
        List<Morphology.Word> words = Morphology.analyse(w);
        return words.size() == 1 && words.getFirst().startsWith("VV", "VA", "VX");
    }
}
