package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Badges;
import com.koto.content.LessonDocument;
import com.koto.content.LessonLibrary;
import com.koto.content.LessonListItem;
import com.koto.content.LessonSearch;
import com.koto.content.LessonStatus;
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
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

/**
 * All lessons, filterable by text, level, status and instruction language, sorted and paged by
 * {@link LessonSearch} in the database; create, import, duplicate, export and archive from here.
 * A row opens the lesson editor.
 */
@Route("")
@Menu(title = "nav.lessons", order = 1, icon = "vaadin:book")
@RolesAllowed({"ADMIN", "TEACHER"})
public class LessonsView extends VerticalLayout implements HasDynamicTitle {

    private final LessonLibrary library;
    private final LessonTransfer transfer;
    private final LessonSearch search;
    private final LangPackEditor packs;
    private final Grid<LessonListItem> grid = new Grid<>();
    private final LessonFilters filters = new LessonFilters(this::applyFilters);
    private final Span count = new Span();

    LessonsView(LessonLibrary library, LessonSearch search, LessonTransfer transfer, LangPackEditor packs) {
        this.library = library;
        this.search = search;
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

        add(top, filters, grid);
        configureGrid();
        refresh();
    }

    private void configureGrid() {
        grid.addComponentColumn(this::titleCell).setHeader(t("lessons.col.title")).setFlexGrow(3)
                .setKey("title").setSortable(true);
        grid.addColumn(l -> l.level().cefr() + " · " + t("lesson.topik-level", l.level().topik()))
                .setHeader(t("lessons.col.level")).setAutoWidth(true).setFlexGrow(0).setKey("level").setSortable(true);
        grid.addColumn(l -> String.join(", ", l.instructionLangs().stream()
                .map(c -> c.toUpperCase(Locale.ROOT)).toList()))
                .setHeader(t("lessons.col.languages")).setAutoWidth(true).setFlexGrow(0).setKey("languages");
        grid.addComponentColumn(this::statusCell).setHeader(t("lessons.col.status")).setAutoWidth(true)
                .setKey("status").setSortable(true);
        grid.addColumn(l -> l.latestVersion() == null ? "–" : "v" + l.latestVersion())
                .setHeader(t("lessons.col.version")).setAutoWidth(true).setFlexGrow(0).setKey("version")
                .setSortable(true);
        grid.addColumn(l -> t("lessons.size", l.stageCount(), l.activityCount()))
                .setHeader(t("lessons.col.size")).setAutoWidth(true).setFlexGrow(0).setKey("size");
        grid.addComponentColumn(l -> com.koto.console.ui.Cells.updated(l.updatedAt(), l.updatedBy()))
                .setHeader(t("lessons.col.updated")).setAutoWidth(true).setFlexGrow(0).setKey("updated")
                .setSortable(true);
        grid.addComponentColumn(this::actions).setHeader(t("lessons.col.actions")).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true).setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(t("lessons.empty"));
        grid.setId("lessons");
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setSizeFull();
        grid.setItems(query -> {
            QuerySortOrder sort = query.getSortOrders().isEmpty() ? null : query.getSortOrders().getFirst();
            return search.page(filters.value(), query.getOffset(), query.getLimit(), order(sort),
                    sort != null && sort.getDirection() == SortDirection.DESCENDING).stream();
        }, query -> search.count(filters.value()));
    }

    private static LessonSearch.Order order(QuerySortOrder sort) {
        return switch (sort == null ? "title" : sort.getSorted()) {
            case "level" -> LessonSearch.Order.LEVEL;
            case "status" -> LessonSearch.Order.STATUS;
            case "version" -> LessonSearch.Order.VERSION;
            case "updated" -> LessonSearch.Order.UPDATED;
            default -> LessonSearch.Order.SLUG;
        };
    }

    private Div titleCell(LessonListItem l) {
        String lang = UI.getCurrent().getLocale().getLanguage();
        String main = LessonDocument.pick(l.title(), "ko".equals(lang) ? "ko" : "en");
        String other = LessonDocument.pick(l.title(), "ko".equals(lang) ? "en" : "ko");
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

    private HorizontalLayout statusCell(LessonListItem l) {
        HorizontalLayout cell = new HorizontalLayout(Badges.status(l.status()));
        if (l.unpublishedChanges() && l.latestVersion() != null) {
            cell.add(Badges.unpublished());
        }
        cell.setSpacing(false);
        cell.addClassName("koto-badges");
        return cell;
    }

    private HorizontalLayout actions(LessonListItem l) {
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
                e -> new DuplicateLessonDialog(library, library.get(l.id()), this::open).open());
        duplicate.setId("duplicate-" + l.slug());
        boolean archived = l.status() == LessonStatus.ARCHIVED;
        Button archive = LessonActions.iconButton(archived ? VaadinIcon.ARROW_BACKWARD : VaadinIcon.ARCHIVE,
                t(archived ? "lessons.unarchive" : "lessons.archive"),
                e -> LessonActions.archiveOrUnarchive(library, library.get(l.id()), changed -> refresh()));
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
        TreeSet<String> langs = new TreeSet<>(Languages.available(packs));
        langs.addAll(search.languages());
        filters.offerLanguages(langs);
        applyFilters();
    }

    private void applyFilters() {
        count.setText(t("lessons.count", search.count(filters.value()), search.count(LessonSearch.Filter.ALL)));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return t("lessons.page-title");
    }
}
