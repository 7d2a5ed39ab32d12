package com.koto.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.koto.content.LessonHistory;
import com.koto.content.LessonLibrary;
import com.koto.platform.ConflictException;
import com.koto.progress.ProgressRecords.ReviewItem;
import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;

/**
 * The learner REST endpoints and the answer review loop over real turns: a failing answer is
 * reported (idempotently), ranks first, a teacher who authors the lesson accepts it, publishes, and
 * the same answer then passes.
 */
class ProgressApiTest extends IntegrationTest {

    @Autowired
    LessonLibrary library;
    @Autowired
    LessonHistory history;
    @Autowired
    AnswerReview review;

    private static String lessonOf(Api learner, String slug) {
        return learner.lessonId(slug);
    }

    private static JsonNode answer(Api learner, String session, String text, String id) {
        Api.Response r = learner.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "user_input", "text", text, "client_event_id", id));
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private static int inputSeq(Api learner, String session, String clientEventId) {
        for (JsonNode e : learner.get("/api/v1/sessions/" + session).json().path("events")) {
            if (clientEventId.equals(e.path("client_event_id").asString(null))) {
                return e.path("seq").asInt();
            }
        }
        throw new AssertionError("no event " + clientEventId);
    }

    @Test
    void aLearnerSeesTheirOwnTotalsAndWeaknesses() {
        Api learner = api().newLearner("en");
        Api.Response empty = learner.get("/api/v1/progress/me");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().path("sessions_started").asInt()).isZero();

        String session = learner.startSession("cafe-ordering");
        answer(learner, session, "안녕", "w-1");
        answer(learner, session, "안녕하세요", "w-2");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> learner.get("/api/v1/progress/me").json().path("turns").asInt() == 2);
        JsonNode me = learner.get("/api/v1/progress/me").json();
        assertThat(me.path("sessions_started").asInt()).isEqualTo(1);
        assertThat(me.path("lessons").get(0).path("lesson_title").asString()).isEqualTo("Ordering at a café");
        assertThat(me.path("weekly").get(0).path("turns").asInt()).isEqualTo(2);
        assertThat(me.has("averageScore")).isFalse();

        JsonNode weak = learner.get("/api/v1/progress/me/weaknesses").json().path("categories");
        assertThat(weak.size()).isPositive();
        assertThat(weak.get(0).path("examples").get(0).path("answer").asString()).isEqualTo("안녕");
        assertThat(api().get("/api/v1/progress/me").status()).isEqualTo(401);
    }

    @Test
    void reportingIsIdempotentAndOnlyForOwnFailedAnswers() {
        Api learner = api().newLearner("en");
        String session = learner.startSession("cafe-ordering");
        answer(learner, session, "안녕하세용", "r-1");
        int seq = inputSeq(learner, session, "r-1");
        String path = "/api/v1/sessions/" + session + "/events/" + seq + "/report";

        Api.Response first = learner.post(path, "{}");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("activity_key").asString()).isEqualTo("greet-barista");
        Api.Response again = learner.post(path, "{}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("reported_at").asString()).isEqualTo(first.json().path("reported_at").asString());

        Api other = api().newLearner("en");
        assertThat(other.post(path, "{}").status()).isEqualTo(404);
        assertThat(learner.post("/api/v1/sessions/" + session + "/events/999/report", "{}").status()).isEqualTo(404);
        Api.Response notAnAnswer = learner.post("/api/v1/sessions/" + session + "/events/1/report", "{}");
        assertThat(notAnAnswer.status()).isEqualTo(409);
        assertThat(notAnAnswer.contentType()).startsWith("application/problem+json");
        answer(learner, session, "안녕하세요", "r-2");
        Api.Response passed = learner.post("/api/v1/sessions/" + session + "/events/"
                + inputSeq(learner, session, "r-2") + "/report", "{}");
        assertThat(passed.status()).isEqualTo(409);
        assertThat(passed.json().path("detail").asString()).contains("accepted already");
    }

    @Test
    void aTeacherAcceptsAFlaggedAnswerAndAfterPublishingItPasses() {
        UUID lesson = copyAs("teacher-review");
        String slug = asTeacher("teacher-review", () -> library.draftSlug(lesson));
        Api learner = api().newLearner("en");
        String session = learner.startSession(slug);
        // a frequent failing answer, and a rarer one that a learner flags
        for (int i = 0; i < 3; i++) {
            answer(learner, session, "안녕?", "f-" + i);
        }
        // (a cute chat spelling some teachers accept; the rules fail it as a spelling error until a teacher does)
        assertThat(answer(learner, session, "안녕하세용", "flag-1").path("evaluation").path("passed").asBoolean())
                .isFalse();
        learner.post("/api/v1/sessions/" + session + "/events/" + inputSeq(learner, session, "flag-1") + "/report",
                "{}");
        await().atMost(Duration.ofSeconds(20)).until(() -> asTeacher("teacher-review",
                () -> review.queue(lesson, "greet-barista", 10)).stream().anyMatch(r -> r.failures() == 3));

        List<ReviewItem> queue = asTeacher("teacher-review", () -> review.queue(lesson, "greet-barista", 10));
        assertThat(queue).extracting(ReviewItem::normalized).containsExactly("안녕하세용", "안녕");
        assertThat(queue.getFirst().reports()).isEqualTo(1);

        assertThatThrownBy(() -> asTeacher("someone-else", () -> review.queue(lesson, null, 10)))
                .isInstanceOf(AccessDeniedException.class);

        asTeacher("teacher-review", () -> review.accept(lesson, "greet-barista", "안녕하세용"));
        assertThatThrownBy(() -> asTeacher("teacher-review", () -> {
            review.accept(lesson, "greet-barista", "안녕하세용");
            return null;
        })).isInstanceOf(ConflictException.class);
        asTeacher("teacher-review", () -> {
            review.dismiss(lesson, "greet-barista", "안녕");
            return null;
        });
        assertThat(asTeacher("teacher-review", () -> review.queue(lesson, "greet-barista", 10))).isEmpty();
        var change = asTeacher("teacher-review", () -> history.changes(lesson)).getFirst();
        assertThat(change.author()).isEqualTo("teacher-review");
        assertThat(change.details().toString()).contains("greet-barista", "accepted_answers");
        assertThat(asTeacher("teacher-review", () -> library.draft(lesson)).stages().getFirst().activities()
                .getFirst().acceptedAnswers()).contains("안녕하세용");
        asTeacher("teacher-review", () -> library.publish(lesson, "accept 안녕하세용"));

        String next = learner.startSession(slug);
        assertThat(answer(learner, next, "안녕하세용", "after-1").path("evaluation").path("passed").asBoolean())
                .isTrue();
    }

    private UUID copyAs(String teacher) {
        return asTeacher(teacher, () -> {
            UUID id = library.importAsDraft(ProgressFixture.cafe(), teacher);
            library.publish(id, teacher, "copy");
            return id;
        });
    }

    static <T> T asTeacher(String username, java.util.function.Supplier<T> task) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(username, null, List.of(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_TEACHER"))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }
}
