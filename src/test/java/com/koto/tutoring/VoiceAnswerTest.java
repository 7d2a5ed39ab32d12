package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.FakeGemini;
import com.koto.support.IntegrationTest;
import com.koto.support.RequiresTool;
import com.koto.support.Tool;
import com.koto.support.WsClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Voice answers end to end: a WAV synthesized by espeak-ng is uploaded, the real google-genai SDK
 * sends it to a local fake Gemini (STT), and the socket receives transcript → evaluation →
 * tutor_response with a downloadable audio URL. Plus the upload's refusals and ownership rules.
 */
@RequiresTool(Tool.ESPEAK_NG)
class VoiceAnswerTest extends IntegrationTest {

    @RegisterExtension
    static final FakeGemini GEMINI = new FakeGemini();
    /** What the fake recognizer "hears". */
    static volatile String heard = "안녕하세요";

    @DynamicPropertySource
    static void speech(DynamicPropertyRegistry registry) {
        GEMINI.answering(body -> "{\"text\":\"" + heard + "\",\"confidence\":0.93}");
        GEMINI.addSpeechProperties(registry);
    }

    @Test
    void spokenAnswerIsTranscribedEvaluatedAndAnsweredOverTheSocket() throws Exception {
        String token = api().newLearnerToken("id");
        Api learner = api().withToken(token);
        String session = learner.startSession("cafe-ordering");
        byte[] wav = espeak("안녕하세요");
        try (WsClient ws = WsClient.connect(port, session, token)) {
            ws.next("activity", 10);
            heard = "안녕하세요";
            Api.Response upload = upload(token, session, wav, "answer.wav", "application/octet-stream");
            assertThat(upload.status()).as(upload.body()).isEqualTo(202);
            String audioId = upload.json().path("audio_id").asString();
            assertThat(upload.json().path("status").asString()).isEqualTo("processing");
            ws.send(Map.of("type", "audio_uploaded", "audio_id", audioId));

            JsonNode transcript = ws.next("transcript", 15);
            assertThat(transcript.path("text").asString()).isEqualTo("안녕하세요");
            assertThat(transcript.path("audio_id").asString()).isEqualTo(audioId);
            JsonNode evaluation = ws.next("evaluation", 15);
            assertThat(evaluation.path("evaluation").path("passed").asBoolean()).isTrue();
            assertThat(evaluation.path("client_event_id").asString()).isEqualTo("audio:" + audioId);
            JsonNode reply = ws.next("tutor_response", 15);
            JsonNode activity = ws.next("activity", 10).path("activity");
            String replyAudio = TutorAudioMessages.audioUrl(ws, reply, 15);
            assertThat(download(replyAudio).statusCode()).isEqualTo(200);

            // the SDK really sent our audio as inline data with a transcription prompt
            String request = GEMINI.received().getLast().raw();
            assertThat(request).contains("\"inlineData\"").contains("audio/wav").contains("Transcribe");

            // the learner can fetch their own recording; another learner cannot
            Api.Response own = learner.get("/api/v1/audio/" + audioId);
            assertThat(own.status()).isEqualTo(302);
            Api.Response other = api().newLearner("id").get("/api/v1/audio/" + audioId);
            assertThat(other.status()).isEqualTo(404);
            JsonNode events = learner.get("/api/v1/sessions/" + session).json().path("events");
            assertThat(events.toString()).contains(audioId);

            // the rest of the lesson, spoken or typed, to the end
            JsonNode key = CafeAnswerKey.read();
            int turn = 0;
            int stagesCompleted = 0;
            while (true) {
                String answer = CafeAnswerKey.modelAnswer(key, activity.path("key").asString());
                if (turn++ % 2 == 0) {
                    heard = answer;
                    VoiceUploads.upload(port, token, session, espeak(answer));
                    assertThat(ws.next("transcript", 15).path("text").asString()).isEqualTo(answer);
                } else {
                    ws.send(Map.of("type", "user_input", "text", answer, "client_event_id", "t" + turn));
                }
                assertThat(ws.next("evaluation", 15).path("evaluation").path("passed").asBoolean()).isTrue();
                ws.next("tutor_response", 15);
                JsonNode next = TutorAudioMessages.nextTurnMessage(ws, 15);
                if ("stage_complete".equals(next.path("type").asString())) {
                    // a stage ended: its message comes before the next stage's first activity
                    stagesCompleted++;
                    assertThat(next.path("message").asString()).isNotBlank();
                    next = TutorAudioMessages.nextTurnMessage(ws, 15);
                    assertThat(next.path("type").asString()).isEqualTo("activity");
                }
                if ("session_complete".equals(next.path("type").asString())) {
                    assertThat(stagesCompleted).as("every stage but the last announces its end").isGreaterThan(0);
                    assertThat(next.path("total_score").asInt()).isEqualTo(100);
                    assertThat(next.path("message").asString()).contains("100");
                    break;
                }
                activity = next.path("activity");
            }
        }
    }

    @Test
    void uploadsAreCheckedByContentSizeAndDurationAndNothingIsStoredWhenRefused() throws Exception {
        String token = api().newLearnerToken("en");
        String session = api().withToken(token).startSession("cafe-ordering");

        Api.Response fake = upload(token, session, "this is not audio at all".getBytes(StandardCharsets.UTF_8),
                "fake.wav", "audio/wav");
        assertThat(fake.status()).isEqualTo(415);
        assertThat(fake.contentType()).startsWith("application/problem+json");

        byte[] longWav = espeak("안녕하세요 ".repeat(70)); // ≈ 40 s of speech (espeak-ng ≈ 0.57 s each)
        Api.Response tooLong = upload(token, session, longWav, "long.wav", "audio/wav");
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.json().path("detail").asString()).contains("limit");

        byte[] huge = new byte[11 * 1024 * 1024];
        System.arraycopy(espeak("네"), 0, huge, 0, 1000);
        Api.Response tooBig = upload(token, session, huge, "huge.wav", "audio/wav");
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");
        assertThat(tooBig.json().path("detail").asString()).contains("nothing was stored");

        Api.Response otherSession = upload(token, UUID.randomUUID().toString(), espeak("네"), "a.wav", "audio/wav");
        assertThat(otherSession.status()).isEqualTo(404);
        JsonNode events = api().withToken(token).get("/api/v1/sessions/" + session).json().path("events");
        assertThat(events.toString()).doesNotContain("audio_id");
    }

    static byte[] espeak(String text) throws IOException, InterruptedException {
        Path out = Files.createTempFile("koto-voice", ".wav");
        Process p = new ProcessBuilder("espeak-ng", "-v", "ko", "-w", out.toString(), text).start();
        assertThat(p.waitFor()).isZero();
        byte[] wav = Files.readAllBytes(out);
        Files.delete(out);
        return wav;
    }

    private Api.Response upload(String token, String session, byte[] data, String filename, String type)
            throws IOException, InterruptedException {
        HttpResponse<String> r = VoiceUploads.send(port, token, session, data, type);
        return new Api.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
        String absolute = url.startsWith("http") ? url : "http://127.0.0.1:" + port + url;
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(absolute)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
