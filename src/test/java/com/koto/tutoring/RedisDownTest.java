package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import com.koto.support.WsClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Redis configured but unreachable (a closed loopback port): the app starts, turns over REST and
 * WebSocket still work (in-process fan-out, cache and rate limits take over) and every event is
 * recorded.
 */
class RedisDownTest extends IntegrationTest {

    @DynamicPropertySource
    static void deadRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", () -> "1");
    }

    @Test
    void turnsStillWorkAndNothingIsLostWhenRedisIsDown() {
        String token = api().newLearnerToken("en");
        Api learner = api().withToken(token);
        String lesson = learner.lessonId("cafe-ordering");
        String session = learner.post("/api/v1/sessions", Map.of("lesson_id", lesson)).json().path("id").asString();
        try (WsClient ws = WsClient.connect(port, session, token)) {
            ws.next("activity", 10);
            Api.Response rest = learner.post("/api/v1/sessions/" + session + "/events",
                    Map.of("type", "user_input", "text", "안녕하세요", "client_event_id", "down-1"));
            assertThat(rest.status()).as(rest.body()).isEqualTo(200);
            assertThat(rest.json().path("evaluation").path("passed").asBoolean()).isTrue();
            assertThat(ws.next("evaluation", 10).path("client_event_id").asString()).isEqualTo("down-1");

            ws.send(Map.of("type", "user_input", "text", "추천해 주세요", "client_event_id", "down-2"));
            assertThat(ws.next("evaluation", 10).path("client_event_id").asString()).isEqualTo("down-2");
        }
        JsonNode events = learner.get("/api/v1/sessions/" + session).json().path("events");
        assertThat(events.findValuesAsString("client_event_id")).contains("down-1", "down-2");
    }
}
