package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The learner's session list ({@code GET /api/v1/sessions}) and what a REST turn carries: stage and
 * lesson completion, and a tutor translation that translates the tutor's line (the hint stays in
 * {@code hint}).
 */
class LearnerSessionsApiTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void learnerListsOwnSessionsNewestFirstPagedAndByStatus() {
        Api learner = api().newLearner("id");
        Api other = api().newLearner("id");
        other.startSession("cafe-ordering");
        String first = learner.startSession("cafe-ordering");
        String second = learner.startSession("airport-checkin");
        String third = learner.startSession("cafe-ordering");
        assertThat(learner.post("/api/v1/sessions/" + second + "/end", "{}").status()).isEqualTo(200);

        JsonNode all = learner.get("/api/v1/sessions").json();
        assertThat(ids(all)).containsExactly(third, second, first);
        assertThat(all.path("total_items").asLong()).isEqualTo(3);
        assertThat(all.path("items").get(0).path("current_activity").path("key").asString()).isEqualTo("greet-barista");
        assertThat(all.path("items").get(0).path("events").isNull()).as("no event logs in the list").isTrue();

        JsonNode active = learner.get("/api/v1/sessions?status=active").json();
        assertThat(ids(active)).containsExactly(third, first);
        JsonNode ended = learner.get("/api/v1/sessions?status=ended").json();
        assertThat(ids(ended)).containsExactly(second);
        assertThat(ended.path("items").get(0).path("current_activity").isNull()).isTrue();
        assertThat(learner.get("/api/v1/sessions?status=completed").json().path("items")).isEmpty();

        JsonNode page0 = learner.get("/api/v1/sessions?size=2").json();
        assertThat(ids(page0)).containsExactly(third, second);
        assertThat(page0.path("total_pages").asInt()).isEqualTo(2);
        JsonNode page1 = learner.get("/api/v1/sessions?size=2&page=1").json();
        assertThat(ids(page1)).containsExactly(first);
        assertThat(page1.path("page").asInt()).isEqualTo(1);
    }

    @Test
    void badListParametersAreProblemsNamingTheValidValues() {
        Api learner = api().newLearner("en");
        Api.Response status = learner.get("/api/v1/sessions?status=paused");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.contentType()).startsWith("application/problem+json");
        assertThat(status.json().path("detail").asString()).contains("active, completed, ended");
        assertThat(learner.get("/api/v1/sessions?size=0").status()).isEqualTo(400);
        assertThat(learner.get("/api/v1/sessions?size=101").status()).isEqualTo(400);
        assertThat(learner.get("/api/v1/sessions?page=-1").status()).isEqualTo(400);
        assertThat(learner.get("/api/v1/sessions?page=x").status()).isEqualTo(400);
        assertThat(api().get("/api/v1/sessions").status()).isEqualTo(401);
    }

    @Test
    void aMissIsTranslatedAndTheHintStaysInHint() {
        Api learner = api().newLearner("id");
        String session = learner.startSession("cafe-ordering");
        JsonNode miss = learner.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "user_input", "text", "커피", "client_event_id", "m-1")).json();
        assertThat(miss.path("evaluation").path("passed").asBoolean()).isFalse();
        JsonNode reply = miss.path("tutor_response");
        assertThat(reply.path("type").asString()).isEqualTo("tutor_response");
        assertThat(reply.path("client_event_id").asString()).isEqualTo("m-1");
        assertThat(reply.path("text").asString()).isEqualTo(LessonOrchestrator.RETRY_LINE);
        assertThat(reply.path("translation").asString()).isEqualTo("Bagaimana kalau kita coba sekali lagi?");
        String hint = CafeAnswerKey.activity(CafeAnswerKey.read(), "greet-barista").path("hint").path("id").asString();
        assertThat(reply.path("hint").asString()).isEqualTo(hint);
        assertThat(reply.path("translation").asString()).doesNotContain(hint);
        assertThat(miss.path("stage_complete").isNull()).isTrue();
        assertThat(miss.path("session_complete").isNull()).isTrue();

        // a pass: the NPC's reply and its translation from the lesson
        JsonNode pass = learner.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "user_input", "text", "안녕하세요", "client_event_id", "p-1")).json();
        JsonNode greet = CafeAnswerKey.activity(CafeAnswerKey.read(), "greet-barista");
        assertThat(pass.path("tutor_response").path("text").asString()).isEqualTo(greet.path("success_reply").asString());
        assertThat(pass.path("tutor_response").path("translation").asString())
                .isEqualTo(greet.path("success_reply_translation").path("id").asString());
        assertThat(pass.path("tutor_response").path("hint").isNull()).isTrue();
    }

    @Test
    void restTurnsCarryStageAndLessonCompletion() {
        Api learner = api().newLearner("en");
        String session = learner.startSession("cafe-ordering");
        JsonNode key = CafeAnswerKey.read();
        JsonNode activity = learner.get("/api/v1/sessions/" + session).json().path("current_activity");
        List<String> stagesDone = new ArrayList<>();
        JsonNode last = null;
        int n = 0;
        while (!activity.isNull() && !activity.isMissingNode()) {
            String stage = activity.path("stage_key").asString();
            last = learner.post("/api/v1/sessions/" + session + "/events", Map.of("type", "user_input",
                    "text", CafeAnswerKey.modelAnswer(key, activity.path("key").asString()),
                    "client_event_id", "c-" + n++)).json();
            assertThat(last.path("evaluation").path("passed").asBoolean()).isTrue();
            JsonNode next = last.path("next_activity");
            if (!next.isNull() && !next.path("stage_key").asString().equals(stage)) {
                JsonNode done = last.path("stage_complete");
                assertThat(done.path("type").asString()).isEqualTo("stage_complete");
                assertThat(done.path("stage_key").asString()).isEqualTo(stage);
                assertThat(done.path("message").asString()).startsWith("Stage complete: ");
                stagesDone.add(stage);
            } else {
                assertThat(last.path("stage_complete").isNull()).as("no stage end on %s", activity.path("key"))
                        .isTrue();
            }
            if (!next.isNull()) {
                assertThat(last.path("session_complete").isNull()).isTrue();
            }
            activity = next;
        }
        assertThat(stagesDone).containsExactly("greeting", "ordering", "drink-options");
        JsonNode complete = last.path("session_complete");
        assertThat(complete.path("type").asString()).isEqualTo("session_complete");
        assertThat(complete.path("status").asString()).isEqualTo("completed");
        assertThat(complete.path("total_score").asInt()).isEqualTo(100);
        assertThat(complete.path("message").asString()).isEqualTo("Lesson complete! Your score: 100");
        assertThat(last.path("session").path("status").asString()).isEqualTo("completed");

        // a replay of the last turn carries the same completion
        JsonNode replay = learner.post("/api/v1/sessions/" + session + "/events", Map.of("type", "user_input",
                "text", "whatever", "client_event_id", "c-" + (n - 1))).json();
        assertThat(replay.path("session_complete")).isEqualTo(complete);
    }

    @Test
    void aTurnStoredBeforeTheProtocolRecordsStillReplays() {
        Api learner = api().newLearner("id");
        String session = learner.startSession("cafe-ordering");
        JsonNode first = learner.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "user_input", "text", "커피", "client_event_id", "new-1")).json();
        // an input recorded by the previous version: its stored result had no "type" in tutor_response
        ObjectNode stored = (ObjectNode) JsonMapper.builder().build().readTree(jdbc.queryForObject(
                "select response::text from session_events where session_id = ?::uuid and client_event_id = 'new-1'",
                String.class, session));
        assertThat(((ObjectNode) stored.get("tutor_response")).remove("type").asString()).isEqualTo("tutor_response");
        String old = stored.toString();
        jdbc.update("insert into session_events (session_id, seq, type, activity_key, client_event_id, payload, "
                + "response, created_at) select ?::uuid, max(seq) + 1, 'user_input', 'greet-barista', 'old-1', "
                + "'{\"text\":\"커피\"}'::jsonb, ?::jsonb, now() from session_events where session_id = ?::uuid",
                session, old, session);
        Api.Response replay = learner.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "user_input", "text", "whatever", "client_event_id", "old-1"));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().path("tutor_response").path("text").asString())
                .isEqualTo(first.path("tutor_response").path("text").asString());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(s -> ids.add(s.path("id").asString()));
        return ids;
    }
}
