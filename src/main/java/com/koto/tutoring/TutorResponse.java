package com.koto.tutoring;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the tutor says after a turn: {@code tutor_response} of a REST turn and the socket message of
 * that name (one record for both).
 *
 * @param text          Korean line (the NPC's reply after a pass, an invitation to retry after a miss)
 * @param translation   the translation of {@code text} into the learner's instruction language (never a hint)
 * @param hint          after a miss: the activity's hint in the instruction language; otherwise {@code null}
 * @param audioUrl      synthesized audio of {@code text}; {@code null} until speech is configured
 * @param durationMs    length of that audio in ms; {@code null} without audio
 * @param clientEventId the answer's idempotency key ({@code audio:<audio_id>} for voice answers)
 */
@Schema(name = "TutorResponse")
// turn results stored before the protocol records (replayed on a repeated client_event_id) have no "type"
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type",
        defaultImpl = TutorResponse.class)
public record TutorResponse(String text, String translation, String hint, String audioUrl, Integer durationMs,
        String clientEventId) implements ServerMessage {

    /** A response not yet tied to a client event id. */
    public TutorResponse(String text, String translation, String hint, String audioUrl, Integer durationMs) {
        this(text, translation, hint, audioUrl, durationMs, null);
    }

    /** This response with its audio and the answer it replies to. */
    public TutorResponse voiced(String url, Integer ms, String eventId) {
        return new TutorResponse(text, translation, hint, url, ms, eventId);
    }
}
