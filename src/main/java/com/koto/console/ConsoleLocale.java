package com.koto.console;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The console language: the browser's (Vaadin matches Accept-Language against
 * {@link ConsoleI18n#LOCALES}) unless the user chose one, which a cookie remembers across sign-ins.
 */
@Component
public class ConsoleLocale implements VaadinServiceInitListener {

    static final String COOKIE = "koto-console-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> chosen(VaadinRequest.getCurrent()).ifPresent(locale -> {
            ui.getUI().getSession().setLocale(locale);
            ui.getUI().setLocale(locale);
        }));
    }

    /** Switches the language of this session (and later ones in this browser), then reloads the page. */
    public static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }

    /** Parses a language code the console offers ({@code en}, {@code ko}). */
    static Optional<Locale> supported(String language) {
        return ConsoleI18n.LOCALES.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    private static Optional<Locale> chosen(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .flatMap(c -> supported(c.getValue()));
    }
}
