package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;

/**
 * One located difference, before it is explained in the learner's language.
 *
 * @param category   its category
 * @param original   the learner's span ({@code ""} for a missing element)
 * @param correction the accepted span
 * @param subtype    the finer kind ({@code particle_allomorph/object}, {@code counter/native_number}, …),
 *                   {@code null} when the check that found it names none (a default is derived in
 *                   {@link Subtypes#of})
 */
record Finding(ErrorCategory category, String original, String correction, String subtype) {

    Finding(ErrorCategory category, String original, String correction) {
        this(category, original, correction, null);
    }

    /**
     * Subtype of a note that does not fail the answer: a 해요체 sentence end in a formal (합쇼체)
     * activity. 해요체 is polite and correct Korean to a stranger; the precision-first policy
     * accepts 해요체 and 합니다체 alike, so the learner is told the formal form without being failed
     * (Sohn 1999, ch. 9: 해요체 is the polite level used with strangers in most service settings;
     * 국립국어원 『표준 언어 예절』 2011: 해요체 and 하십시오체 are both 높임 levels for a listener one
     * does not know).
     */
    static final String FORMAL_LEVEL = "honorific/formal_level";

    /** Whether this finding is a note that leaves the answer passed: spacing, or {@link #FORMAL_LEVEL}. */
    boolean note() {
        return category == ErrorCategory.SPACING || FORMAL_LEVEL.equals(subtype);
    }

    /** The same finding with a subtype. */
    Finding as(String newSubtype) {
        return new Finding(category, original, correction, newSubtype);
    }

    /**
     * How much this finding weighs when choosing which accepted answer the learner meant: a
     * grammar explanation (1) is preferred over a misspelling (1.5) and over a different word or
     * a missing element (2.5); a spacing note costs almost nothing.
     */
    double cost() {
        return switch (category) {
            case SPACING -> 0.1;
            case SPELLING -> 1.5;
            case WORD_ORDER -> 2;
            case VOCABULARY, INCOMPLETE -> 2.5;
            default -> 1;
        };
    }
}
