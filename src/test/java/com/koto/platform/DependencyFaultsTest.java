package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.FakeGemini;
import com.koto.support.IntegrationTest;
import com.koto.support.WsClient;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gemini answering 429, 503 or slowly, and the S3 store going away: typed answers keep working at
 * their usual speed; a voice answer gets an {@code error} message with a code on the socket (STT
 * failures) or a 503 problem at upload (store unreachable), never a hang or a 500.
 */
class DependencyFaultsTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final FakeGemini GEMINI = new FakeGemini();
    static S3Proxy s3;

    @DynamicPropertySource
    static void dependencies(DynamicPropertyRegistry registry) throws Exception {
        GEMINI.answering(body -> "{\"text\":\"안녕하세요\",\"confidence\":0.9}");
        GEMINI.speechProperties().forEach((k, v) -> registry.add(k, () -> v));
        registry.add("koto.speech.timeout", () -> "2s");
        s3 = S3Proxy.builder().blobStore(new TransientNio2BlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "koto-test", "koto-test-secret-key").build();
        s3.start();
        while (!"STARTED".equals(s3.getState())) {
            Thread.sleep(10);
        }
        registry.add("koto.storage.s3-endpoint", () -> "http://127.0.0.1:" + s3.getPort());
        registry.add("koto.storage.s3-access-key", () -> "koto-test");
        registry.add("koto.storage.s3-secret-key", () -> "koto-test-secret-key");
    }

    @AfterAll
    static void stop() throws Exception {
        GEMINI.close();
        if (!"STOPPED".equals(s3.getState())) {
            s3.stop();
        }
    }

    private static byte[] wav() {
        byte[] pcm = new byte[16_000]; // 0.5 s at 16 kHz
        ByteBuffer b = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46464952).putInt(36 + pcm.length).putInt(0x45564157);
        b.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) 1).putInt(16000)
                .putInt(32000).putShort((short) 2).putShort((short) 16);
        b.putInt(0x61746164).putInt(pcm.length).put(pcm);
        return b.array();
    }

    private RawHttp.Response upload(String token, String session) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--B\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"a.wav\"\r\n"
                + "Content-Type: audio/wav\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(wav());
        body.writeBytes("\r\n--B--\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return RawHttp.send(port, "POST /api/v1/sessions/" + session + "/audio HTTP/1.1",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "multipart/form-data; boundary=B"),
                body.toByteArray());
    }

    private void typedTurnIsUnaffected(Api learner, String session) {
        long started = System.nanoTime();
        Api.Response r = learner.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "user_input", "text", "네", "client_event_id", UUID.randomUUID().toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat((System.nanoTime() - started) / 1_000_000).as("typed turn time").isLessThan(3_000);
    }

    private void voiceAnswerFailsClearly(String token, Api learner, String session, WsClient ws) {
        RawHttp.Response accepted = upload(token, session);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String audioId = JSON.readTree(accepted.body()).path("audio_id").asString();
        JsonNode error = ws.next("error", 15);
        assertThat(error).as("an error message on the socket").isNotNull();
        assertThat(error.path("code").asString()).isNotBlank();
        assertThat(error.path("detail").asString()).isNotBlank();
        assertThat(error.path("audio_id").asString()).isEqualTo(audioId);
        typedTurnIsUnaffected(learner, session);
    }

    @Test
    void geminiFailuresLeaveTypedAnswersAloneAndVoiceAnswersGetAnError() throws Exception {
        String token = api().newLearnerToken("en");
        Api learner = api().withToken(token);
        String session = learner.startSession("cafe-ordering");
        try (WsClient ws = WsClient.connect(port, session, token)) {
            ws.next("activity", 10);
            GEMINI.status(429);
            voiceAnswerFailsClearly(token, learner, session, ws);
            GEMINI.status(503);
            voiceAnswerFailsClearly(token, learner, session, ws);
            GEMINI.status(200).delay(5_000); // slower than koto.speech.timeout (2 s)
            voiceAnswerFailsClearly(token, learner, session, ws);
        } finally {
            GEMINI.delay(0);
        }
    }

    @Test
    void unreachableObjectStoreRefusesUploadsWith503AndTypedAnswersContinue() throws Exception {
        String token = api().newLearnerToken("en");
        Api learner = api().withToken(token);
        String session = learner.startSession("cafe-ordering");
        s3.stop();
        RawHttp.Response refused = upload(token, session);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.headers()).containsKey("retry-after");
        assertThat(JSON.readTree(refused.body()).path("detail").asString()).contains("nothing was stored");
        typedTurnIsUnaffected(learner, session);
        assertThat(learner.get("/api/v1/sessions/" + session).status()).isEqualTo(200);
    }
}
