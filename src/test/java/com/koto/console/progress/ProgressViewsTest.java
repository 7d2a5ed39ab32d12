package com.koto.console.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.koto.console.ConsoleTest;
import com.koto.content.LessonLibrary;
import com.koto.progress.Progress;
import com.koto.progress.ProgressRecords.ActivityStats;
import com.koto.progress.ProgressRecords.LearnerRow;
import com.koto.progress.ProgressRecords.ReviewItem;
import com.koto.progress.ProgressRecords.SessionRow;
import com.koto.support.Api;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The progress views per role, browserless, over data made by real turns. */
class ProgressViewsTest extends ConsoleTest {

    @Autowired
    Progress progress;
    @Autowired
    LessonLibrary library;

    private Api api() {
        return new Api("http://127.0.0.1:" + port);
    }

    /** A learner who plays the first activity of a lesson: one miss, one pass. @return learner id, session id */
    private String[] play(String slug) {
        Api learner = api().newLearner("en");
        String session = learner.startSession(slug);
        learner.post("/api/v1/sessions/" + session + "/events", Map.of("type", "user_input", "text", "안녕",
                "client_event_id", "v-1"));
        learner.post("/api/v1/sessions/" + session + "/events", Map.of("type", "user_input", "text", "안녕하세요",
                "client_event_id", "v-2"));
        String id = learner.get("/api/v1/progress/me").json().path("learner_id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> progress.of(UUID.fromString(id), "en").turns() == 2);
        return new String[] {id, session};
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(String gridId) {
        Grid<T> grid = find(Grid.class).withId(gridId).single();
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(i -> (T) tester.getRow(i)).toList();
    }

    private static String svgOf(Component figure) {
        return figure.getChildren().filter(c -> c instanceof Svg).findFirst().orElseThrow().getElement()
                .getProperty("innerHTML", "") + figure.getChildren().filter(c -> c instanceof Svg).findFirst()
                .orElseThrow().getElement().getOuterHTML();
    }

    @Test
    @WithMockUser(username = "admin-views", roles = "ADMIN")
    void adminsFindALearnerOpenTheirPageAndReviewASession() throws IOException {
        String[] played = play("cafe-ordering");
        LearnersView learners = navigate(LearnersView.class);
        String username = progress.learner(UUID.fromString(played[0]), "en").username();
        test(find(TextField.class).withId("filter-name").single()).setValue(username);
        List<LearnerRow> found = rows("learners");
        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.username()).isEqualTo(username);
            assertThat(r.sessionsStarted()).isEqualTo(1);
            assertThat(r.averageScore()).isNotNull();
        });
        String csv = new String(learners.csv(), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).startsWith("learner_id,username,").contains(username);

        navigate("progress/learners/" + played[0], LearnerView.class);
        Div trend = find(Div.class).withId("score-trend").single();
        assertThat(svgOf(trend)).contains("role=\"img\"").contains("<title").contains("Average score per week");
        assertThat(trend.getChildren().filter(c -> c instanceof NativeTable).count()).isEqualTo(1);
        Div weak = find(Div.class).withId("weak-points").single();
        assertThat(svgOf(weak)).contains("Failed answers per error category");
        List<SessionRow> sessions = rows("learner-sessions");
        assertThat(sessions).singleElement().satisfies(s -> assertThat(s.turns()).isEqualTo(2));

        navigate("progress/sessions/" + played[1], SessionReviewView.class);
        Div transcript = find(Div.class).withId("transcript").single();
        String text = transcript.getElement().getTextRecursively();
        assertThat(text).contains("안녕하세요").contains("Learner").contains("Tutor").contains("Passed");
        assertThat(text.indexOf("안녕")).isLessThan(text.lastIndexOf("안녕하세요"));
    }

    @Test
    @WithMockUser(username = "teacher-views", roles = "TEACHER")
    void aTeacherSeesAnalyticsOfTheirLessonAndAcceptsAnAnswer() {
        UUID lesson = AuthoredLessons.publishedCafe(library, "teacher-views");
        String slug = library.draftSlug(lesson);
        play(slug);

        navigate("progress/lessons/" + lesson, LessonAnalyticsView.class);
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Version 1");
        assertThat(svgOf(find(Div.class).withId("funnel-1").single())).contains("<title").contains("Funnel");
        List<ActivityStats> activities = rows("activities-1");
        assertThat(activities.getFirst().activityKey()).isEqualTo("greet-barista");
        assertThat(activities.getFirst().topFailing()).extracting(ReviewItem::normalized).containsExactly("안녕");

        com.vaadin.flow.component.UI.getCurrent().navigate(AnswerReviewView.class,
                new com.vaadin.flow.router.RouteParameters("lessonId", lesson.toString()),
                com.vaadin.flow.router.QueryParameters.of("activity", "greet-barista"));
        assertThat(getCurrentView()).isInstanceOf(AnswerReviewView.class);
        assertThat(this.<ReviewItem>rows("review-queue")).extracting(ReviewItem::example).containsExactly("안녕");
        @SuppressWarnings("unchecked")
        Grid<ReviewItem> queue = find(Grid.class).withId("review-queue").single();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(queue).getCellComponent(0, 4);
        Button accept = (Button) actions.getComponentAt(0);
        assertThat(accept.getText()).isEqualTo("Accept");
        test(accept).click();
        assertThat(this.<ReviewItem>rows("review-queue")).isEmpty();
        assertThat(library.draft(lesson).stages().getFirst().activities().getFirst().acceptedAnswers()).contains("안녕");
    }

    @Test
    @WithMockUser(username = "teacher-other", roles = "TEACHER")
    void aTeacherDoesNotSeeAnalyticsOfLessonsOthersAuthorNorLearners() {
        UUID someoneElses = AuthoredLessons.publishedCafe(library, "teacher-owner");
        navigate("progress/lessons/" + someoneElses, LessonAnalyticsView.class);
        assertThat(find(H3.class).all()).isEmpty();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .containsAnyOf("There are no lessons you author yet.", "Pick a lesson to see how learners do in it.");
        try {
            navigate(LearnersView.class);
        } catch (AccessDeniedException | IllegalArgumentException | IllegalStateException expected) {
            // a refusal shows as an exception or a redirect
        }
        assertThat(getCurrentView()).isNotInstanceOf(LearnersView.class);
    }

    @Test
    @WithMockUser(username = "learner-views", roles = "LEARNER")
    void aLearnerReachesNoneOfIt() {
        for (Class<? extends Component> view : List.of(LearnersView.class, LessonAnalyticsView.class)) {
            try {
                navigate(view);
            } catch (AccessDeniedException | IllegalArgumentException | IllegalStateException expected) {
                // refused
            }
            assertThat(getCurrentView()).isNotInstanceOf(view);
        }
        try {
            progress.cohorts();
            throw new AssertionError("a learner read the cohorts");
        } catch (AccessDeniedException expected) {
            // refused by the service too
        }
    }
}
