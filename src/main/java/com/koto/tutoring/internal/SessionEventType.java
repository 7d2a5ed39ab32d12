package com.koto.tutoring.internal;

import com.koto.tutoring.TutorResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The type of a session-log entry ({@code session_events.type}, stored as its {@link #wireName()};
 * the same lower-case name is the {@code type} of an event in {@code GET /api/v1/sessions/{id}}).
 */
public enum SessionEventType {
    /** The session began: {@link SessionEventPayloads.SessionStarted}. */
    SESSION_STARTED,
    /** The activity to answer now: a {@code LearnerActivity}. */
    ACTIVITY,
    /** The learner's answer: {@link SessionEventPayloads.UserInput}, with the turn's result kept for replays. */
    USER_INPUT,
    /** The judgement of the answer: an {@code Evaluation}. */
    EVALUATION,
    /** What the tutor said back: a {@link TutorResponse}. */
    TUTOR_RESPONSE,
    /** A stage was finished: {@link SessionEventPayloads.StageComplete}. */
    STAGE_COMPLETE,
    /** The lesson was finished: {@link SessionEventPayloads.SessionComplete}. */
    SESSION_COMPLETE,
    /** The learner ended the session early: {@link SessionEventPayloads.SessionEnded}. */
    SESSION_ENDED,
    /** A voice answer could not become a turn: {@link SessionEventPayloads.AudioFailed}. */
    AUDIO_FAILED;

    private static final Map<String, SessionEventType> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(SessionEventType::wireName, Function.identity()));

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** The stored and JSON name, e.g. {@code user_input}. */
    public String wireName() {
        return wireName;
    }

    /**
     * The type of a stored name.
     *
     * @throws IllegalStateException for a name this version does not know (a log written by a newer
     *                               version of the application)
     */
    static SessionEventType fromWire(String name) {
        SessionEventType type = BY_WIRE_NAME.get(name);
        if (type == null) {
            throw new IllegalStateException("Unknown session event type '" + name + "' in session_events");
        }
        return type;
    }
}
