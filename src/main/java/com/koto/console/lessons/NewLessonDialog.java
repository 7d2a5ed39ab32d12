package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.content.LessonLibrary;
import com.koto.content.NewLesson;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Starts a lesson: titles, level, languages, description; then the editor opens on it. */
class NewLessonDialog extends Dialog {

    NewLessonDialog(LessonLibrary library, List<String> languages, Consumer<UUID> opened) {
        setHeaderTitle(t("lessons.new"));
        setWidth("min(48em, 95vw)");
        LessonDetailsForm form = new LessonDetailsForm(languages);
        add(form);
        Button create = new Button(t("lessons.create"), e -> {
            if (!form.validate()) {
                return;
            }
            LessonDetailsForm.Details d = form.getValue();
            UUID id = library.create(new NewLesson(d.title(), d.description(), d.level(), d.instructionLangs()));
            close();
            opened.accept(id);
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-lesson");
        getFooter().add(new Button(t("common.cancel"), e -> close()), create);
    }
}
