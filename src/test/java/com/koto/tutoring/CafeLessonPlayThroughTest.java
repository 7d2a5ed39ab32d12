package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * A learner plays the whole café lesson over HTTP against the real PostgreSQL: a wrong answer in
 * every stage (allomorph, missing particle, wrong counter, wrong option…), then the model answer,
 * until the session completes with a score; every event is in session_events.
 */
class CafeLessonPlayThroughTest extends IntegrationTest {

    @Value("${spring.datasource.url}")
    String jdbcUrl;

    @Test
    void learnerFinishesTheCafeLessonWithCorrectionsInIndonesian() throws Exception {
        Api learner = api().newLearner("id");
        JsonNode lessons = learner.get("/api/v1/lessons?instruction_lang=id").json();
        JsonNode cafe = find(lessons, "cafe-ordering");
        assertThat(cafe.path("title").asString()).isEqualTo("Memesan di kafe");

        Api.Response started = learner.post("/api/v1/sessions", Map.of("lesson_id", cafe.path("id").asString()));
        assertThat(started.status()).isEqualTo(201);
        JsonNode session = started.json();
        String sessionId = session.path("id").asString();
        JsonNode activity = session.path("current_activity");
        assertThat(activity.has("accepted_answers")).isFalse();

        Set<String> stagesWithAMiss = new HashSet<>();
        int turns = 0;
        int failures = 0;
        while (activity != null && !activity.isNull()) {
            String stage = activity.path("stage_key").asString();
            String key = activity.path("key").asString();
            if (stagesWithAMiss.add(stage)) {
                String wrong = wrongAnswerFor(activity);
                JsonNode miss = turn(learner, sessionId, wrong, "miss-" + key);
                turns++;
                failures++;
                JsonNode evaluation = miss.path("evaluation");
                assertThat(evaluation.path("passed").asBoolean()).as("'%s' must fail on %s", wrong, key).isFalse();
                assertThat(evaluation.path("score").asInt()).isBetween(0, 99);
                assertThat(evaluation.path("errors")).as("located errors for '%s'", wrong).isNotEmpty();
                JsonNode error = evaluation.path("errors").get(0);
                assertThat(error.path("category").asString()).isNotBlank();
                assertThat(error.path("correction").asString()).isNotBlank();
                assertThat(error.path("explanation").asString()).isNotBlank();
                assertThat(evaluation.path("feedback").asString()).as("Indonesian feedback from ko-id")
                        .matches(indonesianTemplates());
                wrongAnswers.add(wrong + " → " + error.path("category").asString());
                assertThat(miss.path("next_activity").path("key").asString()).as("a miss stays").isEqualTo(key);
                assertThat(miss.path("tutor_response").path("text").asString()).isNotBlank();
                activity = miss.path("next_activity");
                if ("pay-by-card".equals(key)) {
                    // a second classic: the instrumental particle left out
                    JsonNode missing = turn(learner, sessionId, "카드 계산할게요", "miss2-" + key);
                    turns++;
                    failures++;
                    assertThat(missing.path("evaluation").path("passed").asBoolean()).isFalse();
                    assertThat(missing.path("evaluation").path("errors").get(0).path("category").asString())
                            .isEqualTo("particle_missing");
                    assertThat(missing.path("evaluation").path("errors").get(0).path("correction").asString())
                            .contains("카드로");
                }
                String modelAnswer = evaluation.path("model_answer").asString();
                assertThat(modelAnswer).isNotBlank();
                JsonNode pass = turn(learner, sessionId, modelAnswer, "pass-" + key);
                turns++;
                assertThat(pass.path("evaluation").path("passed").asBoolean()).isTrue();
                assertThat(pass.path("evaluation").path("score").asInt()).isEqualTo(100);
                activity = pass.path("next_activity");
                session = pass.path("session");
            } else {
                if ("choice".equals(activity.path("type").asString())) {
                    JsonNode wrongOption = turn(learner, sessionId, wrongAnswerFor(activity), "miss-" + key);
                    turns++;
                    failures++;
                    assertThat(wrongOption.path("evaluation").path("passed").asBoolean()).isFalse();
                    assertThat(wrongOption.path("evaluation").path("feedback").asString())
                            .startsWith("Pilihan itu kurang tepat").contains(rightAnswerFor(activity));
                }
                JsonNode pass = turn(learner, sessionId, rightAnswerFor(activity), "pass-" + key);
                turns++;
                assertThat(pass.path("evaluation").path("passed").asBoolean())
                        .as("right answer on %s: %s", key, pass).isTrue();
                activity = pass.path("next_activity");
                session = pass.path("session");
            }
        }
        assertThat(stagesWithAMiss).hasSizeGreaterThanOrEqualTo(3);
        System.out.println("Wrong answers tried: " + wrongAnswers);
        assertThat(session.path("status").asString()).isEqualTo("completed");
        assertThat(session.path("total_score").asInt()).isBetween(50, 99);
        assertThat(session.path("progress").path("percent").asInt()).isEqualTo(100);

        // a retried client_event_id replays the first result and records nothing new
        String firstMiss = "miss-" + lessonsFirstActivityKey(learner, cafe.path("id").asString());
        long before = countEvents(sessionId);
        JsonNode replay = turn(learner, sessionId, "whatever", firstMiss);
        assertThat(replay.path("evaluation").path("passed").asBoolean()).isFalse();
        assertThat(countEvents(sessionId)).isEqualTo(before);

        JsonNode log = learner.get("/api/v1/sessions/" + sessionId).json().path("events");
        long inputs = count(log, "user_input");
        assertThat(inputs).isEqualTo(turns);
        assertThat(count(log, "evaluation")).isEqualTo(turns);
        assertThat(count(log, "tutor_response")).isEqualTo(turns);
        assertThat(count(log, "session_complete")).isEqualTo(1);
        assertThat(failures).isGreaterThanOrEqualTo(3);
        assertThat(countEvents(sessionId)).isEqualTo(log.size());
    }

    private final List<String> wrongAnswers = new java.util.ArrayList<>();

    /** A regex matching any feedback template of the ko-id pack (placeholders as wildcards). */
    private static java.util.regex.Pattern indonesianTemplates() {
        try (var in = CafeLessonPlayThroughTest.class.getResourceAsStream("/lang-packs/ko-id.json")) {
            JsonNode templates = tools.jackson.databind.json.JsonMapper.builder().build().readTree(in)
                    .path("feedback_templates");
            List<String> alternatives = new java.util.ArrayList<>();
            for (var e : templates.properties()) {
                alternatives.add(java.util.regex.Pattern.quote(e.getValue().asString())
                        .replaceAll("\\{[a-z_]+}", "\\\\E.*\\\\Q"));
            }
            return java.util.regex.Pattern.compile("(?s)(" + String.join("|", alternatives) + ")");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The answer key: the lesson file itself (the learner-facing API never reveals it). */
    private final JsonNode answerKey = CafeAnswerKey.read();

    private JsonNode keyOf(JsonNode activity) {
        return CafeAnswerKey.activity(answerKey, activity.path("key").asString());
    }

    private String rightAnswerFor(JsonNode activity) {
        return keyOf(activity).path("accepted_answers").get(0).asString();
    }

    /** A realistic learner mistake for the activity: wrong option, wrong allomorph, wrong counter, typo… */
    private String wrongAnswerFor(JsonNode activity) {
        if ("choice".equals(activity.path("type").asString())) {
            for (JsonNode option : keyOf(activity).path("options")) {
                if (!option.path("correct").asBoolean()) {
                    return option.path("text").asString();
                }
            }
        }
        String model = rightAnswerFor(activity);
        for (Map.Entry<String, String> corruption : List.of(
                Map.entry("를 ", "을 "), Map.entry("을 ", "를 "), Map.entry("로 ", "으로 "), Map.entry("이 ", "가 "),
                Map.entry("두 잔", "둘 잔"), Map.entry("한 잔", "일 잔"), Map.entry("습니다", "슴니다"),
                Map.entry("세요", "새요"))) {
            if (model.contains(corruption.getKey())) {
                return model.replaceFirst(corruption.getKey(), corruption.getValue());
            }
        }
        String[] words = model.split(" ");
        return words.length > 1 ? String.join(" ", List.of(words).subList(0, words.length - 1)) : model + "요요";
    }

    private static JsonNode turn(Api learner, String sessionId, String text, String clientEventId) {
        Api.Response r = learner.post("/api/v1/sessions/" + sessionId + "/events",
                Map.of("type", "user_input", "text", text, "client_event_id", clientEventId));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private String lessonsFirstActivityKey(Api learner, String lessonId) {
        return learner.get("/api/v1/lessons/" + lessonId + "/stages").json().get(0).path("activities").get(0)
                .path("key").asString();
    }

    private long countEvents(String sessionId) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "select count(*) from session_events where session_id = '" + UUID.fromString(sessionId) + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(JsonNode events, String type) {
        long n = 0;
        for (JsonNode e : events) {
            if (type.equals(e.path("type").asString())) {
                n++;
            }
        }
        return n;
    }

    private static JsonNode find(JsonNode lessons, String slug) {
        for (JsonNode l : lessons) {
            if (slug.equals(l.path("slug").asString())) {
                return l;
            }
        }
        throw new AssertionError("lesson " + slug + " not listed: " + lessons);
    }
}
