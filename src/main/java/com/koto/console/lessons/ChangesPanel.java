package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.DiffText;
import com.koto.console.ui.Texts;
import com.koto.content.LessonDocument;
import com.koto.content.LessonChange;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** A lesson's change log: who changed what, when. */
class ChangesPanel extends Grid<LessonChange> {

    private static final int SHOWN = 6;

    ChangesPanel(List<LessonChange> changes, LessonDocument titles) {
        addColumn(c -> Texts.when(c.at())).setHeader(t("changes.col.when")).setAutoWidth(true).setFlexGrow(0);
        addColumn(LessonChange::author).setHeader(t("changes.col.who")).setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> t("action." + c.action().name())).setHeader(t("changes.col.what")).setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(c -> details(c, titles)).setHeader(t("changes.col.details")).setFlexGrow(1);
        setItems(changes);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setId("changes");
        setSizeFull();
    }

    /** The note and the changed items, named by title from {@code titles} (the current draft). */
    static Div details(LessonChange c, LessonDocument titles) {
        Div lines = new Div();
        lines.addClassName("koto-report-lines");
        if (c.note() != null && !c.note().isBlank()) {
            lines.add(new Div(new Span(c.note())));
        }
        c.details().stream().limit(SHOWN).forEach(d -> lines.add(new Div(new Span(DiffText.line(d, null, titles)))));
        if (c.details().size() > SHOWN) {
            lines.add(new Div(new Span(t("diff.more", c.details().size() - SHOWN))));
        }
        return lines;
    }
}
