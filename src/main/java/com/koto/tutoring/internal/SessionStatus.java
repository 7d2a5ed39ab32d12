package com.koto.tutoring.internal;

import com.koto.platform.BadRequestException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A session's status ({@code active}, {@code completed}, {@code ended} on the wire and in {@code sessions.status}). */
public enum SessionStatus {
    /** Being played. */
    ACTIVE,
    /** The last activity was passed; the session has a total score. */
    COMPLETED,
    /** Ended early by the learner ({@code POST /sessions/{id}/end}). */
    ENDED;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in JSON, query parameters and {@code sessions.status}. */
    public String wireName() {
        return wireName;
    }

    /**
     * The status of a stored {@code sessions.status}.
     *
     * @throws IllegalStateException for a value this version does not know
     */
    public static SessionStatus fromWire(String stored) {
        for (SessionStatus s : values()) {
            if (s.wireName.equals(stored)) {
                return s;
            }
        }
        throw new IllegalStateException("Unknown session status '" + stored + "' in sessions");
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
