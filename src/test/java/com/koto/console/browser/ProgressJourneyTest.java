package com.koto.console.browser;

import static com.koto.console.browser.RealBrowser.click;
import static com.koto.console.browser.RealBrowser.fill;
import static com.koto.console.browser.RealBrowser.screenshot;
import static com.koto.console.browser.RealBrowser.settle;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.koto.console.progress.AuthoredLessons;
import com.koto.content.LessonLibrary;
import com.koto.identity.Role;
import com.koto.progress.Progress;
import com.koto.support.Api;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real-browser journey of issue #12 (Playwright + Debian Chromium): an admin creates a teacher account in the
 * Accounts view; the teacher signs in with it (choosing their own password, as a first sign-in demands), opens
 * the analytics of a lesson they author, accepts a frequent failing answer and publishes; a learner's same answer
 * then passes over the API; an admin opens the learner, the weak-point chart, a session and its audio.
 */
class ProgressJourneyTest extends BrowserTest {

    @Autowired
    LessonLibrary library;
    @Autowired
    Progress progress;

    @Test
    void anAdminCreatesATeacherWhoAcceptsAFailingAnswerAndAnAdminReviewsTheLearner() {
        // the admin: Accounts → new TEACHER account with a handed-over password
        String teacherName = "nia-" + UUID.randomUUID().toString().substring(0, 6);
        Page admin = browser.signIn(ADMIN, ADMIN_PASS, "en-US");
        admin.locator("vaadin-side-nav-item").getByText("Accounts").click();
        settle(admin);
        RealBrowser.fillNewAccount(admin, teacherName, "Nia Teacher", "handed-over-2");
        click(admin, "#create-account");
        assertThat(admin.locator("#accounts")).containsText("Nia Teacher");
        assertThat(accounts.findByUsername(teacherName)).hasValueSatisfying(
                a -> assertThat(a.role()).isEqualTo(Role.TEACHER));

        // a lesson this teacher authors (the authoring itself is ConsoleJourneysTest's), played by a learner
        UUID lesson = AuthoredLessons.publishedCafe(library, teacherName);
        String slug = AuthoredLessons.asTeacher(teacherName, () -> library.draftSlug(lesson));
        Api learner = new Api(browser.base()).newLearner("en");
        String session = learner.startSession(slug);
        // "안녕" (casual "hi") fails the polite greeting: the answer a teacher may decide to accept
        for (int i = 0; i < 3; i++) {
            assertThat(learner.post("/api/v1/sessions/" + session + "/events", Map.of("type", "user_input",
                    "text", "안녕", "client_event_id", "j-" + i)).json().path("evaluation").path("passed").asBoolean())
                    .as("'안녕' fails before the review").isFalse();
        }
        learner.post("/api/v1/sessions/" + session + "/events", Map.of("type", "user_input", "text", "안녕하세요",
                "client_event_id", "j-ok"));
        UUID learnerId = UUID.fromString(learner.get("/api/v1/progress/me").json().path("learner_id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.of(learnerId, "en").turns() == 4);

        // the teacher signs in with the new account: their own password first, then the console
        Page teacher = browser.newPage("en-US");
        teacher.navigate(browser.base() + "/login");
        RealBrowser.submitSignIn(teacher, teacherName, "handed-over-2", "en-US");
        teacher.waitForURL("**/password");
        settle(teacher);
        RealBrowser.fillPasswordChange(teacher, "handed-over-2", "nias-own-secret-1");
        click(teacher, "#change-password");
        teacher.locator("vaadin-app-layout").waitFor();
        settle(teacher);
        assertThat(teacher.locator("vaadin-side-nav-item").allInnerTexts()).contains("Lesson analytics")
                .doesNotContain("Accounts", "Learners");

        // the teacher: analytics → answer review → accept → publish
        teacher.locator("vaadin-side-nav-item").getByText("Lesson analytics").click();
        settle(teacher);
        teacher.navigate(browser.base() + "/progress/lessons/" + lesson);
        settle(teacher);
        assertThat(teacher.locator("#funnel-1 svg title")).hasText("Funnel of version 1: sessions that reached each stage");
        assertThat(teacher.locator("#activities-1")).containsText("안녕 ×3");
        screenshot(teacher, "progress-lesson-analytics");
        click(teacher, "#review-greet-barista");
        assertThat(teacher.locator("#review-queue")).containsText("안녕");
        screenshot(teacher, "progress-answer-review");
        teacher.locator("#review-queue vaadin-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Accept")).first().click();
        settle(teacher);
        assertThat(teacher.locator("vaadin-notification-card")).containsText("is now an accepted answer");
        teacher.navigate(browser.base() + "/lessons/" + lesson);
        settle(teacher);
        click(teacher, "#publish");
        fill(teacher, "#change-note", "Accept 안녕 from answer review");
        click(teacher, "#confirm-publish");
        assertThat(teacher.locator(".koto-editor-header")).containsText("Latest v2");

        // the learner's same answer now passes
        String next = learner.startSession(slug);
        assertThat(learner.post("/api/v1/sessions/" + next + "/events", Map.of("type", "user_input", "text",
                "안녕", "client_event_id", "after")).json().path("evaluation").path("passed").asBoolean()).isTrue();

        // the admin again: learners → learner page (weak-point chart) → session review (audio)
        admin.navigate(browser.base() + "/progress/learners");
        settle(admin);
        String username = progress.of(learnerId, "en").username();
        fill(admin, "#filter-name", username);
        admin.waitForTimeout(500);
        settle(admin);
        screenshot(admin, "progress-learners");
        admin.locator("#learners").getByText(username).first().click();
        settle(admin);
        assertThat(admin.locator("#weak-points svg title")).hasText("Failed answers per error category");
        assertThat(admin.locator("#weak-points table")).isVisible();
        screenshot(admin, "progress-learner");
        admin.locator("#learner-sessions").getByText("Active").last().click(); // the first session: the misses
        settle(admin);
        assertThat(admin.locator("#transcript")).containsText("안녕");
        List<String> players = admin.locator("#transcript audio").all().stream()
                .map(a -> a.getAttribute("src")).toList();
        assertThat(players).as("tutor voice players (espeak-ng)").isNotEmpty();
        Object ready = admin.locator("#transcript audio").first().evaluate(
                "a => new Promise(r => { if (a.readyState >= 1) r(a.readyState); "
                        + "a.addEventListener('loadedmetadata', () => r(a.readyState)); "
                        + "a.addEventListener('error', () => r(-1)); a.load(); })");
        assertThat(((Number) ready).intValue()).as("audio readyState").isGreaterThanOrEqualTo(1);
        screenshot(admin, "progress-session-review");
    }
}
