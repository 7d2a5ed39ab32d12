package com.koto.tutoring;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Multipart upload of a voice answer for the tests. */
final class VoiceUploads {

    private VoiceUploads() {
    }

    /** Uploads and returns the raw response. */
    static HttpResponse<String> send(int port, String token, String session, byte[] data, String type)
            throws IOException, InterruptedException {
        String boundary = "koto" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"answer\""
                + "\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + data.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(data, 0, body, head.length, data.length);
        System.arraycopy(tail, 0, body, head.length + data.length, tail.length);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/sessions/" + session + "/audio"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
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
