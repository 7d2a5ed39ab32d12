package com.koto.console.progress;

import static com.koto.console.ui.Texts.t;

import com.koto.platform.NotFoundException;
import com.koto.progress.Progress;
import com.koto.progress.ProgressRecords.ActivityStats;
import com.koto.progress.ProgressRecords.AnalysableLesson;
import com.koto.progress.ProgressRecords.FunnelStep;
import com.koto.progress.ProgressRecords.ReviewItem;
import com.koto.progress.ProgressRecords.VersionAnalytics;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Lesson analytics for admins (every lesson) and teachers (the lessons they author): per published
 * version the funnel (sessions that reached each stage, then completed) as a chart with its table,
 * and the activities hardest first (lowest first-try pass rate) with links to the activity in the
 * editor and to its answer review.
 */
@Route("progress/lessons/:lessonId?")
@Menu(title = "nav.analytics", order = 6, icon = "vaadin:chart")
@RolesAllowed({"ADMIN", "TEACHER"})
public class LessonAnalyticsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Progress progress;
    private final Div body = new Div();
    private final Select<AnalysableLesson> lessons = new Select<>();

    LessonAnalyticsView(Progress progress) {
        this.progress = progress;
        addClassName("koto-page");
        setSizeFull();
        lessons.setLabel(t("progress.analytics.lesson"));
        lessons.setItemLabelGenerator(l -> l.title() + " (" + l.slug() + ")");
        lessons.setId("analytics-lesson");
        lessons.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(LessonAnalyticsView.class,
                        new RouteParameters("lessonId", e.getValue().lessonId().toString())));
            }
        });
        body.setWidthFull();
        add(new H2(t("progress.analytics.heading")), lessons, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String lang = getLocale().getLanguage();
        List<AnalysableLesson> visible = progress.analysableLessons(lang);
        lessons.setItems(visible);
        Optional<String> param = event.getRouteParameters().get("lessonId");
        body.removeAll();
        if (param.isEmpty()) {
            body.add(new Paragraph(visible.isEmpty() ? t("progress.analytics.no-lessons")
                    : t("progress.analytics.pick")));
            return;
        }
        UUID lessonId;
        List<VersionAnalytics> versions;
        try {
            lessonId = UUID.fromString(param.get());
            versions = progress.lessonAnalytics(lessonId, lang);
        } catch (IllegalArgumentException | NotFoundException | AccessDeniedException e) {
            event.forwardTo(LessonAnalyticsView.class);
            return;
        }
        visible.stream().filter(l -> l.lessonId().equals(lessonId)).findFirst().ifPresent(lessons::setValue);
        if (versions.isEmpty()) {
            body.add(new Paragraph(t("progress.analytics.no-data")));
            return;
        }
        for (VersionAnalytics v : versions) {
            body.add(version(lessonId, v));
        }
    }

    private Div version(UUID lessonId, VersionAnalytics v) {
        Div section = new Div();
        section.setId("version-" + v.version());
        section.add(new H3(t("progress.analytics.version", v.version())));
        section.add(new Paragraph(t("progress.analytics.totals", v.started(), v.completed(), v.abandoned())));
        List<Charts.Point> funnel = v.funnel().stream().map(f -> new Charts.Point(label(f), f.sessions())).toList();
        section.add(Charts.bars("funnel-" + v.version(), t("progress.chart.funnel", v.version()),
                t("progress.chart.stage"), t("progress.chart.sessions"), funnel, false, "%.0f"));

        Grid<ActivityStats> grid = new Grid<>();
        grid.setId("activities-" + v.version());
        grid.addColumn(ActivityStats::activityKey).setHeader(t("progress.col.activity")).setAutoWidth(true);
        grid.addColumn(a -> a.stageKey() == null ? "" : a.stageKey()).setHeader(t("progress.col.stage"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.type() == null ? "" : t("type." + a.type())).setHeader(t("progress.col.type"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.firstTryPassRate() == null ? "–"
                : String.format(Locale.ROOT, "%.0f%%", a.firstTryPassRate() * 100))
                .setHeader(t("progress.col.first-try")).setAutoWidth(true);
        grid.addColumn(a -> a.meanAttempts() == null ? "–" : String.format(Locale.ROOT, "%.2f", a.meanAttempts()))
                .setHeader(t("progress.col.mean-attempts")).setAutoWidth(true);
        grid.addColumn(a -> LearnersView.score(a.meanScore())).setHeader(t("progress.col.mean-score"))
                .setAutoWidth(true);
        grid.addColumn(ActivityStats::attempts).setHeader(t("progress.col.attempts")).setAutoWidth(true);
        grid.addColumn(a -> a.topFailing().stream().map(LessonAnalyticsView::failing).collect(Collectors.joining(" · ")))
                .setHeader(t("progress.col.failing")).setFlexGrow(2);
        grid.addComponentColumn(a -> links(lessonId, a)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(v.activities());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private static String label(FunnelStep f) {
        return "completed".equals(f.key()) ? t("progress.chart.completed") : f.label() == null ? f.key() : f.label();
    }

    private HorizontalLayout links(UUID lessonId, ActivityStats a) {
        Anchor edit = new Anchor("lessons/" + lessonId + "?activity="
                + URLEncoder.encode(a.activityKey(), StandardCharsets.UTF_8), t("progress.analytics.edit"));
        edit.addClassName("koto-link-button");
        Anchor review = new Anchor("progress/review/" + lessonId + "?activity="
                + URLEncoder.encode(a.activityKey(), StandardCharsets.UTF_8), t("progress.analytics.review"));
        review.addClassName("koto-link-button");
        review.setId("review-" + a.activityKey());
        return new HorizontalLayout(edit, review);
    }

    /** A failing answer in the activities table: {@code 안녕 ×3 ⚑1} (times failed, times flagged). */
    static String failing(ReviewItem r) {
        return r.example() + " ×" + r.failures() + (r.reports() > 0 ? " ⚑" + r.reports() : "");
    }

    @Override
    public String getPageTitle() {
        return t("progress.analytics.page-title");
    }
}
