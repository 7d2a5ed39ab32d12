package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.console.ui.TranslationsField;
import com.koto.content.LessonDocument;
import com.koto.content.LessonProblem;
import com.koto.content.LessonRules;
import com.koto.content.StageDocument;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Edits one stage: key, scene, title and objective (Korean plus each instruction language). */
class StageEditor extends VerticalLayout {

    private final TextField key = new TextField();
    private final Select<String> scene = new Select<>();
    private final TranslationsField title;
    private final TranslationsField objective;
    private final List<String> langs;

    StageEditor(LessonEditorView editor, int index, StageDocument stage) {
        LessonDocument lesson = editor.lesson().draft();
        boolean isNew = index == lesson.stages().size();
        setPadding(true);
        addClassName("koto-stage-editor");
        langs = new ArrayList<>(List.of("ko"));
        lesson.instructionLangs().stream().filter(l -> !langs.contains(l)).forEach(langs::add);

        key.setLabel(t("stage.key"));
        key.setHelperText(t("common.key-help"));
        key.setValue(stage.key());
        key.setId("stage-key");
        scene.setLabel(t("stage.scene"));
        scene.setItems(StageDocument.SCENES);
        scene.setItemLabelGenerator(s -> t("scene." + s));
        scene.setValue(StageDocument.SCENES.contains(stage.scene()) ? stage.scene() : StageDocument.SCENES.getFirst());
        scene.setId("stage-scene");
        title = new TranslationsField(t("stage.title"), langs, false);
        title.setValue(stage.title());
        title.setId("stage-title");
        objective = new TranslationsField(t("stage.objective"), langs, true);
        objective.setValue(stage.objective());
        objective.setId("stage-objective");

        FormLayout form = new FormLayout(key, scene, title, objective);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(title, 2);
        form.setColspan(objective, 2);

        Button save = new Button(isNew ? t("stage.create") : t("common.save"), e -> {
            StageDocument next = new StageDocument(key.getValue().strip(), scene.getValue(), title.getValue(),
                    objective.getValue(), stage.activities());
            if (validate(next, lesson, index)) {
                if (editor.save(lesson.withStage(index, next))) {
                    editor.afterRender(new StructurePanel.Selection(index, null));
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-stage");
        HorizontalLayout buttons = new HorizontalLayout(save);
        if (!isNew) {
            Button delete = new Button(t("stage.delete"), e -> {
                ConfirmDialog confirm = new ConfirmDialog(t("stage.delete"),
                        t("stage.delete-confirm", stage.key(), stage.activities().size()), t("common.delete"),
                        ok -> editor.save(lesson.withoutStage(index)));
                confirm.setCancelable(true);
                confirm.setCancelText(t("common.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("delete-stage");
            buttons.add(delete);
        }
        add(new H3(isNew ? t("stage.new") : t("stage.heading", stage.key())), form, buttons);
    }

    /**
     * Marks what is wrong; content decides what blocks saving ({@link LessonRules#stageProblemsInDraft}:
     * the key, a Korean title and objective); missing translations are marked only.
     */
    private boolean validate(StageDocument next, LessonDocument lesson, int index) {
        List<LessonProblem> found = LessonRules.stageProblemsInDraft(lesson, index, next);
        String keyError = null;
        Map<String, String> titleMarks = new HashMap<>();
        Map<String, String> objectiveMarks = new HashMap<>();
        for (LessonProblem p : found) {
            switch (p.code()) {
                case STAGE_KEY_INVALID -> keyError = t("common.key-invalid");
                case STAGE_KEY_DUPLICATE -> keyError = t("stage.key-taken");
                case STAGE_TITLE_NOT_KOREAN -> titleMarks.put("ko", t("stage.title-ko"));
                case STAGE_OBJECTIVE_NOT_KOREAN -> objectiveMarks.put("ko", t("stage.objective-ko"));
                case STAGE_TITLE_MISSING -> titleMarks.put(p.args().getFirst(), missing(p.args().getFirst()));
                case STAGE_OBJECTIVE_MISSING -> objectiveMarks.put(p.args().getFirst(), missing(p.args().getFirst()));
                default -> { }
            }
        }
        key.setInvalid(keyError != null);
        key.setErrorMessage(keyError);
        for (String lang : langs) {
            title.markLanguage(lang, titleMarks.get(lang));
            objective.markLanguage(lang, objectiveMarks.get(lang));
        }
        return found.stream().noneMatch(LessonProblem::blocksSaving);
    }

    private static String missing(String lang) {
        return t("common.translation-missing", Texts.language(lang));
    }
}
