package com.koto.tutoring;

import com.koto.platform.BadRequestException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A session's status on the wire ({@code active}, {@code completed}, {@code ended}). */
public enum SessionStatus {
    /** Being played. */
    ACTIVE,
    /** The last activity was passed; the session has a total score. */
    COMPLETED,
    /** Ended early by the learner ({@code POST /sessions/{id}/end}). */
    ENDED;

    /** The lower-case name used in JSON and query parameters. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a query parameter.
     *
     * @throws BadRequestException (a 400 problem) naming the valid values
     */
    public static SessionStatus parse(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst()
                .orElseThrow(() -> new BadRequestException("Unknown session status '" + value + "'; use one of "
                        + Arrays.stream(values()).map(SessionStatus::wireName).collect(Collectors.joining(", ")) + "."));
    }
}
