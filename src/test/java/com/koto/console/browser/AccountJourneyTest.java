package com.koto.console.browser;

import static com.koto.console.browser.RealBrowser.click;
import static com.koto.console.browser.RealBrowser.fill;
import static com.koto.console.browser.RealBrowser.screenshot;
import static com.koto.console.browser.RealBrowser.settle;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.koto.identity.Accounts;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Real-browser account journey: an admin creates a teacher account; the teacher's first sign-in
 * asks for their own password, then the console opens; the admin sees the sign-ins, the failed
 * sign-in and the creation in the activity log.
 */
class AccountJourneyTest extends BrowserTest {

    @Test
    void anAdminCreatesATeacherAccountAndTheTeacherSignsIn() {
        String teacher = "new-teacher-" + UUID.randomUUID().toString().substring(0, 6);
        Page admin = browser.signIn(ADMIN, ADMIN_PASS, "en-US");
        admin.locator("vaadin-side-nav-item").getByText("Accounts").click();
        settle(admin);
        assertThat(admin.locator("h2")).hasText("Accounts");
        RealBrowser.fillNewAccount(admin, teacher, "Nora Teacher", "handed-over-1");
        screenshot(admin, "accounts-new");
        click(admin, "#create-account");
        assertThat(admin.locator("#accounts")).containsText("Nora Teacher");
        assertThat(admin.locator("#accounts")).containsText("Must change password");
        screenshot(admin, "accounts");

        // the teacher mistypes once, then signs in with the handed-over password and must choose their own
        Page page = browser.newPage("en-US");
        page.navigate(browser.base() + "/login");
        RealBrowser.submitSignIn(page, teacher, "not-the-password", "en-US");
        page.waitForURL("**/login?error");
        RealBrowser.submitSignIn(page, teacher, "handed-over-1", "en-US");
        page.waitForURL("**/password");
        settle(page);
        assertThat(page.locator("h2")).hasText("Change your password");
        // no way around it: another view sends the teacher back
        page.navigate(browser.base() + "/packs");
        page.waitForURL("**/password");
        settle(page);
        RealBrowser.fillPasswordChange(page, "handed-over-1", "my-own-secret-1");
        screenshot(page, "password-forced");
        click(page, "#change-password");
        page.locator("vaadin-app-layout").waitFor();
        settle(page);
        assertThat(page.locator("h2")).hasText("Lessons");
        assertThat(page.locator("vaadin-side-nav-item").allInnerTexts()).containsExactly("Lessons", "Language packs", "Lesson analytics");
        assertThat(accounts.authenticate(teacher, "my-own-secret-1")).isPresent();

        // and signs in with it next time, straight into the console
        Page again = browser.signIn(teacher, "my-own-secret-1", "en-US");
        assertThat(again.locator("h2")).hasText("Lessons");

        admin.locator("vaadin-side-nav-item").getByText("Activity log").click();
        settle(admin);
        fill(admin, "#log-filter", teacher);
        var log = admin.locator("#activity-log");
        assertThat(log).containsText("Account created");
        assertThat(log).containsText("Sign-in failed");
        assertThat(log).containsText("Signed in");
        assertThat(log).containsText("Password changed");
        screenshot(admin, "activity-log-accounts");
    }

    @Test
    void everyStaffUserChangesTheirOwnPasswordFromTheUserMenu() {
        String teacher = "menu-teacher-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(teacher, "old-password-1", "Menu Teacher", com.koto.identity.Role.TEACHER, "en");
        Page page = browser.signIn(teacher, "old-password-1", "en-US");
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Change password…")).click();
        settle(page);
        RealBrowser.fillPasswordChange(page, "wrong-password", "new-password-2");
        click(page, "#change-password");
        assertThat(page.locator("#current-password")).containsText("The current password is wrong.");
        fill(page, "#current-password", "old-password-1");
        click(page, "#change-password");
        assertThat(page.locator("#password-dialog")).hasCount(0);
        assertThat(accounts.authenticate(teacher, "new-password-2")).isPresent();
    }
}
