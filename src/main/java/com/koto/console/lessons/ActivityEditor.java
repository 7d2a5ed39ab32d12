package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.DiffText;
import com.koto.console.ui.TextListField;
import com.koto.console.ui.Texts;
import com.koto.console.ui.TranslationsField;
import com.koto.content.ActivityDocument;
import com.koto.content.LessonDocument;
import com.koto.content.LessonProblem;
import com.koto.content.LessonProblem.Code;
import com.koto.content.LessonRules;
import com.koto.content.StageDocument;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Edits one activity with the fields its type needs (dialogue: accepted answers and patterns;
 * choice: options; repeat: the line; fill_blank: the sentence and what fills the blank; ordering:
 * the right order and its tiles), checks it with the lesson rules and marks each field that breaks
 * one, and previews answers with the real evaluator.
 */
class ActivityEditor extends VerticalLayout {

    /** Problems that do not block saving the draft (a teacher may translate later); they block publishing. */
    private static final Set<Code> SOFT = EnumSet.of(Code.TUTOR_LINE_TRANSLATION_MISSING, Code.INSTRUCTION_MISSING,
            Code.SUCCESS_REPLY_TRANSLATION_MISSING, Code.HINT_MISSING, Code.OPTION_TRANSLATION_MISSING);

    private final LessonEditorView editor;
    private final int stageIndex;
    private final int index;
    private final ActivityDocument original;
    private final List<String> langs;

    final TextField key = new TextField();
    final Select<String> type = new Select<>();
    final Select<Integer> difficulty = new Select<>();
    final Select<String> register = new Select<>();
    final TextField tutorLine = new TextField();
    final TranslationsField tutorLineTranslation;
    final TranslationsField instruction;
    final TextField sentence = new TextField();
    final TextField repeatLine = new TextField();
    final TextListField answers = new TextListField("", t("activity.answer"), t("activity.add-answer"));
    final TextListField patterns = new TextListField(t("activity.patterns"), t("activity.pattern"),
            t("activity.add-pattern"));
    final OptionsField options;
    final TilesField tiles = new TilesField();
    final TextField successReply = new TextField();
    final TranslationsField successReplyTranslation;
    final TranslationsField hint;
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

        key.setLabel(t("activity.key"));
        key.setHelperText(t("common.key-help"));
        type.setLabel(t("activity.type"));
        type.setItems(ActivityDocument.TYPES);
        type.setItemLabelGenerator(v -> t("type." + v));
        difficulty.setLabel(t("activity.difficulty"));
        difficulty.setItems(1, 2, 3, 4, 5);
        difficulty.setItemLabelGenerator(n -> t("difficulty." + n));
        register.setLabel(t("activity.register"));
        register.setItems(ActivityDocument.REGISTERS);
        register.setItemLabelGenerator(r -> t("register." + r));
        tutorLine.setLabel(t("activity.tutor-line"));
        tutorLine.setHelperText(t("activity.tutor-line-help"));
        tutorLineTranslation = new TranslationsField(t("activity.tutor-line-translation"), langs, false);
        instruction = new TranslationsField(t("activity.instruction"), langs, true);
        sentence.setLabel(t("activity.sentence"));
        sentence.setHelperText(t("activity.sentence-help"));
        repeatLine.setLabel(t("activity.repeat-line"));
        repeatLine.setHelperText(t("activity.repeat-line-help"));
        options = new OptionsField(langs);
        successReply.setLabel(t("activity.success-reply"));
        successReplyTranslation = new TranslationsField(t("activity.success-reply-translation"), langs, false);
        hint = new TranslationsField(t("activity.hint"), langs, false);
        patterns.setHelperText(t("activity.patterns-help"));
        ids();
        load(activity);

        answers.setItemCheck(this::answerProblem);
        patterns.setItemCheck((p, all) -> {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                return t("problem.PATTERN_INVALID", p);
            }
            return all.indexOf(p) != all.lastIndexOf(p) ? t("problem.PATTERN_DUPLICATE", p) : null;
        });
        type.addValueChangeListener(e -> typeChanged());
        answers.addValueChangeListener(e -> {
            if ("ordering".equals(type.getValue())) {
                tiles.followAnswer(answers.getValue().isEmpty() ? "" : answers.getValue().getFirst());
            }
            this.previewHelpers();
        });
        options.addValueChangeListener(e -> previewHelpers());
        tiles.addValueChangeListener(e -> previewHelpers());

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("48em", 4));
        form.add(key, type, difficulty, register);
        form.add(tutorLine, 4);
        form.add(tutorLineTranslation, 4);
        form.add(instruction, 4);
        form.add(sentence, 4);
        form.add(repeatLine, 4);
        form.add(answers, 4);
        form.add(tiles, 4);
        form.add(options, 4);
        form.add(patterns, 4);
        form.add(successReply, 4);
        form.add(successReplyTranslation, 4);
        form.add(hint, 4);

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
        H3 heading = new H3(isNew ? t("activity.new", t("type." + activity.type()))
                : t("activity.heading", DiffText.activityLabel(activity)));
        heading.setId("activity-heading");
        Span keyLine = new Span(isNew ? "" : activity.key());
        keyLine.addClassName("koto-muted");
        add(heading, keyLine, form, problems, buttons, preview);
        typeChanged();
    }

    private void ids() {
        key.setId("activity-key");
        type.setId("activity-type");
        difficulty.setId("activity-difficulty");
        register.setId("activity-register");
        tutorLine.setId("tutor-line");
        tutorLineTranslation.setId("tutor-line-translation");
        instruction.setId("instruction");
        sentence.setId("blank-sentence");
        repeatLine.setId("repeat-line");
        answers.setId("accepted-answers");
        patterns.setId("patterns");
        options.setId("options");
        successReply.setId("success-reply");
        successReplyTranslation.setId("success-reply-translation");
        hint.setId("hint");
    }

    private void load(ActivityDocument a) {
        key.setValue(a.key());
        type.setValue(ActivityDocument.TYPES.contains(a.type()) ? a.type() : "dialogue");
        difficulty.setValue(Math.min(5, Math.max(1, a.difficulty())));
        register.setValue(ActivityDocument.REGISTERS.contains(a.register()) ? a.register() : "polite");
        tutorLine.setValue(nullToEmpty(a.tutorLine()));
        tutorLineTranslation.setValue(a.tutorLineTranslation());
        instruction.setValue(a.instruction());
        sentence.setValue(nullToEmpty(a.sentence()));
        repeatLine.setValue(a.acceptedAnswers().isEmpty() ? "" : a.acceptedAnswers().getFirst());
        answers.setValue(a.acceptedAnswers());
        patterns.setValue(a.patterns());
        options.setValue(a.options());
        tiles.setValue(a.tiles());
        successReply.setValue(nullToEmpty(a.successReply()));
        successReplyTranslation.setValue(a.successReplyTranslation());
        hint.setValue(a.hint());
    }

    /** The activity as the form stands. */
    ActivityDocument build() {
        String t = type.getValue();
        List<String> accepted = switch (t) {
            case "choice" -> options.getValue().stream().filter(ActivityDocument.OptionDocument::correct)
                    .map(ActivityDocument.OptionDocument::text).limit(1).toList();
            case "repeat" -> repeatLine.getValue().isBlank() ? List.of() : List.of(repeatLine.getValue().strip());
            default -> answers.getValue();
        };
        boolean withPatterns = !"choice".equals(t) && !"ordering".equals(t);
        return new ActivityDocument(key.getValue().strip(), t, difficulty.getValue() == null ? 1 : difficulty.getValue(),
                register.getValue(), tutorLine.getValue().strip(), tutorLineTranslation.getValue(),
                instruction.getValue(), "fill_blank".equals(t) ? sentence.getValue().strip() : null,
                "ordering".equals(t) ? tiles.getValue() : List.of(), accepted,
                withPatterns ? patterns.getValue() : List.of(), "choice".equals(t) ? options.getValue() : List.of(),
                successReply.getValue().strip(), successReplyTranslation.getValue(), hint.getValue());
    }

    private void typeChanged() {
        String t = type.getValue();
        answers.setVisible(Set.of("dialogue", "fill_blank", "ordering").contains(t));
        answers.setLabel(t("activity.answers." + t));
        answers.setHelperText(t("activity.answers-help." + t));
        patterns.setVisible(!"choice".equals(t) && !"ordering".equals(t));
        options.setVisible("choice".equals(t));
        repeatLine.setVisible("repeat".equals(t));
        sentence.setVisible("fill_blank".equals(t));
        tiles.setVisible("ordering".equals(t));
        if ("ordering".equals(t)) {
            tiles.followAnswer(answers.getValue().isEmpty() ? "" : answers.getValue().getFirst());
        }
        previewHelpers();
    }

    private void previewHelpers() {
        if (preview != null) {
            preview.refreshHelpers();
        }
    }

    private String answerProblem(String answer, List<String> all) {
        if (!LessonRules.hasHangul(answer)) {
            return t("problem.ANSWER_NOT_KOREAN", answer);
        }
        if (!LessonRules.isAnswerShaped(answer)) {
            return t("problem.ANSWER_FORMAT", answer);
        }
        return all.indexOf(answer) != all.lastIndexOf(answer) ? t("problem.ANSWER_DUPLICATE", answer) : null;
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
        StageDocument stage = lesson.stages().get(stageIndex);
        List<LessonProblem> found = new ArrayList<>();
        if (!LessonRules.isKey(a.key())) {
            found.add(new LessonProblem(Code.ACTIVITY_KEY_INVALID, stage.key(), a.key(), null));
        } else {
            Set<String> others = new HashSet<>(Drafts.activityKeys(lesson));
            if (index < stage.activities().size()) {
                others.remove(original.key());
            }
            if (others.contains(a.key())) {
                found.add(new LessonProblem(Code.ACTIVITY_KEY_DUPLICATE, stage.key(), a.key(), null));
            }
        }
        found.addAll(LessonRules.activityProblems(stage, a, langs));
        mark(found);
        boolean blocking = found.stream().anyMatch(p -> !SOFT.contains(p.code()))
                || answers.isVisible() && answers.hasItemErrors() || patterns.isVisible() && patterns.hasItemErrors()
                || options.isVisible() && options.hasRowErrors();
        if (blocking) {
            return false;
        }
        if (editor.save(Drafts.withActivity(lesson, stageIndex, index, a))) {
            editor.afterRender(new StructurePanel.Selection(stageIndex, a.key()));
            return true;
        }
        return false;
    }

    private void mark(List<LessonProblem> found) {
        Map<HasValidation, List<String>> messages = new LinkedHashMap<>();
        for (HasValidation field : List.<HasValidation>of(key, type, difficulty, register, tutorLine, sentence,
                repeatLine, answers, patterns, options, tiles, successReply)) {
            messages.put(field, new ArrayList<>());
        }
        Map<TranslationsField, Map<String, String>> translations = new HashMap<>();
        for (LessonProblem p : found) {
            String text = Texts.problemHere(p);
            switch (p.code()) {
                case TUTOR_LINE_TRANSLATION_MISSING -> lang(translations, tutorLineTranslation, p, text);
                case INSTRUCTION_MISSING -> lang(translations, instruction, p, text);
                case SUCCESS_REPLY_TRANSLATION_MISSING -> lang(translations, successReplyTranslation, p, text);
                case HINT_MISSING -> lang(translations, hint, p, text);
                default -> messages.get(fieldOf(p.code())).add(text);
            }
        }
        messages.forEach((field, list) -> {
            if (field == answers || field == patterns) {
                if (!list.isEmpty()) {
                    field.setErrorMessage(String.join(" ", list));
                    field.setInvalid(true);
                } else if (!((TextListField) field).hasItemErrors()) {
                    field.setInvalid(false);
                }
                return;
            }
            field.setInvalid(!list.isEmpty());
            field.setErrorMessage(list.isEmpty() ? null : String.join(" ", list));
        });
        for (TranslationsField field : List.of(tutorLineTranslation, instruction, successReplyTranslation, hint)) {
            for (String lang : langs) {
                field.markLanguage(lang, translations.getOrDefault(field, Map.of()).get(lang));
            }
        }
        problems.removeAll();
        found.forEach(p -> problems.add(new ListItem(Texts.problemHere(p))));
    }

    private static void lang(Map<TranslationsField, Map<String, String>> marks, TranslationsField field,
            LessonProblem p, String text) {
        marks.computeIfAbsent(field, f -> new HashMap<>()).put(p.args().getFirst(), text);
    }

    private HasValidation fieldOf(Code code) {
        return switch (code) {
            case ACTIVITY_KEY_INVALID, ACTIVITY_KEY_DUPLICATE -> key;
            case TYPE_UNKNOWN -> type;
            case DIFFICULTY_RANGE -> difficulty;
            case REGISTER_UNKNOWN -> register;
            case TUTOR_LINE_NOT_KOREAN -> tutorLine;
            case BLANK_SENTENCE_MISSING, BLANK_COUNT, BLANK_SENTENCE_NOT_KOREAN -> sentence;
            case REPEAT_ONE_LINE -> repeatLine;
            case PATTERN_INVALID, PATTERN_DUPLICATE -> patterns;
            case CHOICE_TOO_FEW_OPTIONS, CHOICE_CORRECT_COUNT, CHOICE_ANSWER_MISMATCH, OPTION_NOT_KOREAN,
                    OPTION_FORMAT, OPTION_DUPLICATE, OPTION_TRANSLATION_MISSING, OPTIONS_NOT_ALLOWED -> options;
            case TILES_TOO_FEW, TILES_NOT_SHUFFLED -> tiles;
            case SUCCESS_REPLY_NOT_KOREAN -> successReply;
            case ANSWERS_MISSING -> "repeat".equals(type.getValue()) ? repeatLine : answers;
            default -> answers;
        };
    }

    private void confirmDelete() {
        LessonDocument lesson = editor.lesson().draft();
        ConfirmDialog confirm = new ConfirmDialog(t("activity.delete"), t("activity.delete-confirm", original.key()),
                t("common.delete"), e -> {
                    if (editor.save(Drafts.withoutActivity(lesson, stageIndex, index))) {
                        editor.afterRender(new StructurePanel.Selection(stageIndex, null));
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(t("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
