package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Badges;
import com.koto.content.DraftLesson;
import com.koto.content.LessonDocument;
import com.koto.content.LessonHistory;
import com.koto.content.LessonLibrary;
import com.koto.content.LessonStatus;
import com.koto.content.LessonTransfer;
import com.koto.tutoring.PreviewService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The lesson editor's header: title, slug and level, status badges, <em>Play</em> and
 * <em>Publish</em>, and the lesson's other actions (duplicate, export, discard the draft, archive).
 */
class LessonHeader extends HorizontalLayout {

    LessonHeader(LessonEditorView view, LessonLibrary library, LessonHistory history, LessonTransfer transfer,
            PreviewService preview) {
        DraftLesson lesson = view.lesson();
        RouterLink back = new RouterLink(t("editor.back"), LessonsView.class);
        back.addClassName("koto-back");
        LessonDocument d = lesson.draft();
        String main = LessonDocument.pick(d.title(), "ko".equals(UI.getCurrent().getLocale().getLanguage()) ? "ko" : "en");
        String other = LessonDocument.pick(d.title(), "ko".equals(UI.getCurrent().getLocale().getLanguage()) ? "en" : "ko");
        H2 title = new H2(main);
        title.setId("lesson-heading");
        Span subtitle = new Span(other + " · " + lesson.slug() + " · " + d.level().cefr() + " · "
                + t("lesson.topik-level", d.level().topik()));
        subtitle.addClassName("koto-muted");
        HorizontalLayout badges = new HorizontalLayout(Badges.status(lesson.status()));
        if (lesson.latestVersion() != null) {
            badges.add(Badges.plain(t("editor.latest-version", lesson.latestVersion())));
        }
        if (lesson.unpublishedChanges() && lesson.latestVersion() != null) {
            badges.add(Badges.unpublished());
        }
        badges.setSpacing(false);
        badges.addClassName("koto-badges");

        Button play = new Button(t("play.open"), VaadinIcon.PLAY.create(),
                e -> new PlayLessonDialog(lesson.draft(), preview).open());
        play.setEnabled(lesson.draft().activityCount() > 0);
        play.setId("play-lesson");
        Button publish = new Button(t("publish.open"), VaadinIcon.UPLOAD_ALT.create(),
                e -> new PublishDialog(view, library, history).open());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish");
        publish.setEnabled(lesson.status() != LessonStatus.ARCHIVED && lesson.unpublishedChanges());

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = transfer.export(lesson.id());
            return new DownloadResponse(new ByteArrayInputStream(file), lesson.slug() + ".json", "application/json",
                    file.length);
        }), "");
        Button exportButton = new Button(t("lessons.export"), VaadinIcon.DOWNLOAD_ALT.create());
        exportButton.setTabIndex(-1); // the link itself takes the focus
        export.add(exportButton);
        export.setId("export-lesson");
        Button duplicate = new Button(t("lessons.duplicate"), VaadinIcon.COPY_O.create(),
                e -> new DuplicateLessonDialog(library, lesson, id -> UI.getCurrent().navigate(LessonEditorView.class,
                        new com.vaadin.flow.router.RouteParameters("lessonId", id.toString()))).open());
        duplicate.setId("duplicate-lesson");
        Button discard = new Button(t("editor.discard"), VaadinIcon.ROTATE_LEFT.create(), e -> confirmDiscard(view, history));
        discard.setId("discard-draft");
        discard.setVisible(lesson.latestVersion() != null && lesson.unpublishedChanges());
        boolean archived = lesson.status() == LessonStatus.ARCHIVED;
        Button archive = new Button(t(archived ? "lessons.unarchive" : "lessons.archive"),
                (archived ? VaadinIcon.ARROW_BACKWARD : VaadinIcon.ARCHIVE).create(),
                e -> LessonActions.archiveOrUnarchive(library, lesson, view::changed));
        archive.setId(archived ? "unarchive-lesson" : "archive-lesson");
        HorizontalLayout more = new HorizontalLayout(duplicate, export, discard, archive);
        List.of(duplicate, exportButton, discard, archive)
                .forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL));
        more.setSpacing(false);
        more.addClassName("koto-lesson-actions");
        more.setId("lesson-actions");

        VerticalLayout titles = new VerticalLayout(back, title, subtitle, badges);
        titles.setPadding(false);
        titles.setSpacing(false);
        HorizontalLayout primary = new HorizontalLayout(play, publish);
        VerticalLayout buttons = new VerticalLayout(primary, more);
        buttons.setPadding(false);
        buttons.setSpacing(false);
        buttons.setAlignItems(FlexComponent.Alignment.END);
        buttons.setWidth(null);
        add(titles, buttons);
        setWidthFull();
        expand(titles);
        setAlignItems(FlexComponent.Alignment.END);
        addClassName("koto-editor-header");
    }

    private static void confirmDiscard(LessonEditorView view, LessonHistory history) {
        DraftLesson lesson = view.lesson();
        ConfirmDialog confirm = new ConfirmDialog(t("editor.discard"), t("editor.discard-confirm",
                lesson.latestVersion()), t("editor.discard"), e -> {
                    DraftLesson after = history.discardDraft(lesson.id());
                    LessonEditorView.notice(t("editor.discarded"), NotificationVariant.LUMO_SUCCESS);
                    view.changed(after);
                });
        confirm.setCancelable(true);
        confirm.setCancelText(t("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
