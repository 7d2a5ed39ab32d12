package com.koto.console.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.koto.support.Tool;

/**
 * Debian's Chromium driven by Playwright, offline (no browser download; see STACK.md). Test classes
 * using it carry {@code @RequiresTool(Tool.CHROMIUM)}: found on {@code PATH} (or env {@code KOTO_CHROMIUM}),
 * skipped with the install command where it is missing, failed where CI requires it.
 */
final class RealBrowser implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;
    private final String base;

    private RealBrowser(String base) {
        this.base = base;
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Tool.CHROMIUM.path())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
    }

    /** Starts the browser (the calling class is guarded by {@code @RequiresTool(Tool.CHROMIUM)}). */
    static RealBrowser start(int port) {
        return new RealBrowser("http://localhost:" + port);
    }

    /** A fresh browser session (own cookies) in a given UI language. */
    Page newPage(String acceptLanguage) {
        return newPage(acceptLanguage, 1440);
    }

    /** A fresh browser session, {@code width} × 900 CSS pixels. */
    Page newPage(String acceptLanguage, int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 900)
                .setLocale(acceptLanguage)
                .setAcceptDownloads(true));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    /** Signs in on the console's login page and waits for the shell. */
    Page signIn(String username, String password, String acceptLanguage) {
        return signIn(username, password, acceptLanguage, 1440);
    }

    /** Signs in with a browser window {@code width} CSS pixels wide. */
    Page signIn(String username, String password, String acceptLanguage, int width) {
        Page page = newPage(acceptLanguage, width);
        page.navigate(base + "/login");
        submitSignIn(page, username, password, acceptLanguage);
        page.locator("vaadin-app-layout").waitFor();
        settle(page);
        return page;
    }

    /**
     * Types a username and password into the login form shown in {@code page} and presses its button, in the
     * page's UI language ({@code acceptLanguage}: {@code ko…} or English); waits for nothing (the caller knows
     * where the attempt should lead: the console, {@code /login?error}, the forced password change).
     */
    static void submitSignIn(Page page, String username, String password, String acceptLanguage) {
        page.getByLabel(acceptLanguage.startsWith("ko") ? "아이디" : "Username").fill(username);
        page.getByLabel(acceptLanguage.startsWith("ko") ? "비밀번호" : "Password",
                new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(acceptLanguage.startsWith("ko") ? "로그인" : "Sign in")).click();
    }

    /** Fills the password change form (forced at a first sign-in, or the user menu's dialog); does not submit it. */
    static void fillPasswordChange(Page page, String current, String fresh) {
        fill(page, "#current-password", current);
        fill(page, "#fresh-password", fresh);
        fill(page, "#repeat-password", fresh);
    }

    /** Opens the Accounts view's "new account" dialog (admin) and fills it; the role stays TEACHER. Does not create. */
    static void fillNewAccount(Page admin, String username, String displayName, String firstPassword) {
        click(admin, "#new-account");
        fill(admin, "#new-username", username);
        fill(admin, "#new-display-name", displayName);
        fill(admin, "#new-password", firstPassword);
    }

    String base() {
        return base;
    }

    /** Waits until Vaadin has no request in flight. */
    static void settle(Page page) {
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /** Types into the text field or area with this id (or the first input inside the element). */
    static void fill(Page page, String selector, String text) {
        Locator field = page.locator(selector);
        Locator input = field.locator("input, textarea").first();
        input.fill(text);
        input.dispatchEvent("change");
        settle(page);
    }

    /** Clicks and waits for the round trip. */
    static void click(Page page, String selector) {
        page.locator(selector).first().click();
        settle(page);
    }

    /** Saves a screenshot under env {@code KOTO_SCREENSHOTS} (default {@code target/screenshots}). */
    static Path screenshot(Page page, String name) {
        String configured = System.getenv("KOTO_SCREENSHOTS");
        Path dir = Path.of(configured == null || configured.isBlank() ? "target/screenshots" : configured);
        Path file = dir.resolve(name + ".png");
        settle(page);
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
