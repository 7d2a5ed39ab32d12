package com.koto.console.lessons;

import com.koto.console.ui.Badges;
import com.koto.console.ui.Cells;
import com.koto.content.ActivityDocument;
import com.koto.content.ActivityType;
import com.koto.content.LessonDocument;
import com.koto.content.StageDocument;
import com.koto.tutoring.PreviewService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import java.util.List;
import java.util.stream.IntStream;
import static com.koto.console.ui.Texts.t;

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

    StructurePanel(LessonEditorView editor, PreviewService preview) {
        this.editor = editor;
        this.preview = preview;
        setSizeFull();
        setSplitterPosition(42);
        addClassName("koto-structure");

        Button addStage = new Button(t("stage.add"), VaadinIcon.PLUS.create(), e -> newStage());
        addStage.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addStage.setId("add-stage");
        HorizontalLayout stagesBar = StructureGrids.bar(new H4(t("structure.stages")), addStage);

        addActivity.addThemeVariants(MenuBarVariant.LUMO_SMALL);
        addActivity.setId("add-activity");
        SubMenu types = addActivity.addItem(t("activity.add")).getSubMenu();
        for (ActivityType type : ActivityType.values()) {
            types.addItem(t("type." + type.code()), e -> newActivity(type)).setId("add-" + type.code());
        }
        HorizontalLayout activitiesBar = StructureGrids.bar(activitiesHeading, addActivity);

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
        stages.addComponentColumn(s -> Cells.twoLines(s.stage().title().getOrDefault("ko", s.stage().key()),
                s.stage().title().getOrDefault("en", s.stage().key()))).setHeader(t("structure.stage"))
                .setFlexGrow(3);
        stages.addColumn(s -> t("scene." + s.stage().scene())).setHeader(t("stage.scene")).setAutoWidth(true);
        stages.addColumn(s -> s.stage().activities().size()).setHeader(t("structure.activity-count"))
                .setAutoWidth(true).setFlexGrow(0);
        stages.addComponentColumn(s -> StructureGrids.moves(s.index(), editor.lesson().draft().stages().size(),
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
        StructureGrids.reorderByDragging(stages, StageItem::index, this::moveStage);
    }

    private void configureActivities() {
        activities.addColumn(a -> a.index() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        activities.addComponentColumn(a -> Badges.plain(t("type." + a.activity().type().code())))
                .setHeader(t("activity.type")).setAutoWidth(true).setFlexGrow(0);
        activities.addComponentColumn(a -> Cells.twoLines(a.activity().tutorLine(), a.activity().key()))
                .setHeader(t("activity.tutor-line")).setFlexGrow(3);
        activities.addColumn(a -> a.activity().difficulty()).setHeader(t("activity.difficulty-short"))
                .setAutoWidth(true).setFlexGrow(0);
        activities.addComponentColumn(a -> StructureGrids.moves(a.index(), currentStage().activities().size(),
                to -> moveActivity(a.index(), to))).setHeader("").setAutoWidth(true).setFlexGrow(0);
        activities.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        activities.setId("activities");
        activities.setEmptyStateText(t("structure.no-activities"));
        activities.addItemClickListener(e -> {
            selection = new Selection(selection.stage(), e.getItem().activity().key());
            showActivity(selection.stage(), e.getItem().index());
        });
        StructureGrids.reorderByDragging(activities, ActivityItem::index, this::moveActivity);
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
        StageDocument stage = d.newStage();
        stages.deselectAll();
        activities.setItems(List.of());
        show(new StageEditor(editor, d.stages().size(), stage));
    }

    private void newActivity(ActivityType type) {
        LessonDocument d = editor.lesson().draft();
        int stage = selection.stage();
        ActivityDocument blank = d.newActivity(type);
        activities.deselectAll();
        selection = new Selection(stage, blank.key());
        show(new ActivityEditor(editor, preview, stage, d.stages().get(stage).activities().size(), blank));
    }

    private void moveStage(int from, int to) {
        if (editor.save(editor.lesson().draft().moveStage(from, to))) {
            editor.afterRender(new Selection(to, null));
        }
    }

    private void moveActivity(int from, int to) {
        Selection before = selection;
        String key = currentStage().activities().get(from).key();
        if (editor.save(editor.lesson().draft().moveActivity(before.stage(), from, to))) {
            editor.afterRender(new Selection(before.stage(), key));
        }
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
}
