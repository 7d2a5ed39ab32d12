package com.koto.tutoring.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.koto.tutoring.TutorResponse;
import java.util.UUID;

/**
 * The payloads of the session-log entries that are not another record already (activities,
 * evaluations and tutor responses are stored as {@code LearnerActivity}, {@code Evaluation} and
 * {@link TutorResponse}). Serialised with the application's snake_case naming into
 * {@code session_events.payload} (jsonb): the stored JSON and the {@code payload} of
 * {@code GET /api/v1/sessions/{id}} have the same fields as when these were maps.
 */
public final class SessionEventPayloads {

    private SessionEventPayloads() {
    }

    /**
     * {@code session_started}.
     *
     * @param lessonVersion the published version number the session is pinned to
     * @param message       the tutor's opening line in the instruction language
     */
    public record SessionStarted(UUID lessonId, int lessonVersion, String message) {
    }

    /**
     * {@code user_input}: what the learner typed or said.
     *
     * @param audioId the voice answer it was transcribed from; absent (not {@code null}) for typed answers
     */
    public record UserInput(String text, @JsonInclude(JsonInclude.Include.NON_NULL) UUID audioId) {
    }

    /** {@code stage_complete}: the stage finished and the tutor's line about it. */
    public record StageComplete(String stageKey, String message) {
    }

    /** {@code session_complete}: the total score (0–100) and the closing line. */
    public record SessionComplete(int totalScore, String message) {
    }

    /** {@code session_ended}: the closing line of a session ended early. */
    public record SessionEnded(String message) {
    }

    /**
     * {@code audio_failed}.
     *
     * @param code   machine code, e.g. {@code stt_not_configured}
     * @param detail human-readable reason
     */
    public record AudioFailed(UUID audioId, String code, String detail) {
    }
}
