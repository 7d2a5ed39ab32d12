package com.koto.content;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;
import java.util.Arrays;

/**
 * Where a lesson is in its life, stored in {@code lessons.status} as {@link #code()}: a
 * {@code draft} was never published, a {@code published} lesson can be started by learners, an
 * {@code archived} one no longer (running sessions finish on their version).
 */
public enum LessonStatus {
    DRAFT("draft"),
    PUBLISHED("published"),
    ARCHIVED("archived");

    @EnumeratedValue
    private final String code;

    LessonStatus(String code) {
        this.code = code;
    }

    /** The stored and wire name. */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The status with this code.
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public static LessonStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown lesson status '" + code + "'"));
    }
}
