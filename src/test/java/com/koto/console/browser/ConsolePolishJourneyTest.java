package com.koto.console.browser;

import static com.koto.console.browser.RealBrowser.click;
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
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue #15 in a real browser, one test per point a new teacher or admin tripped over: row actions
 * at 1280 px, confirmations, banners that match the buttons, diffs that say what changed, titles
 * instead of keys, help text that matches behaviour, empty states and layout, and styled error pages.
 */
class ConsolePolishJourneyTest extends BrowserTest {

    @Autowired
    LessonLibrary library;

    private UUID publishedCafe() {
        UUID id = library.importAsDraft(AuthoredLessons.cafe());
        library.publish(id, "First version");
        return id;
    }

    private static void assertInside(Locator inner, Locator outer) {
        BoundingBox in = inner.boundingBox();
        BoundingBox out = outer.boundingBox();
        assertThat(in.x).as("left edge").isGreaterThanOrEqualTo(out.x - 1);
        assertThat(in.x + in.width).as("right edge").isLessThanOrEqualTo(out.x + out.width + 1);
    }

    private Page openLesson(Page page, UUID id) {
        page.navigate(browser.base() + "/lessons/" + id);
        page.locator("#lesson-heading").waitFor();
        settle(page);
        return page;
    }

    /** 1. Row actions visible at 1280 px and reachable by keyboard; 2. archive asks first and says what happens. */
    @Test
    @WithMockUser(username = "setup", roles = "TEACHER")
    void rowActionsAreVisibleAndReachableByKeyboardAt1280AndArchiveAsksFirst() {
        UUID id = publishedCafe();
        String slug = library.get(id).slug();
        Page page = browser.signIn(TEACHER, TEACHER_PASSWORD, "en-US", 1280);
        RealBrowser.fill(page, "#lesson-search", slug);
        Locator grid = page.locator("#lessons");
        Locator archive = page.locator("#archive-" + slug + " >> visible=true");
        assertThat(archive).isVisible();
        assertInside(archive, grid);
        assertInside(page.locator("#duplicate-" + slug + " >> visible=true"), grid);
        assertInside(page.locator("#export-" + slug + " >> visible=true"), grid);
        screenshot(page, "lessons-1280");

        page.locator("#duplicate-" + slug + " >> visible=true").focus();
        page.keyboard().press("Enter");
        settle(page);
        assertThat(page.locator("#duplicate-title")).isVisible();
        page.keyboard().press("Escape");
        settle(page);

        page.locator("#archive-" + slug + " >> visible=true").focus();
        page.keyboard().press("Enter");
        settle(page);
        Locator confirm = page.locator("#archive-confirm");
        assertThat(confirm).containsText("Learners will no longer see it or start it");
        click(page, "#archive-confirm [slot=cancel-button]");
        assertThat(library.get(id).status().code()).isEqualTo("published");
        click(page, "#archive-" + slug + " >> visible=true");
        click(page, "#archive-confirm [slot=confirm-button]");
        assertThat(library.get(id).status().code()).isEqualTo("archived");
        assertThat(page.locator("#unarchive-" + slug + " >> visible=true")).isVisible();

        // the editor's actions are buttons inside the window too
        openLesson(page, id);
        for (String action : List.of("#duplicate-lesson", "#export-lesson", "#unarchive-lesson")) {
            Locator button = page.locator(action);
            assertThat(button).isVisible();
            assertThat(button.boundingBox().x + button.boundingBox().width).isLessThanOrEqualTo(1280);
        }
        assertThat(page.locator("#problems")).containsText("Archived");
        click(page, "#unarchive-lesson");
        assertThat(library.get(id).status().code()).isEqualTo("published");
    }

    /** 3. banner matches Publish; 2. no Restore on the current version; 4. the diff says what changed; 2. discard. */
    @Test
    @WithMockUser(username = "setup", roles = "TEACHER")
    void bannersMatchTheButtonsAndTheDiffSaysWhatChanged() {
        UUID id = publishedCafe();
        Page page = openLesson(browser.signIn(TEACHER, TEACHER_PASSWORD, "en-US", 1400), id);
        assertThat(page.locator("#problems")).containsText("No unpublished changes");
        assertThat(page.locator("#publish")).isDisabled();
        assertThat(page.locator("#discard-draft")).isHidden();
        click(page, "vaadin-tab#tab-versions");
        assertThat(page.locator("#current-v1")).isVisible();
        assertThat(page.locator("#restore-v1")).hasCount(0);

        DraftLesson v1 = library.get(id);
        library.saveDraft(id, v1.revision(), withAmericano(v1.draft(), "아메리카노 하나 주세요", "Say how many: 한 잔."));
        openLesson(page, id);
        assertThat(page.locator("#problems")).containsText("Ready to publish");
        assertThat(page.locator("#publish")).isEnabled();
        click(page, "vaadin-tab#tab-versions");
        Locator diff = page.locator("#version-diff");
        assertThat(diff).containsText("Dialogue “어떤 걸로 드릴까요?”");
        assertThat(diff).containsText("“Ordering drinks”");
        assertThat(diff).containsText("accepted answers: + “아메리카노 하나 주세요”");
        assertThat(diff).containsText("→ “Say how many: 한 잔.”");
        assertThat(diff).not().containsText("order-americano");
        assertThat(page.locator("#restore-v1")).isVisible();
        screenshot(page, "versions-diff");

        click(page, "#discard-draft");
        assertThat(page.locator("vaadin-confirm-dialog")).containsText("Throw away every change since v1");
        click(page, "vaadin-confirm-dialog [slot=confirm-button]");
        assertThat(page.locator("#problems")).containsText("No unpublished changes");
        assertThat(library.get(id).unpublishedChanges()).isFalse();
    }

    /** 5. titles instead of keys; 6. help text says what the evaluator does; 7. one scrollbar, scroll kept on save. */
    @Test
    @WithMockUser(username = "setup", roles = "TEACHER")
    void theActivityEditorSpeaksInTitlesAndKeepsItsPlace() {
        UUID id = publishedCafe();
        Page page = openLesson(browser.signIn(TEACHER, TEACHER_PASSWORD, "en-US", 1400), id);
        page.locator("#stages vaadin-grid-cell-content").getByText("음료 주문하기").first().click();
        settle(page);
        Locator stageTitle = page.locator("#stages vaadin-grid-cell-content").getByText("Ordering drinks").first();
        assertThat(stageTitle).isVisible();
        assertThat((Boolean) stageTitle.evaluate("e => e.scrollWidth <= e.clientWidth + 1"))
                .as("stage subtitle not cut off").isTrue();
        page.locator("#activities vaadin-grid-cell-content").getByText("order-americano").first().click();
        settle(page);
        assertThat(page.locator("#activity-heading")).hasText("Dialogue “어떤 걸로 드릴까요?”");
        assertThat(page.locator("#accepted-answers")).containsText("closest to what they said");
        assertThat(page.locator("#accepted-answers")).not().containsText("The first is the model answer");
        assertThat((Boolean) page.evaluate("() => document.scrollingElement.scrollHeight"
                + " <= document.scrollingElement.clientHeight + 1")).as("the page itself does not scroll").isTrue();
        screenshot(page, "activity-editor");

        // scroll down to the save button, save: the editor stays where it was
        page.locator("#save-activity").scrollIntoViewIfNeeded();
        String scroller = "() => { let e = document.querySelector('#save-activity');"
                + " while (e && !(e.scrollHeight > e.clientHeight + 1 && getComputedStyle(e).overflowY !== 'visible'))"
                + " { e = e.parentElement || (e.getRootNode() && e.getRootNode().host); } return e ? e.scrollTop : -1; }";
        double before = ((Number) page.evaluate(scroller)).doubleValue();
        assertThat(before).isGreaterThan(0);
        click(page, "#save-activity");
        page.waitForTimeout(300);
        double after = ((Number) page.evaluate(scroller)).doubleValue();
        assertThat(after).isGreaterThan(before / 2);
        assertThat(page.locator("#save-activity")).isInViewport();
    }

    /** 5. human labels in the pack editor; 7. the pack change log's empty state and untruncated pack names. */
    @Test
    void packsShowMeaningsAndEmptyStates() {
        Page page = browser.signIn(TEACHER, TEACHER_PASSWORD, "en-US", 1400);
        page.navigate(browser.base() + "/packs");
        page.locator("#packs").waitFor();
        settle(page);
        Object cut = page.evaluate("() => [...document.querySelectorAll('#packs vaadin-grid-cell-content')]"
                + ".filter(c => c.textContent.trim() && c.scrollWidth > c.clientWidth + 1).map(c => c.textContent)");
        assertThat((List<?>) cut).as("cut-off cells").isEmpty();
        page.navigate(browser.base() + "/packs/ko-id");
        page.locator("#pack-tabs").waitFor();
        settle(page);
        click(page, "vaadin-tab#pack-tab-feedback");
        assertThat(page.locator("[id='feedback_templates.good_job'] label")).hasText("Right answer");
        click(page, "vaadin-tab#pack-tab-explanations");
        assertThat(page.locator("[id='category_explanations.particle_missing'] label")).hasText("Missing particle");
        click(page, "vaadin-tab#pack-tab-changes");
        assertThat(page.locator("#pack-changes")).containsText("No changes yet");
        screenshot(page, "pack-changes-empty");
    }

    /** 5. the activity log names lessons by title; the slug is the small print. */
    @Test
    @WithMockUser(username = "setup", roles = "ADMIN")
    void theActivityLogNamesLessonsByTitle() {
        publishedCafe();
        Page page = browser.signIn(ADMIN, ADMIN_PASS, "en-US", 1400);
        page.navigate(browser.base() + "/activity");
        page.locator("#activity-log").waitFor();
        settle(page);
        assertThat(page.locator("#activity-log")).containsText("Lesson “Ordering at a café”");
        screenshot(page, "activity-log");
    }

    /** 8. unknown addresses, missing lessons and forbidden views get a styled page with a way back. */
    @Test
    void navigationErrorsShowAStyledPageWithAWayBack() {
        Page page = browser.signIn(TEACHER, TEACHER_PASSWORD, "en-US", 1400);
        page.navigate(browser.base() + "/no-such-page");
        assertThat(page.locator("#not-found h2")).hasText("Page not found");
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        screenshot(page, "not-found");
        click(page, "#error-back");
        assertThat(page.locator("h2").first()).hasText("Lessons");

        page.navigate(browser.base() + "/lessons/" + UUID.randomUUID());
        assertThat(page.locator("#not-found h2")).hasText("Page not found");
        page.navigate(browser.base() + "/lessons/not-a-lesson");
        assertThat(page.locator("#not-found h2")).hasText("Page not found");

        page.navigate(browser.base() + "/activity");
        assertThat(page.locator("#not-allowed h2")).hasText("Not allowed");
        assertThat(page.locator("body")).not().containsText("Could not navigate");
        assertThat(page.locator("#error-back")).isVisible();
        screenshot(page, "not-allowed");
    }

    static LessonDocument withAmericano(LessonDocument d, String extraAnswer, String hint) {
        List<StageDocument> stages = new ArrayList<>();
        for (StageDocument s : d.stages()) {
            List<ActivityDocument> activities = new ArrayList<>();
            for (ActivityDocument a : s.activities()) {
                if (a.key().equals("order-americano")) {
                    List<String> answers = new ArrayList<>(a.acceptedAnswers());
                    answers.add(extraAnswer);
                    Map<String, String> hints = new java.util.LinkedHashMap<>(a.hint());
                    hints.put("en", hint);
                    a = new ActivityDocument(a.key(), a.type(), a.difficulty(), a.register(), a.tutorLine(),
                            a.tutorLineTranslation(), a.instruction(), a.sentence(), a.tiles(), answers, a.patterns(),
                            a.options(), a.successReply(), a.successReplyTranslation(), hints);
                }
                activities.add(a);
            }
            stages.add(new StageDocument(s.key(), s.scene(), s.title(), s.objective(), activities));
        }
        return new LessonDocument(d.format(), d.slug(), d.title(), d.description(), d.level(), d.targetLang(),
                d.instructionLangs(), stages);
    }
}
