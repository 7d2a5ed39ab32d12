package com.koto.console.browser;

import static com.koto.console.browser.RealBrowser.click;
import static com.koto.console.browser.RealBrowser.fill;
import static com.koto.console.browser.RealBrowser.screenshot;
import static com.koto.console.browser.RealBrowser.settle;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.koto.console.progress.AuthoredLessons;
import com.koto.content.ActivityDocument;
import com.koto.content.DraftLesson;
import com.koto.content.LessonDocument;
import com.koto.content.LessonLibrary;
import com.koto.content.StageDocument;
import com.koto.identity.Accounts;
import com.koto.support.Api;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;

/**
 * Real-browser journeys (Playwright + Debian Chromium): a teacher authors, previews and publishes
 * a lesson that a learner then gets over the API; an admin restores an older version.
 */
class ConsoleJourneysTest extends BrowserTest {

    @Autowired
    LessonLibrary library;

    @Test
    void aTeacherAuthorsPreviewsAndPublishesALessonThatALearnerThenGets() {
        Page page = browser.signIn(TEACHER, TEACHER_PASSWORD, "en-US");
        assertThat(page.locator("vaadin-side-nav-item").allInnerTexts()).containsExactly("Lessons", "Language packs", "Lesson analytics");

        click(page, "#new-lesson");
        fill(page, "#lesson-title vaadin-text-field[data-lang=ko]", "빵집에서 주문하기");
        fill(page, "#lesson-title vaadin-text-field[data-lang=en]", "Ordering at the bakery");
        fill(page, "#lesson-description vaadin-text-area[data-lang=en]", "Buy bread and coffee at a bakery.");
        click(page, "#create-lesson");
        assertThat(page.locator("#lesson-heading")).hasText("Ordering at the bakery");

        click(page, "#add-stage");
        fill(page, "#stage-key", "counter");
        fill(page, "#stage-title vaadin-text-field[data-lang=ko]", "계산대에서");
        fill(page, "#stage-title vaadin-text-field[data-lang=en]", "At the counter");
        fill(page, "#stage-objective vaadin-text-area[data-lang=ko]", "커피를 주문해요.");
        fill(page, "#stage-objective vaadin-text-area[data-lang=en]", "Order a coffee.");
        click(page, "#save-stage");
        assertThat(page.locator("#stages").getByText("계산대에서")).isVisible();

        page.locator("#add-activity vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Dialogue")).click();
        settle(page);
        fill(page, "#activity-key", "order-coffee");
        fill(page, "#tutor-line", "무엇을 드릴까요?");
        fill(page, "#tutor-line-translation vaadin-text-field[data-lang=en]", "What can I get you?");
        fill(page, "#instruction vaadin-text-area[data-lang=en]", "Ask for a coffee politely.");
        fill(page, "#accepted-answers vaadin-text-field", "커피를 주세요");
        fill(page, "#success-reply", "네, 잠시만 기다리세요.");
        fill(page, "#success-reply-translation vaadin-text-field[data-lang=en]", "Sure, just a moment.");
        fill(page, "#hint vaadin-text-field[data-lang=en]", "Object particle + 주세요.");
        click(page, "#save-activity");
        assertThat(page.locator("#problems")).hasClass(java.util.regex.Pattern.compile(".*koto-ready.*"));

        // preview a wrong answer: the evaluator's correction, before publishing
        fill(page, "#preview-answer", "커피을 주세요");
        click(page, "#preview-check");
        assertThat(page.locator("#preview-result .koto-correction")).hasText("커피을 → 커피를");
        assertThat(page.locator("#preview-result .koto-explanation")).containsText("를");
        screenshot(page, "journey-preview");

        click(page, "#publish");
        fill(page, "#change-note", "First version: order a coffee");
        click(page, "#confirm-publish");
        assertThat(page.locator(".koto-editor-header")).containsText("Latest v1");

        // a learner now gets it over the API, and the session judges the wrong answer as the preview did
        String slug = page.locator(".koto-editor-header .koto-muted").innerText().split(" · ")[1];
        Api learner = new Api(browser.base()).newLearner("en");
        JsonNode lesson = null;
        for (JsonNode l : learner.get("/api/v1/lessons?instruction_lang=en").json()) {
            if (l.path("slug").asString().equals(slug)) {
                lesson = l;
            }
        }
        assertThat(lesson).as("published lesson " + slug + " in the learner's list").isNotNull();
        assertThat(lesson.path("title").asString()).isEqualTo("Ordering at the bakery");
        assertThat(lesson.path("version").asInt()).isEqualTo(1);
        String lessonId = lesson.path("id").asString();
        JsonNode stages = learner.get("/api/v1/lessons/" + lessonId + "/stages").json();
        JsonNode activity = stages.get(0).path("activities").get(0);
        assertThat(activity.path("tutor_line").asString()).isEqualTo("무엇을 드릴까요?");
        assertThat(activity.has("accepted_answers")).isFalse();
        Api.Response session = learner.post("/api/v1/sessions", Map.of("lesson_id", lessonId));
        assertThat(session.status()).isEqualTo(201);
        JsonNode turn = learner.post("/api/v1/sessions/" + session.json().path("id").asString() + "/events",
                Map.of("type", "user_input", "text", "커피을 주세요", "client_event_id", UUID.randomUUID().toString()))
                .json();
        assertThat(turn.path("evaluation").path("errors").get(0).path("correction").asString()).isEqualTo("커피를");
    }

    @Test
    @WithMockUser(username = "setup", roles = "ADMIN")
    void anAdminRestoresAnOlderVersion() {
        UUID id = library.importAsDraft(AuthoredLessons.cafe());
        library.publish(id, "v1");
        DraftLesson v1 = library.get(id);
        String oldHint = v1.draft().stages().getFirst().activities().getFirst().hint().get("en");
        library.saveDraft(id, v1.revision(), withFirstHint(v1.draft(), "A newer hint."));
        library.publish(id, "v2: newer hint");

        Page page = browser.signIn(ADMIN, ADMIN_PASS, "en-US");
        assertThat(page.locator("vaadin-side-nav-item").allInnerTexts())
                .containsExactly("Lessons", "Language packs", "Activity log", "Accounts", "Learners", "Lesson analytics");
        page.navigate(browser.base() + "/lessons/" + id);
        page.locator("#lesson-heading").waitFor();
        settle(page);
        click(page, "vaadin-tab#tab-versions");
        assertThat(page.locator("#versions-grid")).containsText("v2: newer hint");
        click(page, "#restore-v1");
        click(page, "vaadin-confirm-dialog [slot=confirm-button]");
        assertThat(page.locator(".koto-editor-header")).containsText("Unpublished changes");
        assertThat(library.draft(id).stages().getFirst().activities().getFirst().hint().get("en")).isEqualTo(oldHint);

        click(page, "#publish");
        assertThat(page.locator("#publish-changes")).containsText("“어서 오세요!”");
        fill(page, "#change-note", "Back to v1");
        click(page, "#confirm-publish");
        assertThat(page.locator(".koto-editor-header")).containsText("Latest v3");

        Api learner = new Api(browser.base()).newLearner("en");
        JsonNode stages = learner.get("/api/v1/lessons/" + id + "/stages").json();
        JsonNode detail = learner.get("/api/v1/lessons/" + id).json();
        assertThat(detail.path("lesson").path("version").asInt()).isEqualTo(3);
        assertThat(stages.get(0).path("activities").get(0).path("tutor_line").asString()).isEqualTo("어서 오세요!");
        assertThat(library.draft(id)).isEqualTo(library.get(id).draft());
    }

    @Test
    @WithMockUser(username = "setup", roles = "TEACHER")
    void aTeacherReordersStagesByDragAndDrop() {
        UUID id = library.importAsDraft(AuthoredLessons.cafe());
        Page page = browser.signIn(TEACHER, TEACHER_PASSWORD, "en-US");
        page.navigate(browser.base() + "/lessons/" + id);
        page.locator("#stages").getByText("Paying and saying goodbye").waitFor();
        settle(page);
        // HTML5 drag and drop as the browser fires it: dragstart on the row, dragover/drop above the first row
        page.evaluate("""
                () => {
                  const grid = document.querySelector('#stages');
                  const cells = [...grid.querySelectorAll('vaadin-grid-cell-content')];
                  const cell = text => cells.find(c => c.textContent.includes(text));
                  const source = cell('Paying and saying goodbye');
                  const target = cell('Saying hello');
                  const rect = target.getBoundingClientRect();
                  const dt = new DataTransfer();
                  const fire = (el, type, y) => el.dispatchEvent(new DragEvent(type, {bubbles: true, composed: true,
                      cancelable: true, dataTransfer: dt, clientX: rect.left + 5, clientY: y}));
                  fire(source, 'dragstart', source.getBoundingClientRect().top + 5);
                  fire(target, 'dragenter', rect.top + 1);
                  fire(target, 'dragover', rect.top + 1);
                  fire(target, 'drop', rect.top + 1);
                  fire(source, 'dragend', rect.top + 1);
                }
                """);
        settle(page);
        page.waitForTimeout(500);
        settle(page);
        assertThat(library.draft(id).stages()).extracting(StageDocument::key)
                .containsExactly("paying", "greeting", "ordering", "drink-options");
    }

    @Test
    void aTeacherSwitchesTheConsoleToKorean() {
        Page page = browser.signIn(TEACHER, TEACHER_PASSWORD, "en-US");
        assertThat(page.locator("h2")).hasText("Lessons");
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Language")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("한국어")).click();
        assertThat(page.locator("h2")).hasText("레슨");
        assertThat(page.locator("vaadin-side-nav-item").allInnerTexts()).containsExactly("레슨", "언어 팩", "레슨 분석");
        // remembered for the next sign-in in this browser
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("로그아웃")).click();
        page.waitForURL("**/login");
        assertThat(page.locator("vaadin-login-form")).containsText("로그인");
    }

    @Test
    void aLearnerCannotSignInToTheConsole() {
        String learner = new Api(browser.base()).newLearnerUsername("en");
        Page page = browser.newPage("en-US");
        page.navigate(browser.base() + "/login");
        page.getByLabel("Username").fill(learner);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("correct-horse-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/login?error");
        assertThat(page.getByText("Wrong username or password")).isVisible();
        page.navigate(browser.base() + "/");
        page.waitForURL("**/login");
    }

    private static Map<String, String> merged(Map<String, String> texts, String lang, String text) {
        Map<String, String> all = new java.util.LinkedHashMap<>(texts);
        all.put(lang, text);
        return all;
    }

    static LessonDocument withFirstHint(LessonDocument d, String hint) {
        List<StageDocument> stages = new ArrayList<>(d.stages());
        StageDocument s = stages.getFirst();
        List<ActivityDocument> activities = new ArrayList<>(s.activities());
        ActivityDocument a = activities.getFirst();
        activities.set(0, new ActivityDocument(a.key(), a.type(), a.difficulty(), a.register(), a.tutorLine(),
                a.tutorLineTranslation(), a.instruction(), a.sentence(), a.tiles(), a.acceptedAnswers(), a.patterns(),
                a.options(), a.successReply(), a.successReplyTranslation(), merged(a.hint(), "en", hint)));
        stages.set(0, new StageDocument(s.key(), s.scene(), s.title(), s.objective(), activities));
        return new LessonDocument(d.format(), d.slug(), d.title(), d.description(), d.level(), d.targetLang(),
                d.instructionLangs(), stages);
    }
}
