package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Bucket4j limits: turns per learner and logins per IP answer 429 problem+json with Retry-After. */
@TestPropertySource(properties = {"koto.rate-limit.turns-per-minute=3", "koto.rate-limit.logins-per-minute=4"})
// the login test drains this IP's login bucket: it runs last
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitTest extends IntegrationTest {

    @Test
    @Order(1)
    void fourthTurnInAMinuteIsRateLimitedForThatLearnerOnly() throws Exception {
        Api learner = api().newLearner("en");
        String lesson = null;
        for (JsonNode l : learner.get("/api/v1/lessons").json()) {
            lesson = l.path("id").asString();
        }
        String session = learner.post("/api/v1/sessions", Map.of("lesson_id", lesson)).json().path("id").asString();
        for (int i = 0; i < 3; i++) {
            assertThat(learner.post("/api/v1/sessions/" + session + "/events",
                    Map.of("type", "user_input", "text", "음", "client_event_id", "r" + i)).status()).isEqualTo(200);
        }
        HttpResponse<String> limited = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/sessions/" + session + "/events"))
                .header("Authorization", "Bearer " + learner.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"user_input\",\"text\":\"음\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        // nothing was recorded for the refused input
        assertThat(learner.get("/api/v1/sessions/" + session).json().path("events").toString()).doesNotContain("\"r3\"");
    }

    @Test
    @Order(2)
    void loginsPerIpAreLimited() {
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            Api.Response r = api().post("/api/v1/auth/token", Map.of("username", "nobody", "password", "whatever-1"));
            if (r.status() == 429) {
                refused++;
                assertThat(r.json().path("retry_after").asLong()).isPositive();
            } else {
                assertThat(r.status()).isEqualTo(401);
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(2);
    }
}
