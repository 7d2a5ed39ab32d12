package com.koto.console.packs;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.langpack.ErrorPattern;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A language pack's error patterns: a grid to open, add and remove them ({@link ErrorPatternDialog} edits one). */
class ErrorPatternsEditor extends VerticalLayout {

    private final List<ErrorPattern> patterns = new ArrayList<>();
    private final Grid<ErrorPattern> patternGrid = new Grid<>();

    ErrorPatternsEditor() {
        patternGrid.addColumn(ErrorPattern::id).setHeader(t("pattern.id")).setAutoWidth(true);
        patternGrid.addColumn(p -> Texts.tOr("category." + p.category(), p.category())).setHeader(t("pattern.category"))
                .setAutoWidth(true);
        patternGrid.addColumn(p -> String.join(", ", p.particles())).setHeader(t("pattern.particles"))
                .setFlexGrow(1);
        patternGrid.addColumn(ErrorPattern::title).setHeader(t("pattern.title")).setFlexGrow(2);
        patternGrid.addColumn(p -> p.exampleWrong() + " → " + p.exampleRight()).setHeader(t("pattern.example"))
                .setFlexGrow(3);
        patternGrid.addColumn(ErrorPattern::emphasis).setHeader(t("pattern.emphasis")).setAutoWidth(true)
                .setFlexGrow(0);
        patternGrid.addComponentColumn(p -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                patterns.remove(p);
                patternGrid.setItems(patterns);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(t("common.remove"));
            remove.setTooltipText(t("common.remove"));
            return remove;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        patternGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        patternGrid.setId("patterns-grid");
        patternGrid.setSizeFull();
        patternGrid.addItemDoubleClickListener(e -> edit(e.getItem()));
        patternGrid.addItemClickListener(e -> edit(e.getItem()));
        Button addPattern = new Button(t("pattern.add"), VaadinIcon.PLUS.create(),
                e -> edit(new ErrorPattern("", "particle_wrong", List.of(), "", "", "", "", 1)));
        addPattern.setId("add-pattern");
        add(addPattern, patternGrid);
        setPadding(false);
        setSizeFull();
    }

    /** Shows these patterns (a copy is edited). */
    void setValue(List<ErrorPattern> value) {
        patterns.clear();
        patterns.addAll(value);
        patternGrid.setItems(patterns);
    }

    /** The patterns as edited. */
    List<ErrorPattern> value() {
        return List.copyOf(patterns);
    }

    private void edit(ErrorPattern pattern) {
        Set<String> others = new HashSet<>();
        patterns.stream().filter(p -> p != pattern).forEach(p -> others.add(p.id()));
        new ErrorPatternDialog(pattern, others, edited -> {
            int index = patterns.indexOf(pattern);
            if (index >= 0) {
                patterns.set(index, edited);
            } else {
                patterns.add(edited);
            }
            patternGrid.setItems(patterns);
        }).open();
    }
}
