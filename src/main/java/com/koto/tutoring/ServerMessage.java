package com.koto.tutoring;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.koto.content.LearnerActivity;
import com.koto.evaluation.Evaluation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/**
 * Every message the server pushes on {@code /ws/sessions/{id}}: a JSON object whose {@code type}
 * names the record (Jackson writes it from {@link JsonTypeInfo}). The REST turn
 * ({@code POST /api/v1/sessions/{id}/events}) carries the same records: {@link TutorResponse},
 * {@link StageComplete}, {@link SessionComplete}, and the {@link Evaluation} and
 * {@link LearnerActivity} the socket messages wrap. Property names are snake_case on the wire.
 *
 * <p>Order after a turn: {@code evaluation}, {@code tutor_response}, then {@code stage_complete}
 * (when a stage ended) and {@code activity} (after a pass), or {@code session_complete} (after
 * the last pass). A voice answer is preceded by {@code transcript}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ServerMessage.ActivityMessage.class, name = "activity"),
        @JsonSubTypes.Type(value = ServerMessage.TranscriptMessage.class, name = "transcript"),
        @JsonSubTypes.Type(value = ServerMessage.EvaluationMessage.class, name = "evaluation"),
        @JsonSubTypes.Type(value = TutorResponse.class, name = "tutor_response"),
        @JsonSubTypes.Type(value = ServerMessage.StageComplete.class, name = "stage_complete"),
        @JsonSubTypes.Type(value = ServerMessage.SessionComplete.class, name = "session_complete"),
        @JsonSubTypes.Type(value = ServerMessage.AudioStatus.class, name = "audio_status"),
        @JsonSubTypes.Type(value = ServerMessage.ErrorMessage.class, name = "error"),
        @JsonSubTypes.Type(value = ServerMessage.Pong.class, name = "pong")})
@Schema(name = "ServerMessage", description = "A message from the server on /ws/sessions/{id}; 'type' names it.")
public sealed interface ServerMessage permits ServerMessage.ActivityMessage, ServerMessage.TranscriptMessage,
        ServerMessage.EvaluationMessage, TutorResponse, ServerMessage.StageComplete, ServerMessage.SessionComplete,
        ServerMessage.AudioStatus, ServerMessage.ErrorMessage, ServerMessage.Pong {

    /**
     * {@code activity}: the activity to answer now (on connect or reconnect, and after a pass).
     *
     * @param activity   the activity, as {@code next_activity} of a REST turn
     * @param audioUrl   the tutor line as audio (presigned, ≤ 15 min), {@code null} without TTS
     * @param durationMs that audio's length in ms, {@code null} without audio
     */
    @Schema(name = "ActivityMessage")
    record ActivityMessage(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LearnerActivity activity,
            String audioUrl, Integer durationMs) implements ServerMessage {

        public static ActivityMessage of(LearnerActivity activity, TurnResult.AudioRef audio) {
            return new ActivityMessage(activity, audio == null ? null : audio.url(),
                    audio == null ? null : audio.durationMs());
        }
    }

    /**
     * {@code transcript}: what speech recognition heard in a voice answer, before its evaluation.
     *
     * @param audioId    the upload ({@code POST /api/v1/sessions/{id}/audio})
     * @param text       the transcript (Korean)
     * @param confidence 0.0–1.0
     */
    @Schema(name = "TranscriptMessage")
    record TranscriptMessage(UUID audioId, String text, double confidence) implements ServerMessage {
    }

    /**
     * {@code evaluation}: the judgement of an answer.
     *
     * @param clientEventId the answer's idempotency key ({@code audio:<audio_id>} for voice answers)
     * @param evaluation    the same object as {@code evaluation} of a REST turn
     */
    @Schema(name = "EvaluationMessage")
    record EvaluationMessage(String clientEventId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Evaluation evaluation) implements ServerMessage {
    }

    /**
     * {@code stage_complete}: the learner finished a stage (sent before the next stage's first activity).
     *
     * @param stageKey   the finished stage's key
     * @param stageIndex its 0-based position
     * @param message    congratulation in the instruction language (language pack prompt {@code stage_complete})
     */
    @Schema(name = "StageComplete")
    record StageComplete(String stageKey, int stageIndex, String message) implements ServerMessage {
    }

    /**
     * {@code session_complete}: the session is over (last activity passed, or ended early).
     *
     * @param status     {@code completed} or {@code ended}
     * @param totalScore 0–100 when completed; {@code null} when ended early
     * @param message    closing message in the instruction language (prompt {@code lesson_complete} or
     *                   {@code session_ended})
     */
    @Schema(name = "SessionComplete")
    record SessionComplete(@Schema(allowableValues = {"completed", "ended"}) String status, Integer totalScore,
            String message) implements ServerMessage {
    }

    /**
     * {@code audio_status}: the answer to the client's {@code audio_uploaded}.
     *
     * @param audioId    the upload
     * @param status     {@code processing}, {@code done}, {@code failed} or {@code not_found}
     * @param transcript the transcript once done
     * @param errorCode  why it failed, e.g. {@code stt_not_configured}
     */
    @Schema(name = "AudioStatusMessage")
    record AudioStatus(UUID audioId,
            @Schema(allowableValues = {"processing", "done", "failed", "not_found"}) String status,
            String transcript, String errorCode) implements ServerMessage {
    }

    /**
     * {@code error}: a message could not be handled, or a voice answer failed.
     *
     * @param code    machine code: {@code bad_message}, {@code unknown_type}, {@code unauthorized},
     *                {@code not_found}, {@code session_not_active}, {@code rate_limited}, {@code internal},
     *                or a speech code ({@code stt_not_configured}, {@code stt_failed}, …)
     * @param detail  a sentence for people
     * @param audioId the voice answer concerned, else {@code null}
     */
    @Schema(name = "ErrorMessage")
    record ErrorMessage(String code, String detail, UUID audioId) implements ServerMessage {

        public ErrorMessage(String code, String detail) {
            this(code, detail, null);
        }
    }

    /** {@code pong}: the answer to {@code ping}. */
    @Schema(name = "PongMessage")
    record Pong() implements ServerMessage {
    }
}
