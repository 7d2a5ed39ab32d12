package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

/** The pieces the stage and activity grids of {@link StructurePanel} share: reordering by drag and drop or arrows. */
final class StructureGrids {

    private StructureGrids() {
    }

    /** Lets rows be dragged between others; {@code move} gets (from, to) positions. */
    static <T> void reorderByDragging(Grid<T> grid, ToIntFunction<T> index, BiConsumer<Integer, Integer> move) {
        Object[] dragged = new Object[1];
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> dragged[0] = e.getDraggedItems().getFirst());
        grid.addDragEndListener(e -> dragged[0] = null);
        grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            @SuppressWarnings("unchecked")
            T item = (T) dragged[0];
            if (item != null && index.applyAsInt(item) != index.applyAsInt(target)) {
                int from = index.applyAsInt(item);
                move.accept(from, dropIndex(from, index.applyAsInt(target), e.getDropLocation()));
            }
        }));
    }

    /** Where an item dragged from {@code from} lands when dropped above/below the row at {@code target}. */
    static int dropIndex(int from, int target, GridDropLocation location) {
        int to = location == GridDropLocation.BELOW ? target + 1 : target;
        return from < to ? to - 1 : to;
    }

    /** The up/down arrows of a row at {@code index} of {@code count}. */
    static HorizontalLayout moves(int index, int count, IntConsumer moveTo) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> moveTo.accept(index - 1));
        up.setEnabled(index > 0);
        up.setAriaLabel(t("structure.move-up"));
        up.setTooltipText(t("structure.move-up"));
        up.addClassName("koto-move-up");
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> moveTo.accept(index + 1));
        down.setEnabled(index < count - 1);
        down.setAriaLabel(t("structure.move-down"));
        down.setTooltipText(t("structure.move-down"));
        down.addClassName("koto-move-down");
        for (Button b : List.of(up, down)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        }
        HorizontalLayout buttons = new HorizontalLayout(up, down);
        buttons.setSpacing(false);
        return buttons;
    }

    static HorizontalLayout bar(Component title, Component action) {
        HorizontalLayout bar = new HorizontalLayout(title, action);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(title);
        return bar;
    }
}
