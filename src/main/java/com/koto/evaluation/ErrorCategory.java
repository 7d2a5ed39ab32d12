package com.koto.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The error categories of DESIGN.md; serialised in snake_case ({@code particle_missing}). */
public enum ErrorCategory {
    PARTICLE_MISSING, PARTICLE_ALLOMORPH, PARTICLE_WRONG, HONORIFIC, ENDING, TENSE,
    SPELLING, SPACING, WORD_ORDER, VOCABULARY, INCOMPLETE;

    /** Wire name, e.g. {@code particle_missing}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a wire name.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static ErrorCategory fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
