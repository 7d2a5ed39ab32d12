package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Korean particles (조사) and the copula's polite forms, grouped by function, with the
 * allomorph each group takes after a syllable with or without a final consonant (받침).
 *
 * <p>Source: Sohn, <i>The Korean Language</i> (Cambridge UP, 1999), the chapters on particles and
 * on allomorphy; Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i>
 * (Routledge, 2nd ed. 2019), on case particles, including the ㄹ exception of (으)로:
 * a stem ending in ㄹ takes 로 like a vowel (서울로, 연필로).
 */
public final class Particles {

    /** What a particle does; particles of different functions are not interchangeable (see {@link #equivalent}). */
    public enum Function {
        SUBJECT, OBJECT, TOPIC, CONJUNCTION, DIRECTION, COMITATIVE, DISJUNCTION, VOCATIVE, QUOTATIVE,
        LOCATION, ACTION_PLACE, DATIVE, HONORIFIC_DATIVE, HONORIFIC_SUBJECT, ALSO, ONLY, POSSESSIVE,
        UNTIL, FROM, COMPARATIVE, LIKE, COPULA, COMPOUND
    }

    /**
     * One particle form.
     *
     * @param form          as written (를)
     * @param function      its grammatical function
     * @param afterConsonant the form the function takes after a 받침 ({@code null} when the form does not alternate)
     * @param afterVowel    the form after a vowel (or after ㄹ for (으)로)
     */
    public record Particle(String form, Function function, String afterConsonant, String afterVowel) {

        /** Whether this particle alternates with the preceding syllable's 받침. */
        public boolean alternates() {
            return afterConsonant != null;
        }

        /** The form this particle's function takes after {@code stem}; its own form when it does not alternate. */
        public String formAfter(String stem) {
            if (!alternates() || stem.isEmpty()) {
                return form;
            }
            char last = stem.charAt(stem.length() - 1);
            if (!Hangul.isSyllable(last)) {
                // an acronym takes the particle of its last letter's name (ATM이, KTX가)
                java.util.OptionalInt named = LetterNames.lastSyllable(stem);
                if (named.isEmpty()) {
                    return form;
                }
                last = (char) named.getAsInt();
            }
            boolean consonant = Hangul.hasFinal(last)
                    && !(function == Function.DIRECTION && Hangul.hasRieulFinal(last));
            return consonant ? afterConsonant : afterVowel;
        }
    }

    private static final Map<String, Particle> BY_FORM = new HashMap<>();

    static {
        pair(Function.SUBJECT, "이", "가");
        pair(Function.OBJECT, "을", "를");
        pair(Function.TOPIC, "은", "는");
        pair(Function.CONJUNCTION, "과", "와");
        pair(Function.DIRECTION, "으로", "로");
        pair(Function.COMITATIVE, "이랑", "랑");
        pair(Function.DISJUNCTION, "이나", "나");
        pair(Function.QUOTATIVE, "이라고", "라고");
        pair(Function.COPULA, "이에요", "예요");
        pair(Function.COPULA, "이야", "야");
        pair(Function.COPULA, "이었어요", "였어요");
        pair(Function.COPULA, "이라서", "라서");
        // 에요 alone is the common misspelling of 예요 / 이에요 (표준국어대사전: 이에요 after a consonant, 예요 after a vowel)
        single(Function.COPULA, "에요", "이예요");
        single(Function.LOCATION, "에");
        single(Function.ACTION_PLACE, "에서");
        single(Function.DATIVE, "에게", "한테");
        single(Function.HONORIFIC_DATIVE, "께");
        single(Function.HONORIFIC_SUBJECT, "께서");
        single(Function.ALSO, "도");
        single(Function.ONLY, "만");
        single(Function.POSSESSIVE, "의");
        single(Function.CONJUNCTION, "하고");
        single(Function.UNTIL, "까지");
        single(Function.FROM, "부터", "에서부터");
        single(Function.COMPARATIVE, "보다");
        single(Function.LIKE, "처럼");
        single(Function.COMPOUND, "에는", "에서는", "에도", "에서도", "께서는", "한테는", "에게는", "으로는", "로는",
                "까지는", "부터는", "하고는", "만은");
    }

    private Particles() {
    }

    private static void pair(Function function, String afterConsonant, String afterVowel) {
        BY_FORM.put(afterConsonant, new Particle(afterConsonant, function, afterConsonant, afterVowel));
        BY_FORM.put(afterVowel, new Particle(afterVowel, function, afterConsonant, afterVowel));
    }

    private static void single(Function function, String... forms) {
        for (String form : forms) {
            BY_FORM.put(form, new Particle(form, function, null, null));
        }
    }

    /**
     * Whether a particle of one function may stand where the accepted answer has the other without
     * error: subject 이/가, 께서 and topic 은/는 (topic marking of a subject or object is a choice
     * of information structure, not an error: Sohn 1999, on topic and subject particles); 에게/한테; 하고/와/과/(이)랑.
     */
    public static boolean equivalent(Function learner, Function accepted) {
        if (learner == accepted) {
            return true;
        }
        if (learner == Function.TOPIC) {
            return accepted == Function.SUBJECT || accepted == Function.HONORIFIC_SUBJECT
                    || accepted == Function.OBJECT;
        }
        if (learner == Function.SUBJECT || learner == Function.HONORIFIC_SUBJECT) {
            return accepted == Function.SUBJECT || accepted == Function.HONORIFIC_SUBJECT
                    || accepted == Function.TOPIC;
        }
        return (learner == Function.CONJUNCTION || learner == Function.COMITATIVE)
                && (accepted == Function.CONJUNCTION || accepted == Function.COMITATIVE);
    }

    /** The particle written exactly as {@code form}, if it is one. */
    public static Optional<Particle> of(String form) {
        return Optional.ofNullable(BY_FORM.get(form));
    }

    /** Whether {@code form} is a known particle or copula ending. */
    public static boolean isParticle(String form) {
        return BY_FORM.containsKey(form);
    }

    /**
     * Splits two words that share a stem and differ only in their particles: 커피을 / 커피를 →
     * stem 커피, 을, 를. Tries the longest shared stem first, so 집에 / 집에서 splits as 집 + 에 / 에서.
     *
     * @return the split, or empty when the words differ elsewhere than in a final particle
     */
    public static Optional<Split> split(String answer, String expected) {
        int common = 0;
        int max = Math.min(answer.length(), expected.length());
        while (common < max && answer.charAt(common) == expected.charAt(common)) {
            common++;
        }
        for (int stem = common; stem >= 1; stem--) {
            String a = answer.substring(stem);
            String e = expected.substring(stem);
            if (a.equals(e)) {
                continue;
            }
            if ((a.isEmpty() || isParticle(a)) && (e.isEmpty() || isParticle(e))) {
                return Optional.of(new Split(answer.substring(0, stem), a, e));
            }
        }
        return Optional.empty();
    }

    /**
     * Two words split into a shared stem and their particles.
     *
     * @param stem     the shared part (커피)
     * @param answer   the learner's particle, {@code ""} when absent
     * @param expected the accepted particle, {@code ""} when absent
     */
    public record Split(String stem, String answer, String expected) {
    }

    /** All forms, for tests and documentation. */
    static List<String> forms() {
        return List.copyOf(BY_FORM.keySet());
    }
}
