package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Badges;
import com.koto.content.DraftLesson;
import com.koto.content.LessonDocument;
import com.koto.content.StageDocument;
import com.koto.content.LessonHistory;
import com.koto.content.LessonLibrary;
import com.koto.content.LessonTransfer;
import com.koto.langpack.LangPackEditor;
import com.koto.platform.ConflictException;
import com.koto.platform.InvalidDocumentException;
import com.koto.platform.NotFoundException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

/**
 * One lesson: its draft's stages and activities (with per-type editors and a live preview), its
 * details, published versions and change log. Every edit is saved to the draft at once; learners
 * see nothing of it until <em>Publish</em>.
 */
@Route("lessons/:lessonId")
@RolesAllowed({"ADMIN", "TEACHER"})
public class LessonEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonLibrary library;
    private final LessonHistory history;
    private final LessonTransfer transfer;
    private final PreviewService preview;
    private final LangPackEditor packs;
    private DraftLesson lesson;
    private StructurePanel structure;
    private TabSheet tabs;
    private int selectedTab;

    LessonEditorView(LessonLibrary library, LessonHistory history, LessonTransfer transfer, PreviewService preview,
            LangPackEditor packs) {
        this.library = library;
        this.history = history;
        this.transfer = transfer;
        this.preview = preview;
        this.packs = packs;
        setSizeFull();
        addClassName("koto-page");
        addClassName("koto-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            lesson = library.get(UUID.fromString(event.getRouteParameters().get("lessonId").orElse("")));
        } catch (IllegalArgumentException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        render();
        // ?activity=key (links from lesson analytics) opens that activity
        List<String> activity = event.getLocation().getQueryParameters().getParameters().get("activity");
        List<StageDocument> stages = lesson.draft().stages();
        for (int s = 0; activity != null && !activity.isEmpty() && s < stages.size(); s++) {
            if (stages.get(s).activities().stream().anyMatch(a -> a.key().equals(activity.getFirst()))) {
                structure.select(new StructurePanel.Selection(s, activity.getFirst()));
            }
        }
    }

    /** The lesson as last loaded or saved. */
    DraftLesson lesson() {
        return lesson;
    }

    /**
     * Saves a new draft document: on success the view shows it, on a concurrent change by someone
     * else the view reloads and says so.
     *
     * @return whether it was saved
     */
    boolean save(LessonDocument next) {
        try {
            lesson = library.saveDraft(lesson.id(), lesson.revision(), next);
            notice(t("editor.saved"), NotificationVariant.LUMO_SUCCESS);
            render();
            return true;
        } catch (ConflictException e) {
            notice(t("editor.conflict"), NotificationVariant.LUMO_ERROR);
            reload();
            return false;
        }
    }

    /** After a save: selects a stage or activity in the freshly rendered structure. */
    void afterRender(StructurePanel.Selection selection) {
        structure.select(selection);
        structure.keepScroll();
    }

    /** Reloads the lesson from the database and renders it again. */
    void reload() {
        lesson = library.get(lesson.id());
        render();
    }

    private void render() {
        StructurePanel.Selection selection = structure == null ? null : structure.selection();
        removeAll();
        add(header(), new ProblemsPanel(lesson));

        structure = new StructurePanel(this, preview);
        LessonDetailsForm details = new LessonDetailsForm(Languages.available(packs));
        details.setValue(new LessonDetailsForm.Details(lesson.draft().title(), lesson.draft().description(),
                lesson.draft().level(), lesson.draft().instructionLangs()));
        Button saveDetails = new Button(t("common.save"), e -> {
            if (details.validate()) {
                LessonDetailsForm.Details d = details.getValue();
                save(Drafts.withDetails(lesson.draft(), d.title(), d.description(), d.level(), d.instructionLangs()));
            }
        });
        saveDetails.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveDetails.setId("save-details");
        VerticalLayout detailsTab = new VerticalLayout(details, saveDetails);

        tabs = new TabSheet();
        tabs.add(t("editor.tab.content"), structure).setId("tab-content");
        tabs.add(t("editor.tab.details"), detailsTab).setId("tab-details");
        tabs.add(t("editor.tab.versions"), new VersionsPanel(this, history, transfer)).setId("tab-versions");
        tabs.add(t("editor.tab.changes"), new ChangesPanel(history.changes(lesson.id()), lesson.draft())).setId("tab-changes");
        tabs.addThemeVariants(TabSheetVariant.LUMO_BORDERED);
        tabs.setSizeFull();
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        tabs.setId("editor-tabs");
        add(tabs);
        if (selection != null) {
            structure.select(selection);
        }
    }

    private Component header() {
        RouterLink back = new RouterLink(t("editor.back"), LessonsView.class);
        back.addClassName("koto-back");
        LessonDocument d = lesson.draft();
        String main = LessonDocument.pick(d.title(), "ko".equals(getLocale().getLanguage()) ? "ko" : "en");
        String other = LessonDocument.pick(d.title(), "ko".equals(getLocale().getLanguage()) ? "en" : "ko");
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
                e -> new PublishDialog(this, library, history).open());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish");
        publish.setEnabled(!"archived".equals(lesson.status()) && lesson.unpublishedChanges());

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
        Button discard = new Button(t("editor.discard"), VaadinIcon.ROTATE_LEFT.create(), e -> confirmDiscard());
        discard.setId("discard-draft");
        discard.setVisible(lesson.latestVersion() != null && lesson.unpublishedChanges());
        boolean archived = "archived".equals(lesson.status());
        Button archive = new Button(t(archived ? "lessons.unarchive" : "lessons.archive"),
                (archived ? VaadinIcon.ARROW_BACKWARD : VaadinIcon.ARCHIVE).create(),
                e -> LessonActions.archiveOrUnarchive(library, lesson, after -> {
                    lesson = after;
                    render();
                }));
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
        HorizontalLayout header = new HorizontalLayout(titles, buttons);
        header.setWidthFull();
        header.expand(titles);
        header.setAlignItems(FlexComponent.Alignment.END);
        header.addClassName("koto-editor-header");
        return header;
    }

    private void confirmDiscard() {
        ConfirmDialog confirm = new ConfirmDialog(t("editor.discard"), t("editor.discard-confirm",
                lesson.latestVersion()), t("editor.discard"), e -> {
                    lesson = history.discardDraft(lesson.id());
                    notice(t("editor.discarded"), NotificationVariant.LUMO_SUCCESS);
                    render();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(t("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Publishes with a note; returns the problems when the draft cannot be published. */
    List<String> publish(String note) {
        try {
            int version = library.publish(lesson.id(), note).version();
            lesson = library.get(lesson.id());
            notice(t("publish.done", version), NotificationVariant.LUMO_SUCCESS);
            render();
            return List.of();
        } catch (InvalidDocumentException e) {
            return e.violations();
        }
    }

    /** Replaces the draft with an old version. */
    void restore(int version) {
        lesson = history.restore(lesson.id(), version);
        notice(t("versions.restored", version), NotificationVariant.LUMO_SUCCESS);
        selectedTab = 0;
        render();
    }

    static void notice(String text, NotificationVariant variant) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return lesson == null ? t("lessons.page-title")
                : t("editor.page-title", LessonDocument.pick(lesson.draft().title(), getLocale().getLanguage()));
    }
}
