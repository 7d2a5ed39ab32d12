package com.koto.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Korean speech level an activity expects (Sohn, <i>The Korean Language</i>, 1999, ch. 9):
 * {@code polite} = 해요체, {@code formal} = 합쇼체 (deferential), {@code casual} = 해체 (반말).
 */
public enum Register {
    POLITE, FORMAL, CASUAL;

    /** Wire name, lower case. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a wire name; {@code null} or blank gives {@link #POLITE}.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    @JsonCreator
    public static Register fromWire(String value) {
        if (value == null || value.isBlank()) {
            return POLITE;
        }
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
