package com.koto.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A learner's voice answer sent as the API expects it: {@code POST /api/v1/sessions/{id}/audio}, multipart part "audio". */
public final class AudioUploads {

    private AudioUploads() {
    }

    /**
     * Uploads {@code data} with the part's {@code Content-Type} {@code type} and returns the raw response (202 with
     * {@code audio_id} when accepted; a problem otherwise).
     */
    public static HttpResponse<String> send(int port, String token, String session, byte[] data, String type)
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
}
