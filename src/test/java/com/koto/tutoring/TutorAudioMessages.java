package com.koto.tutoring;

import com.koto.support.WsClient;
import tools.jackson.databind.JsonNode;

/**
 * Reading the socket now that tutor speech is never synthesized inside a turn: a line not yet in
 * the TTS cache goes out with {@code audio_url: null} and its audio follows in a
 * {@code tutor_audio} message, which may arrive between any two turn messages.
 */
final class TutorAudioMessages {

    private TutorAudioMessages() {
    }

    /** The next message that is not a {@code tutor_audio}. */
    static JsonNode nextTurnMessage(WsClient ws, int seconds) {
        while (true) {
            JsonNode m = ws.next(seconds);
            if (!"tutor_audio".equals(m.path("type").asString())) {
                return m;
            }
        }
    }

    /**
     * The audio URL of a {@code tutor_response} or {@code activity} message: its own when the line
     * was cached, else the one of the {@code tutor_audio} message that follows for it.
     */
    static String audioUrl(WsClient ws, JsonNode message, int seconds) {
        String own = message.path("audio_url").asString(null);
        if (own != null) {
            return own;
        }
        String forType = message.path("type").asString();
        while (true) {
            JsonNode audio = ws.next("tutor_audio", seconds);
            if (forType.equals(audio.path("for").asString())) {
                return audio.path("audio_url").asString();
            }
        }
    }

    /** The duration of a message's audio, as {@link #audioUrl} finds it. */
    static int durationMs(WsClient ws, JsonNode message, int seconds) {
        if (!message.path("duration_ms").isNull() && message.has("duration_ms")) {
            return message.path("duration_ms").asInt();
        }
        String forType = message.path("type").asString();
        while (true) {
            JsonNode audio = ws.next("tutor_audio", seconds);
            if (forType.equals(audio.path("for").asString())) {
                return audio.path("duration_ms").asInt();
            }
        }
    }
}
