package com.koto.console.ui;

import static com.koto.console.ui.Texts.t;

import com.koto.content.ActivityDocument;
import com.koto.content.LessonDiff;
import com.koto.content.LessonDocument;
import com.koto.content.StageDocument;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Diff lines people read: stages by title and activities by their Korean line instead of keys,
 * and, when both documents are at hand, what changed in each field (answers added and removed,
 * text before → after).
 */
public final class DiffText {

    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final int SHORT = 40;

    private DiffText() {
    }

    /**
     * One change as a line, naming stages and activities by title from {@code before} or
     * {@code after} (either may be {@code null}; a key is the last fallback).
     */
    public static String line(LessonDiff.Change c, LessonDocument before, LessonDocument after) {
        String fields = String.join(", ", c.fields().stream().map(f -> Texts.tOr("field." + f, f)).toList());
        String stage = c.stage() == null ? null : stageName(c.stage(), after, before);
        String activity = c.activity() == null ? null : activityName(c.activity(), after, before);
        return t("diff." + c.kind().name(), stage, activity, fields);
    }

    /** What changed in each field of a *_CHANGED line, e.g. {@code accepted answers: + “물 주세요”}. */
    public static List<String> details(LessonDiff.Change c, LessonDocument before, LessonDocument after) {
        List<String> lines = new ArrayList<>();
        for (String field : c.fields()) {
            Object a = value(c, field, before);
            Object b = value(c, field, after);
            String detail = detail(a, b);
            if (detail != null) {
                lines.add(Texts.tOr("field." + field, field) + ": " + detail);
            }
        }
        return lines;
    }

    /**
     * A list of changes, each with its field details underneath; at most {@code limit} changes,
     * then "… and n more".
     */
    public static UnorderedList list(List<LessonDiff.Change> changes, LessonDocument before, LessonDocument after,
            int limit) {
        UnorderedList list = new UnorderedList();
        list.addClassName("koto-diff");
        changes.stream().limit(limit).forEach(c -> {
            ListItem item = new ListItem(new Span(line(c, before, after)));
            List<String> details = details(c, before, after);
            if (!details.isEmpty()) {
                UnorderedList sub = new UnorderedList();
                sub.addClassName("koto-diff-details");
                details.forEach(d -> sub.add(new ListItem(d)));
                item.add(sub);
            }
            list.add(item);
        });
        if (changes.size() > limit) {
            list.add(new ListItem(t("diff.more", changes.size() - limit)));
        }
        return list;
    }

    /** An activity's readable name: its type and its Korean line, e.g. {@code Dialogue “어떤 걸로 드릴까요?”}. */
    public static String activityLabel(ActivityDocument a) {
        String text = firstNonBlank(a.tutorLine(), a.sentence(),
                a.acceptedAnswers().isEmpty() ? null : a.acceptedAnswers().getFirst());
        String type = Texts.tOr("type." + a.type().code(), a.type().code());
        return text == null ? type + " " + a.key() : type + " " + quote(shorten(text));
    }

    private static String stageName(String key, LessonDocument... docs) {
        for (LessonDocument d : docs) {
            if (d != null) {
                for (StageDocument s : d.stages()) {
                    if (s.key().equals(key)) {
                        return quote(LessonDocument.pick(s.title(), language()));
                    }
                }
            }
        }
        return key;
    }

    private static String activityName(String key, LessonDocument... docs) {
        for (LessonDocument d : docs) {
            ActivityDocument a = activity(d, key);
            if (a != null) {
                return activityLabel(a);
            }
        }
        return key;
    }

    private static ActivityDocument activity(LessonDocument d, String key) {
        if (d == null) {
            return null;
        }
        for (StageDocument s : d.stages()) {
            for (ActivityDocument a : s.activities()) {
                if (a.key().equals(key)) {
                    return a;
                }
            }
        }
        return null;
    }

    private static Object value(LessonDiff.Change c, String field, LessonDocument d) {
        if (d == null) {
            return null;
        }
        if (c.activity() != null) {
            ActivityDocument a = activity(d, c.activity());
            return a == null ? null : switch (field) {
                case "type" -> a.type().code();
                case "difficulty" -> a.difficulty();
                case "register" -> a.register();
                case "tutor_line" -> a.tutorLine();
                case "tutor_line_translation" -> a.tutorLineTranslation();
                case "instruction" -> a.instruction();
                case "sentence" -> a.sentence();
                case "tiles" -> a.tiles();
                case "accepted_answers" -> a.acceptedAnswers();
                case "patterns" -> a.patterns();
                case "success_reply" -> a.successReply();
                case "success_reply_translation" -> a.successReplyTranslation();
                case "hint" -> a.hint();
                default -> null; // options: the field name says enough
            };
        }
        if (c.stage() != null) {
            StageDocument s = d.stages().stream().filter(x -> x.key().equals(c.stage())).findFirst().orElse(null);
            return s == null ? null : switch (field) {
                case "scene" -> s.scene();
                case "title" -> s.title();
                case "objective" -> s.objective();
                default -> null;
            };
        }
        return switch (field) {
            case "title" -> d.title();
            case "description" -> d.description();
            case "level" -> d.level().cefr() + " · TOPIK " + d.level().topik();
            case "instruction_langs" -> d.instructionLangs();
            default -> null;
        };
    }

    @SuppressWarnings("unchecked")
    private static String detail(Object a, Object b) {
        if (a == null && b == null) {
            return null;
        }
        if (a instanceof List<?> || b instanceof List<?>) {
            List<Object> before = a == null ? List.of() : (List<Object>) a;
            List<Object> after = b == null ? List.of() : (List<Object>) b;
            Set<Object> added = new LinkedHashSet<>(after);
            before.forEach(added::remove);
            Set<Object> removed = new LinkedHashSet<>(before);
            after.forEach(removed::remove);
            List<String> parts = new ArrayList<>();
            added.forEach(x -> parts.add("+ " + quote(String.valueOf(x))));
            removed.forEach(x -> parts.add("− " + quote(String.valueOf(x))));
            if (parts.isEmpty()) {
                parts.add(t("diff.reordered"));
            }
            return String.join(", ", parts);
        }
        if (a instanceof Map<?, ?> || b instanceof Map<?, ?>) {
            Map<String, String> before = a == null ? Map.of() : (Map<String, String>) a;
            Map<String, String> after = b == null ? Map.of() : (Map<String, String>) b;
            Set<String> langs = new TreeSet<>(before.keySet());
            langs.addAll(after.keySet());
            List<String> parts = new ArrayList<>();
            for (String lang : langs) {
                if (!Objects.equals(before.get(lang), after.get(lang))) {
                    parts.add(lang.toUpperCase(Locale.ROOT) + " " + beforeAfter(before.get(lang), after.get(lang)));
                }
            }
            return String.join("; ", parts);
        }
        return beforeAfter(a == null ? null : String.valueOf(a), b == null ? null : String.valueOf(b));
    }

    private static String beforeAfter(String before, String after) {
        String empty = t("diff.empty");
        return (before == null || before.isBlank() ? empty : quote(shorten(before))) + " → "
                + (after == null || after.isBlank() ? empty : quote(shorten(after)));
    }

    private static String shorten(String text) {
        String one = SPACES.matcher(text.strip()).replaceAll(" ");
        return one.length() <= SHORT ? one : one.substring(0, SHORT - 1) + "…";
    }

    private static String quote(String text) {
        return "“" + text + "”";
    }

    private static String firstNonBlank(String... texts) {
        for (String s : texts) {
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }

    private static String language() {
        UI ui = UI.getCurrent();
        return ui != null && "ko".equals(ui.getLocale().getLanguage()) ? "ko" : "en";
    }
}
