package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.content.LessonChange;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** A lesson's change log: who changed what, when. */
class ChangesPanel extends Grid<LessonChange> {

    private static final int SHOWN = 6;

    ChangesPanel(List<LessonChange> changes) {
        addColumn(c -> Texts.when(c.at())).setHeader(t("changes.col.when")).setAutoWidth(true).setFlexGrow(0);
        addColumn(LessonChange::author).setHeader(t("changes.col.who")).setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> t("action." + c.action().name())).setHeader(t("changes.col.what")).setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(ChangesPanel::details).setHeader(t("changes.col.details")).setFlexGrow(1);
        setItems(changes);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setId("changes");
        setSizeFull();
    }

    static Div details(LessonChange c) {
        Div lines = new Div();
        lines.addClassName("koto-report-lines");
        if (c.note() != null && !c.note().isBlank()) {
            lines.add(new Div(new Span(c.note())));
        }
        c.details().stream().limit(SHOWN).forEach(d -> lines.add(new Div(new Span(Texts.change(d)))));
        if (c.details().size() > SHOWN) {
            lines.add(new Div(new Span(t("diff.more", c.details().size() - SHOWN))));
        }
        return lines;
    }
}
