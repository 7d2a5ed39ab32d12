package com.koto.console.packs;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.langpack.LangPack;
import com.koto.langpack.LangPackChange;
import com.koto.langpack.LangPackEditor;
import com.koto.langpack.LangPackRules;
import com.koto.langpack.PackProblem;
import com.koto.platform.ConflictException;
import com.koto.platform.InvalidDocumentException;
import com.koto.platform.NotFoundException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

/**
 * Edits one language pack: name and version, feedback templates, category explanations and prompts
 * (placeholders checked as you type), error patterns, and its change log. Saving checks the whole
 * pack against the pack rules and the JSON Schema.
 */
@Route("packs/:code")
@RolesAllowed({"ADMIN", "TEACHER"})
public class LangPackEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LangPackEditor editor;
    private LangPack pack;
    private Instant basedOn;
    private final TextField name = new TextField();
    private final TextField version = new TextField();
    private TemplatesEditor feedback;
    private TemplatesEditor explanations;
    private TemplatesEditor prompts;
    private final ErrorPatternsEditor patterns = new ErrorPatternsEditor();
    private final UnorderedList problems = new UnorderedList();

    LangPackEditorView(LangPackEditor editor) {
        this.editor = editor;
        setSizeFull();
        addClassName("koto-page");
        name.setLabel(t("pack.name"));
        name.setId("pack-name");
        name.setWidthFull();
        version.setLabel(t("pack.version"));
        version.setHelperText(t("pack.version-help"));
        version.setId("pack-version");
        problems.setId("pack-problems");
        problems.addClassName("koto-problem-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            String code = event.getRouteParameters().get("code").orElse("");
            pack = editor.pack(code);
            basedOn = editor.updatedAt(code);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        patterns.setValue(pack.errorPatterns());
        name.setValue(pack.name());
        version.setValue(pack.version());
        feedback = new TemplatesEditor("feedback_templates", pack.feedbackTemplates());
        explanations = new TemplatesEditor("category_explanations", pack.categoryExplanations());
        prompts = new TemplatesEditor("prompts", pack.prompts());
        problems.removeAll();

        TabSheet tabs = new TabSheet();
        FormLayout general = new FormLayout(name, version);
        tabs.add(t("pack.tab.general"), general).setId("pack-tab-general");
        tabs.add(t("pack.tab.feedback"), feedback).setId("pack-tab-feedback");
        tabs.add(t("pack.tab.explanations"), explanations).setId("pack-tab-explanations");
        tabs.add(t("pack.tab.patterns"), patterns).setId("pack-tab-patterns");
        tabs.add(t("pack.tab.prompts"), prompts).setId("pack-tab-prompts");
        tabs.add(t("pack.tab.changes"), changes()).setId("pack-tab-changes");
        tabs.setSizeFull();
        tabs.setId("pack-tabs");
        add(header(), problems, tabs);
    }

    private Component header() {
        RouterLink back = new RouterLink(t("pack.back"), LangPacksView.class);
        back.addClassName("koto-back");
        H2 title = new H2(pack.name());
        title.setId("pack-heading");
        Span subtitle = new Span(pack.code() + " · " + Texts.language(pack.instructionLang()) + " · v" + pack.version());
        subtitle.addClassName("koto-muted");
        Button save = new Button(t("common.save"), VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-pack");
        Button revert = new Button(t("pack.revert"), e -> {
            pack = editor.pack(pack.code());
            basedOn = editor.updatedAt(pack.code());
            render();
        });
        revert.setId("revert-pack");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = editor.export(pack.code());
            return new DownloadResponse(new ByteArrayInputStream(file), pack.code() + ".json", "application/json",
                    file.length);
        }), t("packs.export"));
        export.setId("export-pack");
        export.addClassName("koto-link-button");
        VerticalLayout titles = new VerticalLayout(back, title, subtitle);
        titles.setPadding(false);
        titles.setSpacing(false);
        HorizontalLayout header = new HorizontalLayout(titles, export, revert, save);
        header.setWidthFull();
        header.expand(titles);
        header.setAlignItems(FlexComponent.Alignment.END);
        return header;
    }

    private Component changes() {
        Grid<LangPackChange> grid = new Grid<>();
        grid.addColumn(c -> Texts.when(c.at())).setHeader(t("changes.col.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LangPackChange::author).setHeader(t("changes.col.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> t("pack.action." + c.action().code())).setHeader(t("changes.col.what")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> String.join(", ", c.paths())).setHeader(t("changes.col.details")).setFlexGrow(1);
        grid.setItems(editor.changes(pack.code()));
        // bundled packs are installed at first start without a log line: say so instead of a blank grid
        grid.setEmptyStateText(t("pack.changes-empty", Texts.when(editor.updatedAt(pack.code()))));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setId("pack-changes");
        grid.setSizeFull();
        return grid;
    }

    /** The pack as edited. */
    LangPack edited() {
        return new LangPack(pack.code(), name.getValue().strip(), pack.instructionLang(), pack.targetLang(),
                version.getValue().strip(), feedback.values(), explanations.values(), patterns.value(), prompts.values());
    }

    /** Checks and saves; lists the blocking problems instead when there are any. */
    boolean save() {
        LangPack next = edited();
        List<PackProblem> blocking = LangPackRules.check(next).stream().filter(PackProblem::blocking).toList();
        problems.removeAll();
        if (!blocking.isEmpty()) {
            blocking.forEach(p -> problems.add(new ListItem(Texts.packProblem(p))));
            return false;
        }
        try {
            pack = editor.save(next, basedOn);
            basedOn = editor.updatedAt(pack.code());
            Notification.show(t("pack.saved", pack.code()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
            return true;
        } catch (InvalidDocumentException e) {
            e.violations().forEach(v -> problems.add(new ListItem(v)));
        } catch (ConflictException e) {
            Notification.show(t("pack.conflict"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return false;
    }

    @Override
    public String getPageTitle() {
        return pack == null ? t("packs.page-title") : t("pack.page-title", pack.code());
    }
}
