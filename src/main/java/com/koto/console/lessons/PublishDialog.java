package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.DiffText;
import com.koto.console.ui.Texts;
import com.koto.content.LessonDocument;
import com.koto.content.DraftLesson;
import com.koto.content.LessonDiff;
import com.koto.content.LessonHistory;
import com.koto.content.LessonLibrary;
import com.koto.content.LessonProblem;
import com.koto.content.LessonRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * Publishes the draft as the next version: shows what changed since the latest version, asks for a
 * change note, and refuses (listing why) while the draft breaks a lesson rule.
 */
class PublishDialog extends Dialog {

    private static final int SHOWN_CHANGES = 15;

    PublishDialog(LessonEditorView view, LessonLibrary library, LessonHistory history) {
        DraftLesson lesson = view.lesson();
        int next = lesson.latestVersion() == null ? 1 : lesson.latestVersion() + 1;
        setHeaderTitle(t("publish.title", next));
        setWidth("min(44em, 95vw)");
        setId("publish-dialog");

        List<LessonProblem> problems = LessonRules.check(lesson.draft());
        UnorderedList problemList = new UnorderedList();
        problemList.addClassName("koto-problem-list");
        problems.forEach(p -> problemList.add(new ListItem(Texts.problem(p))));

        if (lesson.latestVersion() != null) {
            LessonDocument published = history.version(lesson.id(), lesson.latestVersion());
            List<LessonDiff.Change> changes = LessonDiff.between(published, lesson.draft());
            UnorderedList list = DiffText.list(changes, published, lesson.draft(), SHOWN_CHANGES);
            list.setId("publish-changes");
            add(new H4(t("publish.changes-since", lesson.latestVersion())), list);
        } else {
            add(new Paragraph(t("publish.first")));
        }

        TextArea note = new TextArea(t("publish.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        note.setPlaceholder(t("publish.note-placeholder"));
        note.setId("change-note");
        Button publish = new Button(t("publish.confirm", next), e -> {
            List<String> refused = view.publish(note.getValue());
            if (refused.isEmpty()) {
                close();
            } else {
                problemList.removeAll();
                refused.forEach(r -> problemList.add(new ListItem(r)));
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("confirm-publish");
        if (!problems.isEmpty()) {
            publish.setEnabled(false);
            add(new H4(t("publish.blocked", problems.size())));
        }
        add(problemList, note);
        getFooter().add(new Button(t("common.cancel"), e -> close()), publish);
    }
}
