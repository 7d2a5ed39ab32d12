package com.koto.console.progress;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.progress.Progress;
import com.koto.progress.ProgressRecords.Cohort;
import com.koto.progress.ProgressRecords.LearnerFilter;
import com.koto.progress.ProgressRecords.LearnerRow;
import com.koto.progress.ProgressRecords.LearnerSort;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Admins: every learner with recorded activity in a lazy grid. Paging, sorting and filtering run in
 * PostgreSQL on the learners read model (indexed columns), so the page stays fast with 100,000
 * learners; CSV export of the filtered rows; cohorts by instruction language and region below.
 */
@Route("progress/learners")
@Menu(title = "nav.learners", order = 5, icon = "vaadin:academy-cap")
@RolesAllowed("ADMIN")
public class LearnersView extends VerticalLayout implements HasDynamicTitle {

    /** A leading character a spreadsheet reads as a formula. */
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@].*");
    /** Text that needs quoting in a CSV cell. */
    private static final Pattern CSV_SPECIAL = Pattern.compile(".*[\",\r\n].*");

    private static final int EXPORT_PAGE = 500;

    private final Progress progress;
    private final Grid<LearnerRow> grid = new Grid<>();
    private LearnerFilter filter = LearnerFilter.NONE;

    private final TextField name = new TextField();
    private final Select<String> language = new Select<>();
    private final DatePicker since = new DatePicker();
    private final IntegerField minSessions = new IntegerField();
    private final NumberField minScore = new NumberField();

    LearnersView(Progress progress) {
        this.progress = progress;
        setSizeFull();
        addClassName("koto-page");

        grid.setId("learners");
        grid.addColumn(r -> r.displayName() == null ? r.username() : r.displayName() + " · " + r.username())
                .setHeader(t("progress.col.name")).setSortProperty(LearnerSort.NAME.name()).setFlexGrow(2);
        grid.addColumn(r -> r.instructionLang() == null ? "" : Texts.language(r.instructionLang()))
                .setHeader(t("progress.col.language")).setSortProperty(LearnerSort.LANGUAGE.name()).setAutoWidth(true);
        grid.addColumn(r -> Texts.when(r.lastActive())).setHeader(t("progress.col.last-active"))
                .setSortProperty(LearnerSort.LAST_ACTIVE.name()).setAutoWidth(true);
        grid.addColumn(LearnerRow::sessionsStarted).setHeader(t("progress.col.sessions"))
                .setSortProperty(LearnerSort.SESSIONS.name()).setAutoWidth(true);
        grid.addColumn(LearnerRow::sessionsCompleted).setHeader(t("progress.col.completed")).setAutoWidth(true);
        grid.addColumn(LearnerRow::sessionsAbandoned).setHeader(t("progress.col.abandoned")).setAutoWidth(true);
        grid.addColumn(r -> score(r.averageScore())).setHeader(t("progress.col.average"))
                .setSortProperty(LearnerSort.AVERAGE_SCORE.name()).setAutoWidth(true);
        grid.addColumn(r -> minutes(r.timeOnTaskSeconds())).setHeader(t("progress.col.time")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setItems(query -> {
            LearnerSort sort = LearnerSort.LAST_ACTIVE;
            boolean ascending = false;
            for (QuerySortOrder order : query.getSortOrders()) {
                sort = LearnerSort.valueOf(order.getSorted());
                ascending = order.getDirection() == SortDirection.ASCENDING;
                break;
            }
            return progress.learners(filter, sort, ascending, query.getOffset(), query.getLimit()).stream();
        }, query -> progress.countLearners(filter));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(LearnerView.class,
                new com.vaadin.flow.router.RouteParameters("learnerId", e.getItem().learnerId().toString()))));
        grid.setSizeFull();

        name.setPlaceholder(t("progress.filter.name"));
        name.setAriaLabel(t("progress.filter.name"));
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        name.setId("filter-name");
        List<String> languages = new ArrayList<>();
        languages.add("");
        List<Cohort> cohortRows = progress.cohorts();
        cohortRows.stream().map(Cohort::instructionLang).filter(l -> !"?".equals(l)).distinct().sorted()
                .forEach(languages::add);
        language.setItems(languages);
        language.setItemLabelGenerator(l -> l.isEmpty() ? t("progress.filter.any-language") : Texts.language(l));
        language.setValue("");
        language.setAriaLabel(t("progress.col.language"));
        language.setId("filter-language");
        since.setPlaceholder(t("progress.filter.since"));
        since.setAriaLabel(t("progress.filter.since"));
        since.setId("filter-since");
        minSessions.setPlaceholder(t("progress.filter.min-sessions"));
        minSessions.setAriaLabel(t("progress.filter.min-sessions"));
        minSessions.setMin(0);
        minSessions.setId("filter-sessions");
        minScore.setPlaceholder(t("progress.filter.min-score"));
        minScore.setAriaLabel(t("progress.filter.min-score"));
        minScore.setMin(0);
        minScore.setMax(100);
        minScore.setId("filter-score");
        name.addValueChangeListener(e -> refilter());
        language.addValueChangeListener(e -> refilter());
        since.addValueChangeListener(e -> refilter());
        minSessions.addValueChangeListener(e -> refilter());
        minScore.addValueChangeListener(e -> refilter());

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csv();
            return new DownloadResponse(new ByteArrayInputStream(csv), "koto-learners" + ".csv", "text/csv", csv.length);
        }), "");
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(t("progress.export-csv")));
        export.setId("export-csv");
        export.addClassName("koto-icon-link");

        HorizontalLayout filters = new HorizontalLayout(name, language, since, minSessions, minScore, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        Grid<Cohort> cohorts = new Grid<>();
        cohorts.setId("cohorts");
        cohorts.addColumn(c -> "?".equals(c.instructionLang()) ? t("progress.unknown") : Texts.language(c.instructionLang()))
                .setHeader(t("progress.col.language"));
        cohorts.addColumn(c -> c.region() == null ? t("progress.region.none") : c.region())
                .setHeader(t("progress.col.region"));
        cohorts.addColumn(Cohort::learners).setHeader(t("progress.col.learners"));
        cohorts.addColumn(Cohort::sessionsStarted).setHeader(t("progress.col.sessions"));
        cohorts.addColumn(Cohort::sessionsCompleted).setHeader(t("progress.col.completed"));
        cohorts.addColumn(Cohort::sessionsAbandoned).setHeader(t("progress.col.abandoned"));
        cohorts.addColumn(c -> score(c.averageScore())).setHeader(t("progress.col.average"));
        cohorts.setItems(cohortRows);
        cohorts.setAllRowsVisible(true);
        cohorts.addThemeVariants(GridVariant.LUMO_COMPACT);
        Details byLanguage = new Details(t("progress.cohorts"), cohorts);
        byLanguage.setWidthFull();

        add(new H2(t("progress.learners.heading")), filters, grid, byLanguage);
        grid.sort(GridSortOrder.desc(grid.getColumns().get(2)).build());
    }

    private void refilter() {
        filter = new LearnerFilter(name.getValue(), language.getValue(),
                since.getValue() == null ? null : since.getValue().atStartOfDay(ZoneOffset.UTC).toInstant(),
                minSessions.getValue(), minScore.getValue());
        grid.getDataProvider().refreshAll();
    }

    /** The filtered learners as CSV (UTF-8, RFC 4180 quoting), read in pages. */
    byte[] csv() {
        StringBuilder out = new StringBuilder("learner_id,username,display_name,instruction_lang,sessions_started,"
                + "sessions_completed,sessions_abandoned,average_score,time_on_task_seconds,last_active\r\n");
        for (int offset = 0; ; offset += EXPORT_PAGE) {
            List<LearnerRow> page = progress.learners(filter, LearnerSort.NAME, true, offset, EXPORT_PAGE);
            for (LearnerRow r : page) {
                out.append(r.learnerId()).append(',').append(cell(r.username())).append(',')
                        .append(cell(r.displayName())).append(',').append(cell(r.instructionLang())).append(',')
                        .append(r.sessionsStarted()).append(',').append(r.sessionsCompleted()).append(',')
                        .append(r.sessionsAbandoned()).append(',')
                        .append(r.averageScore() == null ? "" : r.averageScore()).append(',')
                        .append(r.timeOnTaskSeconds()).append(',').append(r.lastActive()).append("\r\n");
            }
            if (page.size() < EXPORT_PAGE) {
                return out.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // a leading = + - @ would be read as a formula by spreadsheets
        String safe = FORMULA_START.matcher(value).matches() ? "'" + value : value;
        return CSV_SPECIAL.matcher(safe).matches() ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    static String score(Double score) {
        return score == null ? "–" : String.format(Locale.ROOT, "%.1f", score);
    }

    static String minutes(long seconds) {
        return t("progress.minutes", Math.round(seconds / 60.0));
    }

    /** The current filter (tests). */
    LearnerFilter filter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return t("progress.learners.page-title");
    }
}
