package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.platform.SharedCache;
import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import com.koto.support.RequiresTool;
import com.koto.support.Tool;
import com.koto.support.WsClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The live loop over a real WebSocket: auth, resume, turns pushed in order, tutor audio downloadable. */
class WebSocketTurnTest extends IntegrationTest {

    @Autowired
    SharedCache cache;

    @RequiresTool({Tool.ESPEAK_NG, Tool.OPUSENC})
    @Test
    void learnerPlaysTurnsOverTheSocketAndHearsTheTutor() throws Exception {
        String token = api().newLearnerToken("id");
        Api learner = api().withToken(token);
        String session = learner.post("/api/v1/sessions", Map.of("lesson_id", learner.lessonId("cafe-ordering"))).json()
                .path("id").asString();

        try (WsClient ws = WsClient.connect(port, session, token)) {
            JsonNode first = ws.next("activity", 10);
            assertThat(first.path("activity").path("key").asString()).isEqualTo("greet-barista");
            assertThat(first.path("activity").has("accepted_answers")).isFalse();
            // the tutor's line: with the message when cached, else in a tutor_audio message right after
            assertAudio(TutorAudioMessages.audioUrl(ws, first, 15));

            ws.send(Map.of("type", "ping"));
            assertThat(ws.next("pong", 5).path("type").asString()).isEqualTo("pong");

            ws.send(Map.of("type", "user_input", "text", "안녕하새요", "client_event_id", "ws-1"));
            JsonNode evaluation = TutorAudioMessages.nextTurnMessage(ws, 10);
            assertThat(evaluation.path("type").asString()).isEqualTo("evaluation");
            assertThat(evaluation.path("client_event_id").asString()).isEqualTo("ws-1");
            assertThat(evaluation.path("evaluation").path("passed").asBoolean()).isFalse();
            assertThat(evaluation.path("evaluation").path("errors").get(0).path("category").asString())
                    .isEqualTo("spelling");
            JsonNode reply = TutorAudioMessages.nextTurnMessage(ws, 10);
            assertThat(reply.path("type").asString()).isEqualTo("tutor_response");
            if (reply.path("audio_url").isNull()) {
                // not cached yet: the text came at once, the audio follows
                JsonNode audio = ws.next("tutor_audio", 15);
                assertThat(audio.path("for").asString()).isEqualTo("tutor_response");
                assertThat(audio.path("client_event_id").asString()).isEqualTo("ws-1");
                assertThat(audio.path("text").asString()).isEqualTo(reply.path("text").asString());
                reply = audio;
            }
            assertThat(reply.path("duration_ms").asInt()).isGreaterThan(300);
            assertAudio(reply.path("audio_url").asString());

            ws.send(Map.of("type", "user_input", "text", "안녕하세요", "client_event_id", "ws-2"));
            assertThat(TutorAudioMessages.nextTurnMessage(ws, 10).path("evaluation").path("passed").asBoolean())
                    .isTrue();
            assertThat(TutorAudioMessages.nextTurnMessage(ws, 10).path("type").asString()).isEqualTo("tutor_response");
            JsonNode next = TutorAudioMessages.nextTurnMessage(ws, 10);
            assertThat(next.path("type").asString()).isEqualTo("activity");
            assertThat(next.path("activity").path("key").asString()).isEqualTo("ask-recommendation");

            ws.send("{not json");
            assertThat(ws.next("error", 5).path("code").asString()).isEqualTo("bad_message");
            ws.send(Map.of("type", "dance"));
            assertThat(ws.next("error", 5).path("code").asString()).isEqualTo("unknown_type");
            synchronized (ws.raw) {
                assertThat(ws.raw).allSatisfy(m -> assertThat(m.getBytes("UTF-8").length).isLessThan(1024));
            }
        }

        // a stale cached state (as Redis frozen during a turn would leave) is never served: PostgreSQL
        // is the source of a session's state (issue #10)
        cache.put("session-state:" + session, "{\"learner_id\":\"x\",\"session\":{\"current_activity\":"
                + "{\"key\":\"greet-barista\"}}}", java.time.Duration.ofMinutes(5));

        // reconnect (token in the first message this time): resumes at the current activity
        try (WsClient again = WsClient.connect(port, session, null)) {
            again.send(Map.of("type", "auth", "access_token", token));
            assertThat(again.next("activity", 10).path("activity").path("key").asString())
                    .isEqualTo("ask-recommendation");
        }

        // the socket turns are the same events as REST turns
        JsonNode events = learner.get("/api/v1/sessions/" + session).json().path("events");
        assertThat(events.findValuesAsString("client_event_id")).contains("ws-1", "ws-2");
    }

    @RequiresTool(Tool.ESPEAK_NG)
    @Test
    void voiceAnswerWithoutSpeechRecognitionSaysSoAndTextKeepsWorking() throws Exception {
        String token = api().newLearnerToken("id");
        Api learner = api().withToken(token);
        String session = learner.post("/api/v1/sessions", Map.of("lesson_id", learner.lessonId("cafe-ordering"))).json()
                .path("id").asString();
        try (WsClient ws = WsClient.connect(port, session, token)) {
            ws.next("activity", 10);
            String audioId = VoiceUploads.upload(port, token, session, VoiceAnswerTest.espeak("안녕하세요"))
                    .path("audio_id").asString();
            JsonNode error = ws.next("error", 10);
            assertThat(error.path("code").asString()).isEqualTo("stt_not_configured");
            assertThat(error.path("audio_id").asString()).isEqualTo(audioId);
            ws.send(Map.of("type", "audio_uploaded", "audio_id", audioId));
            JsonNode status = ws.next("audio_status", 5);
            assertThat(status.path("status").asString()).isEqualTo("failed");
            assertThat(status.path("error_code").asString()).isEqualTo("stt_not_configured");

            ws.send(Map.of("type", "user_input", "text", "안녕하세요", "client_event_id", "typed"));
            assertThat(ws.next("evaluation", 10).path("evaluation").path("passed").asBoolean()).isTrue();
        }
        JsonNode events = learner.get("/api/v1/sessions/" + session).json().path("events");
        assertThat(events.toString()).contains("audio_failed").contains("stt_not_configured");
    }

    @Test
    void anotherLearnerCannotJoinTheSocket() {
        Api owner = api().newLearner("en");
        String session = owner.post("/api/v1/sessions", Map.of("lesson_id", owner.lessonId("cafe-ordering"))).json()
                .path("id").asString();
        try (WsClient intruder = WsClient.connect(port, session, api().newLearnerToken("en"))) {
            assertThat(intruder.next("error", 5).path("code").asString()).isEqualTo("not_found");
            assertThat(intruder.closeCode(5)).isEqualTo(4404);
        }
        try (WsClient anonymous = WsClient.connect(port, session, "not-a-jwt")) {
            assertThat(anonymous.next("error", 5).path("code").asString()).isEqualTo("unauthorized");
            assertThat(anonymous.closeCode(5)).isEqualTo(4401);
        }
    }

    private void assertAudio(String url) throws Exception {
        String absolute = url.startsWith("http") ? url : "http://127.0.0.1:" + port + url;
        HttpResponse<byte[]> audio = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(absolute)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(audio.statusCode()).isEqualTo(200);
        assertThat(new String(audio.body(), 0, 4, "US-ASCII")).isEqualTo("OggS");
        assertThat(audio.headers().firstValue("Content-Type").orElse("")).isEqualTo("audio/ogg");
    }
}
