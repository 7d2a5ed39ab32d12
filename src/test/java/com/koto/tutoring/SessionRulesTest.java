package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Session ownership, state and input validation over HTTP: every error is problem+json. */
class SessionRulesTest extends IntegrationTest {

    private String startSession(Api learner) {
        Api.Response r = learner.post("/api/v1/sessions", Map.of("lesson_id", learner.lessonId("airport-checkin")));
        assertThat(r.status()).isEqualTo(201);
        return r.json().path("id").asString();
    }

    @Test
    void learnerCannotReadAnotherLearnersSession() {
        Api owner = api().newLearner("id");
        Api other = api().newLearner("id");
        String session = startSession(owner);
        Api.Response peek = other.get("/api/v1/sessions/" + session);
        assertThat(peek.status()).isEqualTo(404);
        assertThat(peek.contentType()).startsWith("application/problem+json");
        Api.Response answer = other.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "user_input", "text", "안녕하세요"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(other.post("/api/v1/sessions/" + session + "/end", "{}").status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/sessions/" + session).status()).isEqualTo(200);
    }

    @Test
    void answeringInAnEndedSessionIsAConflictAndEndIsIdempotent() {
        Api learner = api().newLearner("en");
        String session = startSession(learner);
        Api.Response ended = learner.post("/api/v1/sessions/" + session + "/end", "{}");
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().path("status").asString()).isEqualTo("ended");
        assertThat(ended.json().path("current_activity").isNull()).isTrue();
        assertThat(learner.post("/api/v1/sessions/" + session + "/end", "{}").json().path("status").asString())
                .isEqualTo("ended");

        Api.Response late = learner.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "user_input", "text", "안녕하세요", "client_event_id", "late-1"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.json().path("detail").asString()).contains("ended");
        JsonNode events = learner.get("/api/v1/sessions/" + session).json().path("events");
        assertThat(events.get(events.size() - 1).path("type").asString()).isEqualTo("session_ended");
    }

    @Test
    void unknownIdsAreNotFound() {
        Api learner = api().newLearner("en");
        assertThat(learner.get("/api/v1/sessions/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(learner.get("/api/v1/lessons/" + UUID.randomUUID()).status()).isEqualTo(404);
        Api.Response start = learner.post("/api/v1/sessions", Map.of("lesson_id", UUID.randomUUID().toString()));
        assertThat(start.status()).isEqualTo(404);
        assertThat(start.json().path("detail").asString()).contains("no published lesson");
        Api.Response badId = learner.get("/api/v1/sessions/not-a-uuid");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.contentType()).startsWith("application/problem+json");
    }

    @Test
    void malformedOrInvalidInputIsABadRequestWithoutStackTrace() {
        Api learner = api().newLearner("en");
        String session = startSession(learner);
        Api.Response malformed = learner.post("/api/v1/sessions/" + session + "/events", "{\"type\": \"user_input\", ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at com.");

        Api.Response missingText = learner.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "user_input"));
        assertThat(missingText.status()).isEqualTo(400);
        assertThat(missingText.json().path("detail").asString()).contains("text");

        Api.Response wrongType = learner.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "dance", "text", "네"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("detail").asString()).contains("dance");

        Api.Response noLesson = learner.post("/api/v1/sessions", Map.of());
        assertThat(noLesson.status()).isEqualTo(400);
        assertThat(noLesson.json().path("detail").asString()).contains("lesson_id");
    }

    @Test
    void teacherImportOfABrokenLessonListsEveryProblem() {
        Api admin = api().withToken(api().login("admin", ADMIN_PASSWORD));
        Api.Response r = admin.post("/api/v1/lessons", "{\"format\": \"koto.lesson/v1\", \"slug\": \"Bad Slug\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("errors").size()).isGreaterThan(1);
    }

    @Test
    void sessionStaysPinnedToTheVersionItStartedOn() {
        Api admin = api().withToken(api().login("admin", ADMIN_PASSWORD));
        Api learner = api().newLearner("en");
        String lessonId = learner.lessonId("airport-checkin");
        String session = startSession(learner);
        int pinned = learner.get("/api/v1/sessions/" + session).json().path("lesson_version").asInt();
        Api.Response published = admin.post("/api/v1/lessons/" + lessonId + "/publish",
                Map.of("change_note", "re-publish to test pinning"));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().path("version").asInt()).isEqualTo(pinned + 1);
        assertThat(learner.get("/api/v1/sessions/" + session).json().path("lesson_version").asInt()).isEqualTo(pinned);
        String fresh = startSession(learner);
        assertThat(learner.get("/api/v1/sessions/" + fresh).json().path("lesson_version").asInt())
                .isEqualTo(pinned + 1);
    }
}
