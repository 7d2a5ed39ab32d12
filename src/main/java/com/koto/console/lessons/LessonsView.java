package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Badges;
import com.koto.console.ui.Texts;
import com.koto.content.DraftLesson;
import com.koto.content.LessonDocument;
import com.koto.content.LessonLibrary;
import com.koto.content.LessonTransfer;
import com.koto.langpack.LangPackEditor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

/**
 * All lessons, filterable by text, level, status and instruction language; create, import,
 * duplicate, export and archive from here. A row opens the lesson editor.
 */
@Route("")
@Menu(title = "nav.lessons", order = 1, icon = "vaadin:book")
@RolesAllowed({"ADMIN", "TEACHER"})
public class LessonsView extends VerticalLayout implements HasDynamicTitle {

    private static final String ANY = "*";

    private final LessonLibrary library;
    private final LessonTransfer transfer;
    private final LangPackEditor packs;
    private final Grid<DraftLesson> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<String> cefr = new Select<>();
    private final Select<Integer> topik = new Select<>();
    private final Select<String> status = new Select<>();
    private final Select<String> language = new Select<>();
    private final Span count = new Span();
    private List<DraftLesson> lessons = List.of();

    LessonsView(LessonLibrary library, LessonTransfer transfer, LangPackEditor packs) {
        this.library = library;
        this.transfer = transfer;
        this.packs = packs;
        setSizeFull();
        addClassName("koto-page");

        Button create = new Button(t("lessons.new"), VaadinIcon.PLUS.create(), e -> newLesson());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-lesson");
        Button importButton = new Button(t("lessons.import"), VaadinIcon.UPLOAD.create(),
                e -> new ImportLessonsDialog(transfer, this::refresh).open());
        importButton.setId("import-lessons");
        H2 heading = new H2(t("lessons.heading"));
        count.addClassName("koto-muted");
        HorizontalLayout top = new HorizontalLayout(heading, count, importButton, create);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(count);

        add(top, filters(), grid);
        configureGrid();
        refresh();
    }

    private HorizontalLayout filters() {
        search.setPlaceholder(t("lessons.search"));
        search.setAriaLabel(t("lessons.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        search.setId("lesson-search");
        search.addValueChangeListener(e -> filter());
        cefr.setLabel(t("lesson.cefr"));
        cefr.setItems(withAny(LessonDocument.Level.CEFR));
        cefr.setItemLabelGenerator(v -> ANY.equals(v) ? t("common.any") : v);
        cefr.setValue(ANY);
        cefr.setId("filter-cefr");
        topik.setLabel(t("lesson.topik"));
        topik.setItems(0, 1, 2, 3, 4, 5, 6);
        topik.setItemLabelGenerator(n -> n == 0 ? t("common.any") : t("lesson.topik-level", n));
        topik.setValue(0);
        topik.setId("filter-topik");
        status.setLabel(t("lessons.status"));
        status.setItems(withAny(DraftLesson.STATUSES));
        status.setItemLabelGenerator(v -> ANY.equals(v) ? t("common.any") : t("status." + v));
        status.setValue(ANY);
        status.setId("filter-status");
        language.setLabel(t("lessons.language"));
        language.setItemLabelGenerator(v -> ANY.equals(v) ? t("common.any") : Texts.language(v));
        language.setId("filter-language");
        List.of(cefr, status, language).forEach(s -> s.addValueChangeListener(e -> filter()));
        topik.addValueChangeListener(e -> filter());
        HorizontalLayout filters = new HorizontalLayout(search, cefr, topik, status, language);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("koto-filters");
        search.setWidth("18em");
        return filters;
    }

    private void configureGrid() {
        grid.addComponentColumn(this::titleCell).setHeader(t("lessons.col.title")).setFlexGrow(3)
                .setKey("title");
        grid.addColumn(l -> l.draft().level().cefr() + " · " + t("lesson.topik-level", l.draft().level().topik()))
                .setHeader(t("lessons.col.level")).setAutoWidth(true).setFlexGrow(0).setKey("level");
        grid.addColumn(l -> String.join(", ", l.draft().instructionLangs().stream()
                .map(c -> c.toUpperCase(Locale.ROOT)).toList()))
                .setHeader(t("lessons.col.languages")).setAutoWidth(true).setFlexGrow(0).setKey("languages");
        grid.addComponentColumn(this::statusCell).setHeader(t("lessons.col.status")).setAutoWidth(true)
                .setKey("status");
        grid.addColumn(l -> l.latestVersion() == null ? "–" : "v" + l.latestVersion())
                .setHeader(t("lessons.col.version")).setAutoWidth(true).setFlexGrow(0).setKey("version");
        grid.addColumn(l -> t("lessons.size", l.draft().stages().size(), l.draft().activityCount()))
                .setHeader(t("lessons.col.size")).setAutoWidth(true).setFlexGrow(0).setKey("size");
        grid.addComponentColumn(l -> com.koto.console.ui.Cells.updated(l.updatedAt(), l.updatedBy()))
                .setHeader(t("lessons.col.updated")).setAutoWidth(true).setFlexGrow(0).setKey("updated");
        grid.addComponentColumn(this::actions).setHeader(t("lessons.col.actions")).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true).setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(t("lessons.empty"));
        grid.setId("lessons");
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setSizeFull();
    }

    private Div titleCell(DraftLesson l) {
        String lang = UI.getCurrent().getLocale().getLanguage();
        String main = LessonDocument.pick(l.draft().title(), "ko".equals(lang) ? "ko" : "en");
        String other = LessonDocument.pick(l.draft().title(), "ko".equals(lang) ? "en" : "ko");
        RouterLink first = new RouterLink(main, LessonEditorView.class,
                new RouteParameters("lessonId", l.id().toString()));
        first.addClassName("koto-title");
        first.setId("open-" + l.slug());
        Span second = new Span(other.equals(main) ? l.slug() : other);
        second.addClassName("koto-muted");
        Div cell = new Div(first, second);
        cell.addClassName("koto-two-lines");
        return cell;
    }

    private HorizontalLayout statusCell(DraftLesson l) {
        HorizontalLayout cell = new HorizontalLayout(Badges.status(l.status()));
        if (l.unpublishedChanges() && l.latestVersion() != null) {
            cell.add(Badges.unpublished());
        }
        cell.setSpacing(false);
        cell.addClassName("koto-badges");
        return cell;
    }

    private HorizontalLayout actions(DraftLesson l) {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = transfer.export(l.id());
            return new DownloadResponse(new ByteArrayInputStream(file), l.slug() + ".json", "application/json",
                    file.length);
        }), "");
        export.add(VaadinIcon.DOWNLOAD_ALT.create());
        export.getElement().setAttribute("aria-label", t("lessons.export"));
        export.getElement().setAttribute("title", t("lessons.export"));
        export.addClassName("koto-icon-link");
        export.setId("export-" + l.slug());
        Button duplicate = LessonActions.iconButton(VaadinIcon.COPY_O, t("lessons.duplicate"),
                e -> new DuplicateLessonDialog(library, l, this::open).open());
        duplicate.setId("duplicate-" + l.slug());
        boolean archived = "archived".equals(l.status());
        Button archive = LessonActions.iconButton(archived ? VaadinIcon.ARROW_BACKWARD : VaadinIcon.ARCHIVE,
                t(archived ? "lessons.unarchive" : "lessons.archive"),
                e -> LessonActions.archiveOrUnarchive(library, l, changed -> refresh()));
        archive.setId((archived ? "unarchive-" : "archive-") + l.slug());
        HorizontalLayout cell = new HorizontalLayout(duplicate, archive, export);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        cell.setSpacing(false);
        cell.addClassName("koto-row-actions");
        // a click on an action is not a click on the row (which opens the lesson)
        cell.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
        return cell;
    }

    private void newLesson() {
        new NewLessonDialog(library, Languages.available(packs), this::open).open();
    }

    private void open(UUID id) {
        UI.getCurrent().navigate(LessonEditorView.class, new RouteParameters("lessonId", id.toString()));
    }

    void refresh() {
        lessons = library.all();
        TreeSet<String> langs = new TreeSet<>(Languages.available(packs));
        lessons.forEach(l -> langs.addAll(l.draft().instructionLangs()));
        String chosen = language.getValue();
        language.setItems(withAny(List.copyOf(langs)));
        language.setValue(chosen == null || !langs.contains(chosen) ? ANY : chosen);
        filter();
    }

    private void filter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        List<DraftLesson> shown = lessons.stream()
                .filter(l -> text.isEmpty() || l.slug().contains(text) || l.draft().title().values().stream()
                        .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(text)))
                .filter(l -> ANY.equals(cefr.getValue()) || l.draft().level().cefr().equals(cefr.getValue()))
                .filter(l -> topik.getValue() == null || topik.getValue() == 0
                        || l.draft().level().topik() == topik.getValue())
                .filter(l -> ANY.equals(status.getValue()) || l.status().equals(status.getValue()))
                .filter(l -> language.getValue() == null || ANY.equals(language.getValue())
                        || l.draft().instructionLangs().contains(language.getValue()))
                .toList();
        grid.setItems(shown);
        count.setText(t("lessons.count", shown.size(), lessons.size()));
    }

    private static List<String> withAny(List<String> values) {
        List<String> all = new ArrayList<>();
        all.add(ANY);
        all.addAll(values);
        return all;
    }

    @Override
    public String getPageTitle() {
        return t("lessons.page-title");
    }
}
