package com.koto.console.lessons;

import com.koto.content.DraftLesson;
import com.koto.content.LessonDocument;
import com.koto.content.LessonHistory;
import com.koto.content.LessonLibrary;
import com.koto.content.LessonTransfer;
import com.koto.content.StageDocument;
import com.koto.langpack.LangPackEditor;
import com.koto.platform.ConflictException;
import com.koto.platform.InvalidDocumentException;
import com.koto.platform.NotFoundException;
import com.koto.tutoring.PreviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import static com.koto.console.ui.Texts.t;

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
        add(new LessonHeader(this, library, history, transfer, preview), new ProblemsPanel(lesson));

        structure = new StructurePanel(this, preview);
        LessonDetailsForm details = new LessonDetailsForm(Languages.available(packs));
        details.setValue(new LessonDetailsForm.Details(lesson.draft().title(), lesson.draft().description(),
                lesson.draft().level(), lesson.draft().instructionLangs()));
        Button saveDetails = new Button(t("common.save"), e -> {
            if (details.validate()) {
                LessonDetailsForm.Details d = details.getValue();
                save(lesson.draft().withDetails(d.title(), d.description(), d.level(), d.instructionLangs()));
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

    /** Shows the lesson after a change made elsewhere (archive, discard). */
    void changed(DraftLesson after) {
        lesson = after;
        render();
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
