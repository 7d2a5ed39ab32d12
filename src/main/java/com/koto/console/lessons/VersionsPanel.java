package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Badges;
import com.koto.console.ui.DiffText;
import com.koto.console.ui.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.koto.content.LessonDiff;
import com.koto.content.LessonDocument;
import com.koto.content.LessonHistory;
import com.koto.content.LessonTransfer;
import com.koto.content.LessonVersionInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The published versions (who, when, note, size), a diff summary between any two of them or the
 * draft, and <em>Restore</em>: an old version becomes the draft again.
 */
class VersionsPanel extends VerticalLayout {

    /** The draft in the compare selects. */
    static final int DRAFT = 0;

    private final LessonEditorView view;
    private final LessonHistory history;
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Div diff = new Div();

    VersionsPanel(LessonEditorView view, LessonHistory history, LessonTransfer transfer) {
        this.view = view;
        this.history = history;
        setPadding(false);
        setId("versions");
        List<LessonVersionInfo> versions = history.versions(view.lesson().id());
        if (versions.isEmpty()) {
            add(new Paragraph(t("versions.none")));
            return;
        }
        Grid<LessonVersionInfo> grid = new Grid<>();
        grid.addColumn(v -> "v" + v.version()).setHeader(t("versions.col.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Texts.when(v.publishedAt())).setHeader(t("versions.col.when")).setAutoWidth(true);
        grid.addColumn(LessonVersionInfo::publishedBy).setHeader(t("versions.col.by")).setAutoWidth(true);
        grid.addColumn(LessonVersionInfo::changeNote).setHeader(t("versions.col.note")).setFlexGrow(3);
        grid.addColumn(v -> t("lessons.size", v.stageCount(), v.activityCount())).setHeader(t("lessons.col.size"))
                .setAutoWidth(true);
        grid.addComponentColumn(v -> {
            Component restore;
            if (LessonDiff.between(document(v.version()), view.lesson().draft()).isEmpty()) {
                // restoring the version the draft already is would change nothing
                Badge current = Badges.plain(t("versions.current"));
                current.getElement().setAttribute("title", t("versions.current-help"));
                current.setId("current-v" + v.version());
                restore = current;
            } else {
                Button button = new Button(t("versions.restore"), VaadinIcon.ROTATE_LEFT.create(),
                        e -> confirm(v.version()));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                button.addClassName("koto-restore");
                button.setId("restore-v" + v.version());
                restore = button;
            }
            Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] file = transfer.exportVersion(view.lesson().id(), v.version());
                return new DownloadResponse(new ByteArrayInputStream(file),
                        view.lesson().slug() + "-v" + v.version() + ".json", "application/json", file.length);
            }), "");
            export.add(VaadinIcon.DOWNLOAD_ALT.create());
            export.getElement().setAttribute("title", t("lessons.export"));
            export.getElement().setAttribute("aria-label", t("lessons.export"));
            export.addClassName("koto-icon-link");
            HorizontalLayout actions = new HorizontalLayout(restore, export);
            actions.setAlignItems(FlexComponent.Alignment.CENTER);
            return actions;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("versions-grid");

        List<Integer> choices = new ArrayList<>();
        choices.add(DRAFT);
        versions.forEach(v -> choices.add(v.version()));
        for (Select<Integer> select : List.of(from, to)) {
            select.setItems(choices);
            select.setItemLabelGenerator(n -> n == DRAFT ? t("versions.draft") : "v" + n);
            select.addValueChangeListener(e -> compare());
        }
        from.setLabel(t("versions.compare"));
        from.setId("compare-from");
        to.setLabel(t("versions.with"));
        to.setId("compare-to");
        from.setValue(versions.getFirst().version());
        to.setValue(DRAFT);
        HorizontalLayout compareBar = new HorizontalLayout(from, to);
        compareBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        diff.setId("version-diff");
        add(grid, new H4(t("versions.diff-heading")), compareBar, diff);
        compare();
    }

    private LessonDocument document(int version) {
        return version == DRAFT ? view.lesson().draft() : history.version(view.lesson().id(), version);
    }

    private void compare() {
        diff.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        LessonDocument before = document(from.getValue());
        LessonDocument after = document(to.getValue());
        List<LessonDiff.Change> changes = LessonDiff.between(before, after);
        if (changes.isEmpty()) {
            diff.add(new Paragraph(t("versions.same")));
        }
        diff.add(DiffText.list(changes, before, after, Integer.MAX_VALUE));
    }

    private void confirm(int version) {
        ConfirmDialog confirm = new ConfirmDialog(t("versions.restore-title", version),
                t("versions.restore-confirm", version), t("versions.restore"), e -> view.restore(version));
        confirm.setCancelable(true);
        confirm.setCancelText(t("common.cancel"));
        confirm.setId("restore-confirm");
        confirm.open();
    }
}
