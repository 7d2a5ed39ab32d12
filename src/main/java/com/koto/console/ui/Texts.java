package com.koto.console.ui;

import com.koto.console.ConsoleI18n;
import com.koto.content.LessonDiff;
import com.koto.content.LessonProblem;
import com.koto.langpack.PackProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Console texts for values that come from data: language names, lesson problems, diff lines,
 * times. Everything goes through {@link ConsoleI18n}; a code without a text (a language the
 * console has no name for) falls back to the code itself.
 */
public final class Texts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Texts() {
    }

    /** A text of the current UI's language. */
    public static String t(String key, Object... args) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        return provider().getTranslation(key, locale, args);
    }

    /** A text for a key built from data, or {@code fallback} when the console has none. */
    public static String tOr(String key, String fallback, Object... args) {
        I18NProvider provider = provider();
        if (provider instanceof ConsoleI18n console && !console.has(key)) {
            return fallback;
        }
        return t(key, args);
    }

    /** A language's name in the UI language, e.g. {@code Indonesian (id)}. */
    public static String language(String code) {
        return tOr("lang.name." + code, code, code) + " (" + code + ")";
    }

    /** A lesson problem as a sentence with its place ({@code Stage 'x' › activity 'y': …}). */
    public static String problem(LessonProblem p) {
        String text = problemHere(p);
        if (p.activity() != null) {
            return t("problem.at.activity", p.stage(), p.activity()) + text;
        }
        if (p.stage() != null) {
            return t("problem.at.stage", p.stage()) + text;
        }
        return text;
    }

    /** A lesson problem without its place, for a message under the field concerned. */
    public static String problemHere(LessonProblem p) {
        Object[] args = p.args().toArray();
        switch (p.code()) {
            case ANSWERS_MISSING -> args[0] = tOr("type." + args[0], String.valueOf(args[0]));
            case OPTION_TRANSLATION_MISSING -> args[1] = language(String.valueOf(args[1]));
            case TITLE_MISSING, DESCRIPTION_MISSING, STAGE_TITLE_MISSING, STAGE_OBJECTIVE_MISSING,
                    TUTOR_LINE_TRANSLATION_MISSING, INSTRUCTION_MISSING, SUCCESS_REPLY_TRANSLATION_MISSING,
                    HINT_MISSING -> args[0] = language(String.valueOf(args[0]));
            default -> { }
        }
        return t("problem." + p.code().name(), args);
    }

    /** A language-pack problem, with its JSON path. */
    public static String packProblem(PackProblem p) {
        return t("packproblem." + p.code().name(), prepend(p.path(), p.args()));
    }

    /** One diff line, e.g. {@code Activity 'greet' (stage 'cafe') changed: hint}. */
    public static String change(LessonDiff.Change c) {
        String fields = String.join(", ", c.fields().stream().map(f -> tOr("field." + f, f)).toList());
        return t("diff." + c.kind().name(), c.stage(), c.activity(), fields);
    }

    /** A time as {@code 2026-11-22 09:30 UTC}. */
    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    private static Object[] prepend(String first, List<String> rest) {
        Object[] all = new Object[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }

    private static I18NProvider provider() {
        return VaadinService.getCurrent().getInstantiator().getI18NProvider();
    }

    /** The text of {@code key} as seen by a component (its UI's language). */
    public static String of(Component component, String key, Object... args) {
        return component.getTranslation(key, args);
    }
}
