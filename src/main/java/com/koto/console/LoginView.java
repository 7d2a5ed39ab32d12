package com.koto.console;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The console's login page (teachers and admins), in English or Korean ({@code ?lang=ko}). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Up to six digits. */
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{1,6}");

    private final LoginForm login = new LoginForm();

    LoginView() {
        addClassName("koto-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        HorizontalLayout languages = new HorizontalLayout();
        for (Locale locale : ConsoleI18n.LOCALES) {
            languages.add(new Anchor("login?lang=" + locale.getLanguage(),
                    getTranslation("lang.self." + locale.getLanguage())));
        }
        languages.addClassName("koto-login-languages");
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")), login, languages);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> lang = parameters.getOrDefault("lang", List.of());
        if (!lang.isEmpty() && ConsoleLocale.supported(lang.getFirst()).isPresent()
                && !lang.getFirst().equals(getLocale().getLanguage())) {
            ConsoleLocale.switchTo(ConsoleLocale.supported(lang.getFirst()).get());
            return;
        }
        List<String> throttled = parameters.getOrDefault("throttled", List.of());
        if (!throttled.isEmpty()) {
            // too many sign-in attempts (ConsoleSignInThrottle): say how long to wait, not "wrong password"
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message",
                    SIX_DIGITS.matcher(throttled.getFirst()).matches() ? throttled.getFirst() : "60"));
            login.setI18n(i18n);
            login.setError(true);
            return;
        }
        login.setError(parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
