package com.koto.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.content.ActivityDocument;
import com.koto.content.LessonChange;
import com.koto.content.LessonDiff;
import com.koto.content.LessonProblem;
import com.koto.content.StageDocument;
import com.koto.evaluation.ErrorCategory;
import com.koto.langpack.PackProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console speaks English and Korean everywhere: both languages have the same keys, every key
 * the code names exists, every family of keys built from data (activity types, problem codes, …)
 * is complete, and no view hands a literal text to a component.
 */
class ConsoleTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/com/koto/console");
    /** A literal that looks like a message key: {@code lessons.new}, {@code problem.at.stage}. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9_-]+)+)\"");
    /** A literal with letters handed to a method that shows text, or to a text-showing component. */
    private static final Pattern HARD_CODED = Pattern.compile(
            "(?:\\.(?:setText|setLabel|setHeader|setHeaderTitle|setPlaceholder|setHelperText|setTitle|setErrorMessage"
                    + "|setEmptyStateText|setTooltipText|setAriaLabel|setConfirmText|setCancelText|setRejectText"
                    + "|addItem|show|add)"
                    + "|new (?:Button|Span|H1|H2|H3|H4|H5|H6|Paragraph|NativeLabel|Tab|Checkbox|TextField|TextArea"
                    + "|Select|ComboBox|Details|Badge|SideNavItem|ConfirmDialog|ListItem|RouterLink|Text|Div|Notification))"
                    + "\\(\\s*\"([^\"]*\\p{L}[^\"]*)\"");
    private static final Pattern PAGE_TITLE = Pattern.compile("@PageTitle\\(");

    private final ConsoleI18n i18n = new ConsoleI18n();

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void englishAndKoreanHaveTheSameKeysAndNoEmptyTexts() {
        Map<String, String> en = i18n.texts("en");
        Map<String, String> ko = i18n.texts("ko");
        assertThat(ko.keySet()).as("keys missing in Korean").containsAll(en.keySet());
        assertThat(en.keySet()).as("keys missing in English").containsAll(ko.keySet());
        en.forEach((key, text) -> assertThat(text.isBlank()).as("blank only in one language: " + key)
                .isEqualTo(ko.get(key).isBlank()));
        ko.forEach((key, text) -> {
            String words = en.get(key).replaceAll("\\{\\d}", "").replace("Korean Together", "");
            if (words.matches("(?s).*\\p{L}.*") && !key.startsWith("lang.self.")) {
                assertThat(text).as("Korean text of " + key + " has no Hangul").containsPattern("[가-힣]");
            }
        });
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path file : sources()) {
            Matcher m = KEY_LITERAL.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1);
                if (!i18n.has(key) && !key.startsWith("koto/")) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).as("keys used in the console but missing in messages_en.properties").isEmpty();
    }

    @Test
    void everyKeyBuiltFromDataExists() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(com.koto.content.ActivityType.values()).map(com.koto.content.ActivityType::code).forEach(t -> {
            keys.add("type." + t);
            keys.add("activity.answers." + t);
            keys.add("activity.answers-help." + t);
        });
        StageDocument.SCENES.forEach(s -> keys.add("scene." + s));
        ActivityDocument.REGISTERS.forEach(r -> keys.add("register." + r));
        Arrays.stream(com.koto.content.LessonStatus.values()).forEach(s -> keys.add("status." + s.code()));
        Arrays.stream(LessonProblem.Code.values()).forEach(c -> keys.add("problem." + c.name()));
        Arrays.stream(PackProblem.Code.values()).forEach(c -> keys.add("packproblem." + c.name()));
        Arrays.stream(LessonDiff.Kind.values()).forEach(k -> keys.add("diff." + k.name()));
        Arrays.stream(LessonChange.Action.values()).forEach(a -> keys.add("action." + a.name()));
        Arrays.stream(ErrorCategory.values()).forEach(c -> keys.add("category." + c.wireName()));
        Arrays.stream(com.koto.langpack.LangPackChange.Action.values()).forEach(a -> keys.add("pack.action." + a.code()));
        List.of(1, 2, 3, 4, 5).forEach(n -> keys.add("difficulty." + n));
        List.of(1, 2, 3).forEach(n -> keys.add("pattern.emphasis." + n));
        ConsoleI18n.LOCALES.forEach(l -> keys.add("lang.self." + l.getLanguage()));
        List.of("ko", "en", "id", "vi").forEach(l -> keys.add("lang.name." + l));
        List.of("title", "description", "level", "instruction_langs", "scene", "objective", "type", "difficulty",
                "register", "tutor_line", "tutor_line_translation", "instruction", "sentence", "tiles",
                "accepted_answers", "patterns", "options", "success_reply", "success_reply_translation", "hint")
                .forEach(f -> keys.add("field." + f));
        List.of("role.admin", "role.teacher", "preview.passed", "preview.failed", "stage.title-ko",
                "stage.objective-ko").forEach(keys::add);
        assertThat(keys.stream().filter(k -> !i18n.has(k)).toList()).as("keys built from data").isEmpty();
    }

    @Test
    void noViewHardCodesText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            Matcher m = HARD_CODED.matcher(source);
            while (m.find()) {
                String literal = m.group(1);
                if (!KEY_LITERAL.matcher("\"" + literal + "\"").matches()) {
                    found.add(file.getFileName() + ": \"" + literal + "\"");
                }
            }
            if (PAGE_TITLE.matcher(source).find()) {
                found.add(file.getFileName() + ": @PageTitle (use HasDynamicTitle with a translation)");
            }
        }
        assertThat(found).as("texts written into views instead of messages_*.properties").isEmpty();
    }

    @Test
    void theCheckCatchesAHardCodedButton() {
        assertThat(HARD_CODED.matcher("new Button(\"Save\", e -> save())").find()).isTrue();
        assertThat(HARD_CODED.matcher("grid.addColumn(x).setHeader(\"Title\")").find()).isTrue();
        assertThat(HARD_CODED.matcher("new Button(t(\"common.save\"))").find()).isFalse();
        assertThat(HARD_CODED.matcher("setHeader(\"\")").find()).isFalse();
        assertThat(HARD_CODED.matcher("setHeader(\"#\")").find()).isFalse();
    }

    @Test
    void aMissingKeyIsVisibleNotSilent() {
        assertThat(i18n.getTranslation("no.such.key", java.util.Locale.KOREAN)).isEqualTo("!no.such.key!");
        assertThat(i18n.getTranslation("lessons.count", java.util.Locale.KOREAN, 2, 5)).isEqualTo("5개 중 2개");
        assertThat(i18n.getTranslation("lessons.count", java.util.Locale.FRENCH, 2, 5)).isEqualTo("2 of 5");
    }
}
