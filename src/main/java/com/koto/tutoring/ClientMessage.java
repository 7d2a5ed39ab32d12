package com.koto.tutoring;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every message a client may send on {@code /ws/sessions/{id}}: a JSON object whose {@code type}
 * names the record. Property names are snake_case.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ClientMessage.Auth.class, name = "auth"),
        @JsonSubTypes.Type(value = ClientMessage.UserInput.class, name = "user_input"),
        @JsonSubTypes.Type(value = ClientMessage.AudioUploaded.class, name = "audio_uploaded"),
        @JsonSubTypes.Type(value = ClientMessage.Ping.class, name = "ping")})
@Schema(name = "ClientMessage", description = "A message from the client on /ws/sessions/{id}; 'type' names it.")
public sealed interface ClientMessage permits ClientMessage.Auth, ClientMessage.UserInput,
        ClientMessage.AudioUploaded, ClientMessage.Ping {

    /** Letters, digits and {@code . _ : -}, 1–64 characters: the shape of a {@code client_event_id}. */
    String CLIENT_EVENT_ID_PATTERN = "[A-Za-z0-9._:-]{1,64}";

    /** Most characters a typed answer may have. */
    int MAX_TEXT = 500;

    /**
     * {@code auth}: the first message when the token is not in the URL ({@code ?access_token=}).
     *
     * @param accessToken the bearer JWT from {@code POST /api/v1/auth/token} or {@code /auth/refresh}
     */
    @Schema(name = "AuthMessage")
    record Auth(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String accessToken) implements ClientMessage {
    }

    /**
     * {@code user_input}: a typed answer; the same turn as {@code POST /api/v1/sessions/{id}/events}.
     *
     * @param text          the answer, ≤ 500 characters
     * @param clientEventId idempotency key: a repeat replays the first result; see {@link #CLIENT_EVENT_ID_PATTERN}
     */
    @Schema(name = "UserInputMessage")
    record UserInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MAX_TEXT) String text,
            @Schema(pattern = CLIENT_EVENT_ID_PATTERN) String clientEventId) implements ClientMessage {

        /** {@link #CLIENT_EVENT_ID_PATTERN}, compiled once. */
        private static final Pattern CLIENT_EVENT_ID = Pattern.compile(CLIENT_EVENT_ID_PATTERN);

        /** Whether the fields have the documented shape. */
        public boolean valid() {
            return text != null && text.length() <= MAX_TEXT
                    && (clientEventId == null || CLIENT_EVENT_ID.matcher(clientEventId).matches());
        }
    }

    /**
     * {@code audio_uploaded}: asks for the state of a voice answer; the server answers {@code audio_status}.
     *
     * @param audioId the {@code audio_id} returned by {@code POST /api/v1/sessions/{id}/audio}
     */
    @Schema(name = "AudioUploadedMessage")
    record AudioUploaded(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID audioId) implements ClientMessage {
    }

    /** {@code ping}: keeps the socket alive; the server answers {@code pong}. */
    @Schema(name = "PingMessage")
    record Ping() implements ClientMessage {
    }
}
