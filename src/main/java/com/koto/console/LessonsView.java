package com.koto.console;

import com.koto.content.ActivityDocument;
import com.koto.content.DraftLesson;
import com.koto.content.LessonDocument;
import com.koto.content.LessonLibrary;
import com.koto.content.StageDocument;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Lessons, read-only for now: every lesson with its status and version; selecting one shows its
 * stages and activities (tutor line, accepted answers, difficulty). Authoring comes with issue 4.
 */
@Route("")
@PageTitle("Lessons · Korean Together")
@Menu(title = "Lessons", order = 1)
@RolesAllowed({"ADMIN", "TEACHER"})
class LessonsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final TreeGrid<Row> structure = new TreeGrid<>();
    private final Paragraph empty = new Paragraph("Select a lesson to see its stages and activities.");

    LessonsView(LessonLibrary library) {
        setSizeFull();
        List<DraftLesson> lessons = library.all();

        Grid<DraftLesson> grid = new Grid<>();
        grid.addColumn(l -> l.draft().title().getOrDefault("en", l.slug())).setHeader("Title").setFlexGrow(2);
        grid.addColumn(l -> l.draft().title().getOrDefault("ko", "")).setHeader("Korean title").setFlexGrow(2);
        grid.addColumn(l -> l.draft().level().cefr() + " · TOPIK " + l.draft().level().topik()).setHeader("Level");
        grid.addColumn(l -> String.join(", ", l.draft().instructionLangs())).setHeader("Instruction");
        grid.addColumn(DraftLesson::status).setHeader("Status");
        grid.addColumn(l -> l.latestVersion() == null ? "–" : "v" + l.latestVersion()).setHeader("Version");
        grid.addColumn(l -> l.draft().stages().size() + " / " + l.draft().activityCount())
                .setHeader("Stages / activities");
        grid.addColumn(l -> WHEN.format(l.updatedAt()) + " by " + l.updatedBy()).setHeader("Updated").setFlexGrow(2);
        grid.setItems(lessons);
        grid.setHeight("16rem");
        grid.setEmptyStateText("No lessons yet. Demo lessons load on first start.");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        structure.addHierarchyColumn(Row::label).setHeader("Stage / activity").setFlexGrow(3);
        structure.addColumn(Row::type).setHeader("Type");
        structure.addColumn(Row::line).setHeader("Tutor line").setFlexGrow(3);
        structure.addColumn(Row::answers).setHeader("Accepted answers").setFlexGrow(3);
        structure.addColumn(Row::difficulty).setHeader("Difficulty");
        structure.setVisible(false);
        structure.setSizeFull();

        add(new H2("Lessons"), new Span(lessons.size() + " lessons"), grid, empty, structure);
    }

    private void show(DraftLesson lesson) {
        if (lesson == null) {
            structure.setVisible(false);
            empty.setVisible(true);
            return;
        }
        LessonDocument d = lesson.draft();
        List<Row> roots = d.stages().stream().map(Row::stage).toList();
        structure.setItems(roots, Row::children);
        structure.expand(roots);
        structure.setVisible(true);
        empty.setVisible(false);
    }

    /** A stage or activity row of the structure tree. */
    record Row(String label, String type, String line, String answers, String difficulty, List<Row> children) {

        static Row stage(StageDocument s) {
            return new Row(s.title().getOrDefault("en", s.key()) + " (" + s.scene() + ")", "stage",
                    s.objective().getOrDefault("ko", ""), "", "",
                    s.activities().stream().map(Row::activity).toList());
        }

        static Row activity(ActivityDocument a) {
            String answers = "choice".equals(a.type())
                    ? a.options().stream().map(o -> (o.correct() ? "✓ " : "") + o.text()).reduce((x, y) -> x + " · " + y)
                            .orElse("")
                    : String.join(" · ", a.acceptedAnswers());
            return new Row(a.key(), a.type(), a.tutorLine(), answers, String.valueOf(a.difficulty()), List.of());
        }
    }
}
