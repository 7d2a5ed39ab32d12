package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Session 14 (helper eval24a): two particle errors on the learner's own words, called from
 * {@link ParticleFrames#find} (shapes as there: the sentence's words and Nori's analysis, word for word):
 * <ul>
 *   <li>{@code particle_wrong/source_for_dative}: the person one gives or sends to marked with the source
 *       particle 에게서/한테서 before 주다, 드리다 or 보내다 (팀장님에게서 보냈습니다 → 팀장님께, 친구한테서 선물을
 *       줬어요 → 친구한테): these verbs take the receiver in 「…에게」 and 에게서/한테서 mark whom one
 *       receives from (표준국어대사전 '주다' ①, '보내다' ①, '에게서' 「조사」; Yeon &amp; Brown 2019 on
 *       에게/한테/께 and 에게서/한테서). A person with 님 is corrected to 께. Only when no other predicate
 *       stands between the person and the verb (친구한테서 받은 꽃을 줬어요 is right);</li>
 *   <li>{@code particle_wrong/subject_for_object}: a vehicle marked with 이/가 right before 타다 (지하철이
 *       타야 돼요 → 지하철을): 타다 'ride' takes the vehicle as its object, 「…을」 (표준국어대사전 '타다²' ①),
 *       and a vehicle cannot be the rider. Not before -기 or a modifier (버스가 타기 편해요: the bus is the
 *       subject of 편하다).</li>
 * </ul>
 */
final class GoalsOfGivingAndRiding {

    private GoalsOfGivingAndRiding() {
    }

    /** A form of the auxiliary 주다 or 드리다 that ends a clause (줬어, 줄게요, 드렸어요), not a modifier (준, 줄, 드린). */
    private static final java.util.regex.Pattern BENEFACTIVE = java.util.regex.Pattern.compile(
            "(줘|줬|줄게|줄래|주세|주었|주겠|줍|드려|드렸|드릴게|드리겠|드립).*");

    /** Main verbs of giving and sending whose person is the receiver. */
    private static final Set<String> GIVING = Set.of("주", "드리", "보내");

    /** The finding on word {@code i}, or empty. */
    static Optional<Finding> find(List<String> words, List<Morphology.Word> analysed, int i) {
        return sourceForDative(words, analysed, i).or(() -> placeForReceiver(words, analysed, i))
                .or(() -> vehicleAsRider(words, analysed, i));
    }

    /**
     * 부장님에 보고서를 보내 드리겠습니다 → 부장님께 (session 21; {@code particle_wrong/location_for_honorific_dative}, the
     * subtype the comparison gives where an accepted answer names the person, here also where none does): an
     * honoured person (a title with 님, elder kin) who receives what is given or sent, marked with 에. 에 marks a place or a
     * thing as the goal; a person who receives takes 에게/한테, an honoured one 께 (표준국어대사전 '에' 「조사」 「3」
     * and '에게' 「조사」 「1」 (유정 명사 뒤에); Yeon &amp; Brown 2019 on 에 vs 에게/한테/께; Sohn 1999, on the dative).
     * Since session 22 (s22b) also a person not honoured (너에 케이크 사 줬어 → 너한테: a pronoun, a name with 씨, the
     * people of {@link ParticleFrames#ANIMATE}; subtype {@code particle_wrong/location_for_dative}, the spoken 한테), and
     * the act done for the receiver with the auxiliary -아/어 주다 or 드리다 (사 줬어, 만들어 드렸어요).
     * Only when the first predicate after the person is 주다, 드리다 or 보내다 (as {@link #sourceForDative}), so
     * 선생님에 대해 and 부장님에 따르면 (a postposition verb, no giving) are not read.
     */
    private static Optional<Finding> placeForReceiver(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (!w.endsWith("에") || w.endsWith("에게") || analysed.get(i).verbal() || m.isEmpty()
                || !m.getLast().is("JKB") || !m.getLast().form().equals("에")) {
            return Optional.empty();
        }
        boolean honoured = PersonParticles.honoured(analysed.get(i));
        if (!honoured && !PersonParticles.person(words, analysed, i)) {
            return Optional.empty();
        }
        String bare = w.substring(0, w.length() - 1);
        return givingVerbFollows(words, analysed, i)
                ? Optional.of(honoured
                        ? new Finding(ErrorCategory.PARTICLE_WRONG, w, bare + "께", "particle_wrong/location_for_honorific_dative")
                        : new Finding(ErrorCategory.PARTICLE_WRONG, w, bare + "한테", "particle_wrong/location_for_dative"))
                : Optional.empty();
    }

    /**
     * Whether the first predicate after word {@code i} is a giving verb ({@link #GIVING}) that ends its clause: not a
     * modifier (-는/-(으)ㄴ, ETM) or a noun form (-기/-(으)ㅁ, ETN), whose receiver belongs to another predicate —
     * unless that form stands right after the person (어머니에 줄 선물: the person is its receiver; session 36, s36d).
     */
    private static boolean givingVerbFollows(List<String> words, List<Morphology.Word> analysed, int i) {
        for (int j = i + 1; j < words.size(); j++) {
            Morphology.Word v = analysed.get(j);
            if (!v.verbal()) {
                continue;
            }
            List<Morphology.Morpheme> m = v.morphemes();
            if (j + 1 < words.size() && !m.isEmpty() && m.getLast().is("EC") && Set.of("아", "어", "여").contains(m.getLast().form())
                    && BENEFACTIVE.matcher(words.get(j + 1)).matches()) {
                return true; // 사 줬어, 만들어 드릴게요: the act done for the receiver (-아/어 주다)
            }
            // a modifier or noun form right after the person is still the person's verb (어머니에 줄 선물 → 어머니한테:
            // the receiver of the relative clause's 주다; session 36, s36d); further on, its receiver is another's
            boolean adjacent = j == i + 1;
            return !m.isEmpty() && (m.getFirst().is("VV") || adjacent && m.getFirst().is("VX"))
                    && GIVING.contains(m.getFirst().form())
                    && (adjacent || !m.getLast().is("ETM") && !m.getLast().is("ETN"));
        }
        return false;
    }

    private static Optional<Finding> sourceForDative(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        String suffix = w.endsWith("에게서") ? "에게서" : w.endsWith("한테서") ? "한테서" : null;
        if (suffix == null || w.length() == suffix.length() || analysed.get(i).verbal()) {
            return Optional.empty();
        }
        if (!givingVerbFollows(words, analysed, i)) {
            return Optional.empty();
        }
        String person = w.substring(0, w.length() - suffix.length());
        String dative = person.endsWith("님") ? person + "께" : person + suffix.substring(0, suffix.length() - 1);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, dative, "particle_wrong/source_for_dative"));
    }

    private static Optional<Finding> vehicleAsRider(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        if (i + 1 >= words.size() || !(w.endsWith("이") || w.endsWith("가")) || w.length() < 2) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 1);
        if (!WayParticles.VEHICLES.contains(noun) || !analysed.get(i).endsWith("JKS")) {
            return Optional.empty();
        }
        List<Morphology.Morpheme> m = analysed.get(i + 1).morphemes();
        if (m.size() < 2 || !m.getFirst().is("VV") || !m.getFirst().form().equals("타") || !words.get(i + 1).startsWith("타")
                || m.getLast().is("ETM") || m.getLast().is("ETN")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w,
                noun + com.koto.evaluation.text.Hangul.objectParticle(noun),
                "particle_wrong/subject_for_object"));
    }
}
