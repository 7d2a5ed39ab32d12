package com.koto.tutoring;

import java.io.IOException;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Multipart upload of a voice answer for the tests. */
final class VoiceUploads {

    private VoiceUploads() {
    }

    /** Uploads and returns the raw response. */
    static HttpResponse<String> send(int port, String token, String session, byte[] data, String type)
            throws IOException, InterruptedException {
        return com.koto.support.AudioUploads.send(port, token, session, data, type);
    }

    /** Uploads a WAV and returns the 202 body. @throws AssertionError unless 202 */
    static JsonNode upload(int port, String token, String session, byte[] wav) throws IOException, InterruptedException {
        HttpResponse<String> r = send(port, token, session, wav, "audio/wav");
        if (r.statusCode() != 202) {
            throw new AssertionError("upload refused: " + r.statusCode() + " " + r.body());
        }
        return JsonMapper.builder().build().readTree(r.body());
    }
}
