package com.koto.console.browser;

import static com.koto.console.browser.RealBrowser.click;
import static com.koto.console.browser.RealBrowser.fill;
import static com.koto.console.browser.RealBrowser.screenshot;
import static com.koto.console.browser.RealBrowser.settle;
import static org.assertj.core.api.Assertions.assertThat;

import com.koto.console.progress.AuthoredLessons;
import com.koto.content.DraftLesson;
import com.koto.content.LessonLibrary;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Screenshots of the console's main views, in a real browser. Regenerate the ones in
 * {@code docs/screenshots/} with
 * {@code KOTO_SCREENSHOTS=docs/screenshots ./mvnw -B test -Dvaadin.skip -Dtest=ConsoleScreenshotsTest}
 * (default target: {@code target/screenshots}).
 */
class ConsoleScreenshotsTest extends BrowserTest {

    @Autowired
    LessonLibrary library;

    @Test
    @WithMockUser(username = "mina", roles = "TEACHER")
    void mainViews() throws Exception {
        // a lesson with history: v1, an edit published as v2, and a pending draft change
        UUID id = library.importAsDraft(AuthoredLessons.cafe());
        library.publish(id, "First version");
        DraftLesson v1 = library.get(id);
        library.saveDraft(id, v1.revision(), ConsoleJourneysTest.withFirstHint(v1.draft(),
                "Use the polite greeting that works all day."));
        library.publish(id, "Clearer hint for the greeting");

        Page login = browser.newPage("en-US");
        login.navigate(browser.base() + "/login");
        login.locator("vaadin-login-form").waitFor();
        shot(login, "01-login");

        Page page = browser.signIn(ADMIN, ADMIN_PASS, "en-US");
        shot(page, "02-lessons");

        page.navigate(browser.base() + "/lessons/" + id);
        page.locator("#lesson-heading").waitFor();
        settle(page);
        page.locator("#stages vaadin-grid-cell-content").getByText("주문하기").first().click();
        settle(page);
        page.locator("#activities vaadin-grid-cell-content").getByText("order-americano").first().click();
        settle(page);
        fill(page, "#preview-answer", "아메리카노을 한 잔 주세요");
        click(page, "#preview-check");
        page.locator("#preview-result .koto-correction").waitFor();
        shot(page, "03-activity-editor-preview");

        page.locator("#activity-editor-top, .koto-activity-editor h3").first().scrollIntoViewIfNeeded();
        fill(page, "#tutor-line", "Americano?");
        click(page, "#save-activity");
        page.locator(".koto-activity-editor h3").first().scrollIntoViewIfNeeded();
        shot(page, "04-activity-validation");

        click(page, "vaadin-tab#tab-versions");
        page.locator("#compare-from").click();
        page.locator("vaadin-select-item >> visible=true").getByText("v1", new com.microsoft.playwright.Locator.GetByTextOptions()
                .setExact(true)).click();
        settle(page);
        page.locator("#version-diff li").first().waitFor();
        shot(page, "05-versions-diff");

        click(page, "#play-lesson");
        fill(page, "#play-answer", "안녕");
        click(page, "#play-submit");
        shot(page, "06-play-lesson");
        page.keyboard().press("Escape");
        settle(page);

        page.navigate(browser.base() + "/");
        page.locator("#lessons").waitFor();
        settle(page);
        click(page, "#import-lessons");
        Path dir = Files.createTempDirectory("koto-import");
        Path good = dir.resolve("airport-checkin.json");
        try (var in = getClass().getResourceAsStream("/content/demo/airport-checkin.json")) {
            Files.write(good, in.readAllBytes());
        }
        Path bad = dir.resolve("market-draft.json");
        Files.writeString(bad, Files.readString(good).replace("\"key\": \"hand-passport\"", "\"key\": \"greet-agent\"")
                .replace("\"tutor_line\": \"여권 보여 주시겠어요?\"", "\"tutor_line\": \"여권 보여 주시겠어요?\"")
                .replace("\"Menyapa\"", "\"\""));
        page.locator("#lesson-upload input[type=file]").setInputFiles(new Path[] {good, bad});
        page.locator("#import-status").getByText("1 imported").waitFor();
        shot(page, "07-import-report");
        page.keyboard().press("Escape");
        settle(page);

        page.navigate(browser.base() + "/packs");
        page.locator("#packs").waitFor();
        settle(page);
        shot(page, "08-language-packs");

        page.navigate(browser.base() + "/packs/ko-id");
        page.locator("#pack-heading").waitFor();
        settle(page);
        click(page, "vaadin-tab#pack-tab-feedback");
        fill(page, "[id='feedback_templates.grammar_error']", "Tata bahasanya salah. Yang benar: {corect}");
        shot(page, "09-pack-editor-placeholders");
        click(page, "vaadin-tab#pack-tab-patterns");
        shot(page, "10-pack-error-patterns");

        page.navigate(browser.base() + "/activity");
        page.locator("#activity-log").waitFor();
        settle(page);
        shot(page, "11-activity-log");

        Page korean = browser.signIn(ADMIN, ADMIN_PASS, "ko-KR");
        korean.navigate(browser.base() + "/lessons/" + id);
        korean.locator("#lesson-heading").waitFor();
        settle(korean);
        shot(korean, "12-lesson-editor-korean");
    }

    @Test
    @WithMockUser(username = "mina", roles = "TEACHER")
    void accountsConfirmationsAndErrorPages() {
        UUID id = library.importAsDraft(AuthoredLessons.cafe());
        library.publish(id, "First version");
        String slug = library.get(id).slug();
        String teacher = "shot-" + UUID.randomUUID().toString().substring(0, 6);

        Page admin = browser.signIn(ADMIN, ADMIN_PASS, "en-US");
        admin.navigate(browser.base() + "/accounts");
        admin.locator("#accounts").waitFor();
        settle(admin);
        RealBrowser.fillNewAccount(admin, teacher, "Hana Kim", "handed-over-1");
        shot(admin, "13-new-account");
        click(admin, "#create-account");
        shot(admin, "14-accounts");
        admin.locator("[data-account='" + teacher + "'].koto-reset-password >> visible=true").click();
        settle(admin);
        click(admin, "#confirm-reset");
        shot(admin, "15-password-reset-once");
        String once = admin.locator("#one-time-password input").inputValue();
        admin.keyboard().press("Escape");
        settle(admin);

        admin.navigate(browser.base() + "/");
        admin.locator("#lessons").waitFor();
        fill(admin, "#lesson-search", slug);
        click(admin, "#archive-" + slug + " >> visible=true");
        shot(admin, "16-archive-confirm");
        admin.keyboard().press("Escape");
        settle(admin);

        admin.navigate(browser.base() + "/lessons/" + id);
        admin.locator("#lesson-heading").waitFor();
        settle(admin);
        shot(admin, "17-lesson-no-unpublished-changes");

        admin.navigate(browser.base() + "/no-such-page");
        admin.locator("#not-found").waitFor();
        shot(admin, "18-not-found");

        Page page = browser.newPage("en-US");
        page.navigate(browser.base() + "/login");
        page.getByLabel("Username").fill(teacher);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(once);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/password");
        settle(page);
        shot(page, "20-password-forced");

        Page mina = browser.signIn(ConsoleJourneysTest.TEACHER, ConsoleJourneysTest.TEACHER_PASSWORD, "en-US");
        mina.navigate(browser.base() + "/activity");
        mina.locator("#not-allowed").waitFor();
        shot(mina, "19-not-allowed");
    }

    private static void shot(Page page, String name) {
        Path file = screenshot(page, name);
        assertThat(file).exists();
    }
}
