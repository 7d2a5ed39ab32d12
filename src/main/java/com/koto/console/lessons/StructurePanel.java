package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Badges;
import com.koto.content.ActivityDocument;
import com.koto.content.LessonDocument;
import com.koto.content.StageDocument;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The lesson's structure: stages and the selected stage's activities, each reorderable by drag
 * and drop or the arrow buttons; the right side edits the selected stage or activity.
 */
class StructurePanel extends SplitLayout {

    /** What is selected: a stage, or an activity of it (by key). */
    record Selection(int stage, String activity) {
    }

    record StageItem(int index, StageDocument stage) {
    }

    record ActivityItem(int index, ActivityDocument activity) {
    }

    private final LessonEditorView editor;
    private final PreviewService preview;
    private final Grid<StageItem> stages = new Grid<>();
    private final Grid<ActivityItem> activities = new Grid<>();
    private final H4 activitiesHeading = new H4();
    private final MenuBar addActivity = new MenuBar();
    private final Div detail = new Div();
    private Selection selection;
    private StageItem draggedStage;
    private ActivityItem draggedActivity;

    StructurePanel(LessonEditorView editor, PreviewService preview) {
        this.editor = editor;
        this.preview = preview;
        setSizeFull();
        setSplitterPosition(42);
        addClassName("koto-structure");

        Button addStage = new Button(t("stage.add"), VaadinIcon.PLUS.create(), e -> newStage());
        addStage.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addStage.setId("add-stage");
        HorizontalLayout stagesBar = bar(new H4(t("structure.stages")), addStage);

        addActivity.addThemeVariants(MenuBarVariant.LUMO_SMALL);
        addActivity.setId("add-activity");
        SubMenu types = addActivity.addItem(t("activity.add")).getSubMenu();
        for (String type : ActivityDocument.TYPES) {
            types.addItem(t("type." + type), e -> newActivity(type)).setId("add-" + type);
        }
        HorizontalLayout activitiesBar = bar(activitiesHeading, addActivity);

        configureStages();
        configureActivities();
        VerticalLayout left = new VerticalLayout(stagesBar, stages, activitiesBar, activities);
        left.setPadding(false);
        left.setSizeFull();
        left.addClassName("koto-structure-left");
        detail.addClassName("koto-detail");
        detail.setSizeFull();
        // remembered in the page, so a save (which renders the editor anew) can come back to the same place
        detail.getElement().executeJs("this.addEventListener('scroll', () => window.kotoDetailScroll = this.scrollTop)");
        addToPrimary(left);
        addToSecondary(detail);

        LessonDocument d = editor.lesson().draft();
        stages.setItems(IntStream.range(0, d.stages().size()).mapToObj(i -> new StageItem(i, d.stages().get(i)))
                .toList());
        if (d.stages().isEmpty()) {
            showActivities(-1);
            placeholder(t("structure.start"));
        } else {
            select(new Selection(0, null));
        }
    }

    Selection selection() {
        return selection;
    }

    /** Selects a stage (and an activity of it) if they still exist. */
    void select(Selection wanted) {
        LessonDocument d = editor.lesson().draft();
        if (d.stages().isEmpty()) {
            return;
        }
        int stage = Math.min(Math.max(wanted.stage(), 0), d.stages().size() - 1);
        showActivities(stage);
        stages.select(new StageItem(stage, d.stages().get(stage)));
        List<ActivityDocument> list = d.stages().get(stage).activities();
        int activity = wanted.activity() == null ? -1
                : IntStream.range(0, list.size()).filter(i -> list.get(i).key().equals(wanted.activity()))
                        .findFirst().orElse(-1);
        if (activity >= 0) {
            activities.select(new ActivityItem(activity, list.get(activity)));
            activities.scrollToIndex(activity);
            showActivity(stage, activity);
        } else {
            showStage(stage);
        }
    }

    private void configureStages() {
        stages.addColumn(s -> s.index() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        stages.addComponentColumn(s -> twoLines(s.stage().title().getOrDefault("ko", s.stage().key()),
                s.stage().title().getOrDefault("en", s.stage().key()))).setHeader(t("structure.stage"))
                .setFlexGrow(3);
        stages.addColumn(s -> t("scene." + s.stage().scene())).setHeader(t("stage.scene")).setAutoWidth(true);
        stages.addColumn(s -> s.stage().activities().size()).setHeader(t("structure.activity-count"))
                .setAutoWidth(true).setFlexGrow(0);
        stages.addComponentColumn(s -> moves(s.index(), editor.lesson().draft().stages().size(),
                to -> moveStage(s.index(), to))).setHeader("").setAutoWidth(true).setFlexGrow(0);
        stages.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        stages.setId("stages");
        stages.setHeight("14em");
        stages.setEmptyStateText(t("structure.no-stages"));
        stages.addItemClickListener(e -> {
            selection = new Selection(e.getItem().index(), null);
            showActivities(e.getItem().index());
            showStage(e.getItem().index());
        });
        stages.setRowsDraggable(true);
        stages.setDropMode(GridDropMode.BETWEEN);
        stages.addDragStartListener(e -> draggedStage = e.getDraggedItems().getFirst());
        stages.addDragEndListener(e -> draggedStage = null);
        stages.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (draggedStage != null && draggedStage.index() != target.index()) {
                moveStage(draggedStage.index(), dropIndex(draggedStage.index(), target.index(), e.getDropLocation()));
            }
        }));
    }

    private void configureActivities() {
        activities.addColumn(a -> a.index() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        activities.addComponentColumn(a -> Badges.plain(t("type." + a.activity().type())))
                .setHeader(t("activity.type")).setAutoWidth(true).setFlexGrow(0);
        activities.addComponentColumn(a -> twoLines(a.activity().tutorLine(), a.activity().key()))
                .setHeader(t("activity.tutor-line")).setFlexGrow(3);
        activities.addColumn(a -> a.activity().difficulty()).setHeader(t("activity.difficulty-short"))
                .setAutoWidth(true).setFlexGrow(0);
        activities.addComponentColumn(a -> moves(a.index(), currentStage().activities().size(),
                to -> moveActivity(a.index(), to))).setHeader("").setAutoWidth(true).setFlexGrow(0);
        activities.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        activities.setId("activities");
        activities.setEmptyStateText(t("structure.no-activities"));
        activities.addItemClickListener(e -> {
            selection = new Selection(selection.stage(), e.getItem().activity().key());
            showActivity(selection.stage(), e.getItem().index());
        });
        activities.setRowsDraggable(true);
        activities.setDropMode(GridDropMode.BETWEEN);
        activities.addDragStartListener(e -> draggedActivity = e.getDraggedItems().getFirst());
        activities.addDragEndListener(e -> draggedActivity = null);
        activities.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (draggedActivity != null && draggedActivity.index() != target.index()) {
                moveActivity(draggedActivity.index(),
                        dropIndex(draggedActivity.index(), target.index(), e.getDropLocation()));
            }
        }));
    }

    /** Where an item dragged from {@code from} lands when dropped above/below the row at {@code target}. */
    static int dropIndex(int from, int target, GridDropLocation location) {
        int to = location == GridDropLocation.BELOW ? target + 1 : target;
        return from < to ? to - 1 : to;
    }

    private StageDocument currentStage() {
        return editor.lesson().draft().stages().get(selection.stage());
    }

    private void showActivities(int stage) {
        LessonDocument d = editor.lesson().draft();
        if (stage < 0) {
            activitiesHeading.setText(t("structure.activities"));
            activities.setItems(List.of());
            addActivity.setEnabled(false);
            return;
        }
        StageDocument s = d.stages().get(stage);
        activitiesHeading.setText(t("structure.activities-of", s.title().getOrDefault("ko", s.key())));
        activities.setItems(IntStream.range(0, s.activities().size())
                .mapToObj(i -> new ActivityItem(i, s.activities().get(i))).toList());
        addActivity.setEnabled(true);
        selection = new Selection(stage, null);
    }

    private void showStage(int stage) {
        selection = new Selection(stage, null);
        activities.deselectAll();
        StageDocument s = editor.lesson().draft().stages().get(stage);
        show(new StageEditor(editor, stage, s));
    }

    private void showActivity(int stage, int activity) {
        ActivityDocument a = editor.lesson().draft().stages().get(stage).activities().get(activity);
        selection = new Selection(stage, a.key());
        show(new ActivityEditor(editor, preview, stage, activity, a));
    }

    private void newStage() {
        LessonDocument d = editor.lesson().draft();
        String key = Drafts.freeKey("stage-" + (d.stages().size() + 1), Drafts.stageKeys(d));
        StageDocument stage = new StageDocument(key, "cafe", java.util.Map.of(), java.util.Map.of(), List.of());
        stages.deselectAll();
        activities.setItems(List.of());
        show(new StageEditor(editor, d.stages().size(), stage));
    }

    private void newActivity(String type) {
        LessonDocument d = editor.lesson().draft();
        int stage = selection.stage();
        String key = Drafts.freeKey(type.replace('_', '-') + "-" + (Drafts.activityKeys(d).size() + 1),
                Drafts.activityKeys(d));
        ActivityDocument blank = new ActivityDocument(key, type, 1, "polite", "", java.util.Map.of(),
                java.util.Map.of(), "fill_blank".equals(type) ? "" : null, List.of(), List.of(), List.of(),
                List.of(), "", java.util.Map.of(), java.util.Map.of());
        activities.deselectAll();
        selection = new Selection(stage, key);
        show(new ActivityEditor(editor, preview, stage, d.stages().get(stage).activities().size(), blank));
    }

    private void moveStage(int from, int to) {
        if (editor.save(Drafts.moveStage(editor.lesson().draft(), from, to))) {
            editor.afterRender(new Selection(to, null));
        }
    }

    private void moveActivity(int from, int to) {
        Selection before = selection;
        String key = currentStage().activities().get(from).key();
        if (editor.save(Drafts.moveActivity(editor.lesson().draft(), before.stage(), from, to))) {
            editor.afterRender(new Selection(before.stage(), key));
        }
    }

    private HorizontalLayout moves(int index, int count, java.util.function.IntConsumer moveTo) {
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

    private static Div twoLines(String first, String second) {
        Span a = new Span(first);
        Span b = new Span(second);
        b.addClassName("koto-muted");
        Div cell = new Div(a, b);
        cell.addClassName("koto-two-lines");
        return cell;
    }

    private void placeholder(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("koto-muted");
        show(p);
    }

    /** After a save: scrolls the detail pane back to where the user was before the editor was rendered anew. */
    void keepScroll() {
        detail.getElement().executeJs("const d = this, y = window.kotoDetailScroll || 0;"
                + " requestAnimationFrame(() => requestAnimationFrame(() => { d.scrollTop = y; }))");
    }

    private void show(Component component) {
        detail.removeAll();
        detail.add(component);
    }

    private static HorizontalLayout bar(Component title, Component action) {
        HorizontalLayout bar = new HorizontalLayout(title, action);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(title);
        return bar;
    }
}
