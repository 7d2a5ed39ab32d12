package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.TranslationsField;
import com.koto.content.DraftLesson;
import com.koto.content.LessonLibrary;
import com.koto.content.LessonRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Copies a lesson's draft into a new draft lesson under new titles. */
class DuplicateLessonDialog extends Dialog {

    DuplicateLessonDialog(LessonLibrary library, DraftLesson source, Consumer<UUID> opened) {
        setHeaderTitle(t("lessons.duplicate"));
        setWidth("min(40em, 95vw)");
        List<String> langs = new ArrayList<>(List.of("ko", "en"));
        source.draft().instructionLangs().stream().filter(l -> !langs.contains(l)).forEach(langs::add);
        TranslationsField title = new TranslationsField(t("lesson.title"), langs, false);
        Map<String, String> copyTitles = new LinkedHashMap<>();
        source.draft().title().forEach((lang, text) -> copyTitles.put(lang, text + " " + t("lessons.copy-suffix")));
        title.setValue(copyTitles);
        title.setId("duplicate-title");
        add(new Paragraph(t("lessons.duplicate-help", source.slug())), title);
        Button copy = new Button(t("lessons.duplicate"), e -> {
            if (!LessonRules.hasHangul(title.getValue().get("ko"))) {
                title.markLanguage("ko", t("lesson.error.title-ko"));
                return;
            }
            UUID id = library.duplicate(source.id(), title.getValue());
            close();
            opened.accept(id);
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.setId("duplicate-lesson");
        getFooter().add(new Button(t("common.cancel"), e -> close()), copy);
    }
}
