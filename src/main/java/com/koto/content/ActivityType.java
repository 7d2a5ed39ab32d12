package com.koto.content;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The kinds of activity a lesson can hold, written in lesson files (and the draft's JSON) as
 * {@link #code()}: {@code dialogue}, {@code choice}, {@code repeat}, {@code fill_blank}, {@code ordering}.
 * Declared in the order the console offers them.
 */
public enum ActivityType {
    /** The learner answers the tutor freely; accepted answers and optional regex patterns. */
    DIALOGUE("dialogue"),
    /** The learner picks one of several options, exactly one correct. */
    CHOICE("choice"),
    /** The learner says one Korean line back. */
    REPEAT("repeat"),
    /** The learner fills the one {@link ActivityDocument#BLANK} of a sentence. */
    FILL_BLANK("fill_blank"),
    /** The learner puts word tiles in order. */
    ORDERING("ordering");

    private final String code;

    ActivityType(String code) {
        this.code = code;
    }

    /** The name in lesson files and on the wire. */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The type with this code.
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public static ActivityType of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown activity type '" + code + "'"));
    }

    /** Whether accepted answers of this type may also be given as regex patterns (not choice, not ordering). */
    public boolean takesPatterns() {
        return this != CHOICE && this != ORDERING;
    }
}
