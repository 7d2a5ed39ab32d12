package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.content.DraftLesson;
import com.koto.content.LessonDocument;
import com.koto.content.LessonLibrary;
import com.koto.content.LessonStatus;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;

/** Lesson actions shared by the lesson list and the editor: archive with a confirmation, icon buttons. */
final class LessonActions {

    private LessonActions() {
    }

    /** A small icon button whose name is its tooltip and accessible label. */
    static Button iconButton(VaadinIcon icon, String name, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(icon.create(), click);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(name);
        button.setTooltipText(name);
        return button;
    }

    /**
     * Archives after a confirmation that says what happens to learners; unarchives at once (nothing
     * is lost either way). Calls {@code changed} with the lesson after the change.
     */
    static void archiveOrUnarchive(LessonLibrary library, DraftLesson lesson, Consumer<DraftLesson> changed) {
        String title = LessonDocument.pick(lesson.draft().title(), UI.getCurrent().getLocale().getLanguage());
        if (lesson.status() == LessonStatus.ARCHIVED) {
            DraftLesson after = library.unarchive(lesson.id());
            LessonEditorView.notice(t("lessons.unarchived", title), NotificationVariant.LUMO_SUCCESS);
            changed.accept(after);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(t("lessons.archive-title", title), t("lessons.archive-confirm"),
                t("lessons.archive"), e -> {
                    DraftLesson after = library.archive(lesson.id());
                    LessonEditorView.notice(t("lessons.archived", title), NotificationVariant.LUMO_SUCCESS);
                    changed.accept(after);
                });
        confirm.setCancelable(true);
        confirm.setCancelText(t("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("archive-confirm");
        confirm.open();
    }
}
