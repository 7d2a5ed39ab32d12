package com.koto.console.progress;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.platform.NotFoundException;
import com.koto.progress.Progress;
import com.koto.progress.ProgressRecords.Example;
import com.koto.progress.ProgressRecords.LearnerProgress;
import com.koto.progress.ProgressRecords.SessionRow;
import com.koto.progress.ProgressRecords.Weakness;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/** Admins: one learner's totals, score trend and weak-point charts, examples and sessions. */
@Route("progress/learners/:learnerId")
@RolesAllowed("ADMIN")
public class LearnerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Progress progress;
    private String title = "";

    LearnerView(Progress progress) {
        this.progress = progress;
        addClassName("koto-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LearnerProgress p;
        String lang = getLocale().getLanguage();
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("learnerId").orElse(""));
            p = progress.learner(id, lang);
        } catch (IllegalArgumentException | NotFoundException e) {
            event.forwardTo(LearnersView.class);
            return;
        }
        removeAll();
        title = p.displayName() == null ? String.valueOf(p.username()) : p.displayName();
        add(new H2(title), new Paragraph(t("progress.learner.summary", p.username(),
                p.instructionLang() == null ? "" : Texts.language(p.instructionLang()), Texts.when(p.lastActive()))));

        FlexLayout totals = new FlexLayout(
                stat("progress.col.sessions", String.valueOf(p.sessionsStarted())),
                stat("progress.col.completed", String.valueOf(p.sessionsCompleted())),
                stat("progress.col.abandoned", String.valueOf(p.sessionsAbandoned())),
                stat("progress.col.turns", String.valueOf(p.turns())),
                stat("progress.col.average", LearnersView.score(p.averageScore())),
                stat("progress.col.time", LearnersView.minutes(p.timeOnTaskSeconds())));
        totals.addClassName("koto-stats");
        totals.setId("learner-totals");
        add(totals);

        List<Charts.Point> trend = p.weekly().stream()
                .map(w -> new Charts.Point(w.week().toString(), w.averageScore())).toList();
        List<Weakness> weaknesses = progress.learnerWeaknesses(p.learnerId());
        List<Charts.Point> weak = weaknesses.stream()
                .map(w -> new Charts.Point(category(w.category()), w.failures())).toList();
        FlexLayout charts = new FlexLayout(
                Charts.line("score-trend", t("progress.chart.trend"), t("progress.chart.week"),
                        t("progress.col.average"), trend, "%.1f"),
                Charts.bars("weak-points", t("progress.chart.weak"), t("progress.chart.category"),
                        t("progress.chart.failures"), weak, true, "%.0f"));
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.addClassName("koto-charts");
        add(charts);

        add(new H3(t("progress.examples")));
        Div examples = new Div();
        examples.setId("weak-examples");
        for (Weakness w : weaknesses) {
            for (Example e : w.examples()) {
                Div line = new Div(new Span(category(w.category()) + ": "), Highlight.answer(e.answer(),
                        List.of(e.original())), new Span(" → " + (e.correctedAnswer() == null ? e.correction()
                                : e.correctedAnswer())));
                line.addClassName("koto-example");
                examples.add(line);
            }
        }
        if (weaknesses.isEmpty()) {
            examples.add(new Span(t("progress.none")));
        }
        add(examples);

        add(new H3(t("progress.sessions")));
        Grid<SessionRow> sessions = new Grid<>();
        sessions.setId("learner-sessions");
        sessions.addColumn(s -> Texts.when(s.startedAt())).setHeader(t("progress.col.started")).setAutoWidth(true);
        sessions.addColumn(s -> s.lessonTitle() == null ? s.lessonId().toString() : s.lessonTitle())
                .setHeader(t("progress.col.lesson")).setFlexGrow(2);
        sessions.addColumn(s -> t("progress.session-status." + s.status())).setHeader(t("progress.col.status"))
                .setAutoWidth(true);
        sessions.addColumn(SessionRow::turns).setHeader(t("progress.col.turns")).setAutoWidth(true);
        sessions.addColumn(s -> LearnersView.score(s.averageScore())).setHeader(t("progress.col.average"))
                .setAutoWidth(true);
        sessions.addColumn(s -> s.totalScore() == null ? "–" : String.valueOf(s.totalScore()))
                .setHeader(t("progress.col.total")).setAutoWidth(true);
        sessions.setItems(progress.sessions(p.learnerId(), lang, 200));
        sessions.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SessionReviewView.class,
                new RouteParameters("sessionId", e.getItem().sessionId().toString()))));
        sessions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        sessions.setAllRowsVisible(true);
        add(sessions);
    }

    static String category(String wire) {
        return Texts.tOr("category." + wire, wire);
    }

    private static Div stat(String labelKey, String value) {
        Span v = new Span(value);
        v.addClassName("koto-stat-value");
        Span l = new Span(t(labelKey));
        l.addClassName("koto-stat-label");
        Div d = new Div(v, l);
        d.addClassName("koto-stat");
        return d;
    }

    @Override
    public String getPageTitle() {
        return t("progress.learner.page-title", title);
    }
}
