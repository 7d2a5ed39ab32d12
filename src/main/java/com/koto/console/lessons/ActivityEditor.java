package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.DiffText;
import com.koto.console.ui.TextListField;
import com.koto.console.ui.Texts;
import com.koto.console.ui.TranslationsField;
import com.koto.content.ActivityDocument;
import com.koto.content.LessonDocument;
import com.koto.content.LessonProblem;
import com.koto.content.LessonRules;
import com.koto.tutoring.PreviewService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits one activity: the fields every type has ({@link ActivityFields}) and the form of its type
 * ({@link TypeForm}), all bound to one {@link ActivityDraft}; saving asks content which problems
 * there are and which of them block ({@link LessonRules#activityProblemsInDraft}), marks each on
 * its field, and previews answers with the real evaluator.
 */
class ActivityEditor extends VerticalLayout {

    private final LessonEditorView editor;
    private final int stageIndex;
    private final int index;
    private final ActivityDocument original;
    private final List<String> langs;
    private final Binder<ActivityDraft> binder = new Binder<>();
    final ActivityFields fields;
    private final VerticalLayout typeSlot = new VerticalLayout();
    private TypeForm form;
    private final UnorderedList problems = new UnorderedList();
    private final PreviewPanel preview;

    ActivityEditor(LessonEditorView editor, PreviewService previewService, int stageIndex, int index,
            ActivityDocument activity) {
        this.editor = editor;
        this.stageIndex = stageIndex;
        this.index = index;
        this.original = activity;
        LessonDocument lesson = editor.lesson().draft();
        this.langs = lesson.instructionLangs();
        boolean isNew = index == lesson.stages().get(stageIndex).activities().size();
        addClassName("koto-activity-editor");
        setPadding(true);

        fields = new ActivityFields(langs);
        binder.setBean(ActivityDraft.of(activity));
        fields.bind(binder);
        typeSlot.setPadding(false);
        showTypeForm();
        fields.type.addValueChangeListener(e -> showTypeForm());

        problems.addClassName("koto-problem-list");
        problems.setId("activity-problems");
        Button save = new Button(isNew ? t("activity.create") : t("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-activity");
        HorizontalLayout buttons = new HorizontalLayout(save);
        if (!isNew) {
            Button delete = new Button(t("activity.delete"), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("delete-activity");
            buttons.add(delete);
        }
        preview = new PreviewPanel(lesson.stages().get(stageIndex), this::build, langs, previewService);
        H3 heading = new H3(isNew ? t("activity.new", t("type." + activity.type().code()))
                : t("activity.heading", DiffText.activityLabel(activity)));
        heading.setId("activity-heading");
        Span keyLine = new Span(isNew ? "" : activity.key());
        keyLine.addClassName("koto-muted");
        add(heading, keyLine, fields.head(), typeSlot, fields.tail(), problems, buttons, preview);
        preview.refreshHelpers();
    }

    /** The form of the activity's type, bound to the draft (after a type change: the new type's). */
    TypeForm form() {
        return form;
    }

    private void showTypeForm() {
        if (form != null) {
            form.unbind(binder);
        }
        form = TypeForm.of(fields.type.getValue(), langs);
        form.bind(binder, this::previewHelpers);
        typeSlot.removeAll();
        typeSlot.add(form);
        previewHelpers();
    }

    private void previewHelpers() {
        if (preview != null) {
            preview.refreshHelpers();
        }
    }

    /** The activity as the form stands. */
    ActivityDocument build() {
        return binder.getBean().toDocument();
    }

    /**
     * Checks the activity, marks every field that breaks a rule, and saves it into the draft when
     * nothing blocking is left.
     *
     * @return whether it was saved
     */
    boolean save() {
        ActivityDocument a = build();
        LessonDocument lesson = editor.lesson().draft();
        List<LessonProblem> found = LessonRules.activityProblemsInDraft(lesson, stageIndex, index, a);
        mark(found);
        if (found.stream().anyMatch(LessonProblem::blocksSaving) || form.hasItemErrors()) {
            return false;
        }
        if (editor.save(lesson.withActivity(stageIndex, index, a))) {
            editor.afterRender(new StructurePanel.Selection(stageIndex, a.key()));
            return true;
        }
        return false;
    }

    private void mark(List<LessonProblem> found) {
        Map<HasValidation, List<String>> messages = new LinkedHashMap<>();
        fields.plain().forEach(field -> messages.put(field, new ArrayList<>()));
        form.getChildren().filter(HasValidation.class::isInstance)
                .forEach(field -> messages.put((HasValidation) field, new ArrayList<>()));
        Map<TranslationsField, Map<String, String>> translations = new HashMap<>();
        for (LessonProblem p : found) {
            String text = Texts.problemHere(p);
            TranslationsField translated = fields.translationFor(p.code());
            if (translated != null) {
                translations.computeIfAbsent(translated, f -> new HashMap<>()).put(p.args().getFirst(), text);
            } else {
                HasValidation field = fields.fieldFor(p.code());
                messages.computeIfAbsent(field == null ? form.fieldFor(p.code()) : field, f -> new ArrayList<>())
                        .add(text);
            }
        }
        messages.forEach(ActivityEditor::show);
        for (TranslationsField field : fields.translations()) {
            for (String lang : langs) {
                field.markLanguage(lang, translations.getOrDefault(field, Map.of()).get(lang));
            }
        }
        problems.removeAll();
        found.forEach(p -> problems.add(new ListItem(Texts.problemHere(p))));
    }

    /** Shows a field's messages; a list field keeps showing its own item problems when there are none. */
    private static void show(HasValidation field, List<String> list) {
        if (field instanceof TextListField items && list.isEmpty()) {
            if (!items.hasItemErrors()) {
                field.setInvalid(false);
            }
            return;
        }
        field.setInvalid(!list.isEmpty());
        field.setErrorMessage(list.isEmpty() ? null : String.join(" ", list));
    }

    private void confirmDelete() {
        LessonDocument lesson = editor.lesson().draft();
        ConfirmDialog confirm = new ConfirmDialog(t("activity.delete"), t("activity.delete-confirm", original.key()),
                t("common.delete"), e -> {
                    if (editor.save(lesson.withoutActivity(stageIndex, index))) {
                        editor.afterRender(new StructurePanel.Selection(stageIndex, null));
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(t("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
