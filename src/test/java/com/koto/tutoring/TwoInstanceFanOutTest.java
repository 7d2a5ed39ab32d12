package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.KotoApplication;
import com.koto.support.Api;
import com.koto.support.FakeGemini;
import com.koto.support.IntegrationTest;
import com.koto.support.RequiresTool;
import com.koto.support.TestDatabase;
import com.koto.support.TestRedis;
import com.koto.support.Tool;
import com.koto.support.WsClient;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Scale-out: two app instances in one JVM share PostgreSQL and a real Redis ({@link TestRedis}).
 * A voice answer uploaded to instance A (and a typed one sent to A) reaches the learner's socket
 * connected to instance B through Redis pub/sub.
 */
@RequiresTool(Tool.ESPEAK_NG)
class TwoInstanceFanOutTest extends IntegrationTest {

    static final FakeGemini GEMINI = new FakeGemini().answering(body -> "{\"text\":\"안녕하세요\",\"confidence\":0.9}");
    static final String JWT_SECRET = "two-instance-test-secret-0123456789abcdef";
    static ConfigurableApplicationContext instanceB;

    static Map<String, Object> shared() {
        Map<String, Object> p = new HashMap<>();
        p.put("spring.data.redis.host", TestRedis.host());
        p.put("spring.data.redis.port", String.valueOf(TestRedis.port()));
        p.put("koto.identity.jwt-secret", JWT_SECRET);
        p.putAll(GEMINI.speechProperties());
        return p;
    }

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        shared().forEach((k, v) -> registry.add(k, () -> v));
    }

    @BeforeAll
    static void startInstanceB() {
        Map<String, Object> p = shared();
        p.put("server.port", "0");
        p.put("spring.datasource.url", TestDatabase.url());
        p.put("spring.datasource.username", TestDatabase.USER);
        p.put("koto.data-dir", "target/test-data/instance-b");
        p.put("koto.identity.bootstrap-admin-password", ADMIN_PASSWORD);
        p.put("koto.rate-limit.enabled", "false");
        // command-line arguments: they outrank application.yml (builder "properties" would not)
        instanceB = new SpringApplicationBuilder(KotoApplication.class)
                .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (instanceB != null) {
            instanceB.close();
        }
        GEMINI.close();
    }

    @Test
    void turnFinishedOnInstanceAReachesTheSocketOnInstanceB() throws Exception {
        int portB = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
        assertThat(portB).isNotEqualTo(port);
        String token = api().newLearnerToken("id");
        Api onA = api().withToken(token);
        String lesson = onA.lessonId("cafe-ordering");
        String session = onA.post("/api/v1/sessions", Map.of("lesson_id", lesson)).json().path("id").asString();

        try (WsClient onB = WsClient.connect(portB, session, token)) {
            onB.next("activity", 10);

            // typed on A
            onA.post("/api/v1/sessions/" + session + "/events",
                    Map.of("type", "user_input", "text", "안녕", "client_event_id", "a-1"));
            JsonNode evaluation = onB.next("evaluation", 10);
            assertThat(evaluation.path("client_event_id").asString()).isEqualTo("a-1");
            assertThat(onB.next("tutor_response", 10).path("text").asString()).isNotBlank();

            // spoken on A: transcript → evaluation → tutor_response on B
            byte[] wav = VoiceAnswerTest.espeak("안녕하세요");
            String audioId = VoiceUploads.upload(port, token, session, wav).path("audio_id").asString();
            assertThat(onB.next("transcript", 15).path("audio_id").asString()).isEqualTo(audioId);
            JsonNode spoken = onB.next("evaluation", 15);
            assertThat(spoken.path("client_event_id").asString()).isEqualTo("audio:" + audioId);
            assertThat(spoken.path("evaluation").path("passed").asBoolean()).isTrue();
            assertThat(onB.next("tutor_response", 15).path("type").asString()).isEqualTo("tutor_response");
            assertThat(onB.next("activity", 15).path("activity").path("key").asString()).isEqualTo("ask-recommendation");
        }
    }
}
