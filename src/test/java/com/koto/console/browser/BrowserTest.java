package com.koto.console.browser;

import com.koto.console.ConsoleTest;
import com.koto.identity.Accounts;
import com.koto.identity.Role;
import com.koto.support.RequiresTool;
import com.koto.support.Tool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the real-browser console tests (Playwright + Debian Chromium, {@link RealBrowser}): a fresh browser per
 * test in {@link #browser}, closed after it, and the console accounts the tests sign in with ({@link #TEACHER},
 * {@link #ADMIN}), created once per test database. Tagged {@code browser}; skipped with the install command where
 * Chromium is missing ({@code @RequiresTool}), failed where CI requires it. Shares the console tests' application
 * context ({@link ConsoleTest}).
 */
@Tag("browser")
@RequiresTool(Tool.CHROMIUM)
abstract class BrowserTest extends ConsoleTest {

    /** A TEACHER account for the tests (created by {@link #startBrowser()} when missing). */
    static final String TEACHER = "teacher-tess";
    static final String TEACHER_PASSWORD = "teacher-password-1";
    /** An ADMIN account for the tests (created by {@link #startBrowser()} when missing). */
    static final String ADMIN = "ada";
    static final String ADMIN_PASS = "admin-password-1";

    @Autowired
    Accounts accounts;

    /** This test's browser. */
    RealBrowser browser;

    @BeforeEach
    void startBrowser() {
        browser = RealBrowser.start(port);
        if (accounts.findByUsername(TEACHER).isEmpty()) {
            accounts.create(TEACHER, TEACHER_PASSWORD, "Tess Teacher", Role.TEACHER, "en");
        }
        if (accounts.findByUsername(ADMIN).isEmpty()) {
            accounts.create(ADMIN, ADMIN_PASS, "Ada Admin", Role.ADMIN, "en");
        }
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
