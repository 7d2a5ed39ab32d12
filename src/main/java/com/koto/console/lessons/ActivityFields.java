package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.TranslationsField;
import com.koto.content.ActivityDocument;
import com.koto.content.ActivityType;
import com.koto.content.LessonProblem.Code;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;

/**
 * The fields every activity type has: key, type, difficulty, speech level, the tutor's line and its
 * translations and the instruction ({@link #head()}); the reply after a right answer and the hint
 * ({@link #tail()}). The type's own fields go in between ({@link TypeForm}).
 */
final class ActivityFields {

    final TextField key = new TextField(t("activity.key"));
    final Select<ActivityType> type = new Select<>();
    final Select<Integer> difficulty = new Select<>();
    final Select<String> register = new Select<>();
    final TextField tutorLine = new TextField(t("activity.tutor-line"));
    final TranslationsField tutorLineTranslation;
    final TranslationsField instruction;
    final TextField successReply = new TextField(t("activity.success-reply"));
    final TranslationsField successReplyTranslation;
    final TranslationsField hint;

    ActivityFields(List<String> langs) {
        key.setHelperText(t("common.key-help"));
        key.setId("activity-key");
        type.setLabel(t("activity.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(v -> t("type." + v.code()));
        type.setId("activity-type");
        difficulty.setLabel(t("activity.difficulty"));
        difficulty.setItems(1, 2, 3, 4, 5);
        difficulty.setItemLabelGenerator(n -> t("difficulty." + n));
        difficulty.setId("activity-difficulty");
        register.setLabel(t("activity.register"));
        register.setItems(ActivityDocument.REGISTERS);
        register.setItemLabelGenerator(r -> t("register." + r));
        register.setId("activity-register");
        tutorLine.setHelperText(t("activity.tutor-line-help"));
        tutorLine.setId("tutor-line");
        tutorLineTranslation = new TranslationsField(t("activity.tutor-line-translation"), langs, false);
        tutorLineTranslation.setId("tutor-line-translation");
        instruction = new TranslationsField(t("activity.instruction"), langs, true);
        instruction.setId("instruction");
        successReply.setId("success-reply");
        successReplyTranslation = new TranslationsField(t("activity.success-reply-translation"), langs, false);
        successReplyTranslation.setId("success-reply-translation");
        hint = new TranslationsField(t("activity.hint"), langs, false);
        hint.setId("hint");
    }

    void bind(Binder<ActivityDraft> binder) {
        binder.forField(key).bind(d -> d.key, (d, v) -> d.key = v);
        binder.forField(type).bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(difficulty).bind(d -> d.difficulty, (d, v) -> d.difficulty = v);
        binder.forField(register).bind(d -> d.register, (d, v) -> d.register = v);
        binder.forField(tutorLine).bind(d -> d.tutorLine, (d, v) -> d.tutorLine = v);
        binder.forField(tutorLineTranslation).bind(d -> d.tutorLineTranslation, (d, v) -> d.tutorLineTranslation = v);
        binder.forField(instruction).bind(d -> d.instruction, (d, v) -> d.instruction = v);
        binder.forField(successReply).bind(d -> d.successReply, (d, v) -> d.successReply = v);
        binder.forField(successReplyTranslation)
                .bind(d -> d.successReplyTranslation, (d, v) -> d.successReplyTranslation = v);
        binder.forField(hint).bind(d -> d.hint, (d, v) -> d.hint = v);
    }

    FormLayout head() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("48em", 4));
        form.add(key, type, difficulty, register);
        form.add(tutorLine, 4);
        form.add(tutorLineTranslation, 4);
        form.add(instruction, 4);
        return form;
    }

    FormLayout tail() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(successReply, successReplyTranslation, hint);
        return form;
    }

    /** The single-value fields, whose problems are shown as their error message. */
    List<HasValidation> plain() {
        return List.of(key, type, difficulty, register, tutorLine, successReply);
    }

    List<TranslationsField> translations() {
        return List.of(tutorLineTranslation, instruction, successReplyTranslation, hint);
    }

    /** The translations field a "translation missing" problem is marked on, per language; {@code null} for others. */
    TranslationsField translationFor(Code code) {
        return switch (code) {
            case TUTOR_LINE_TRANSLATION_MISSING -> tutorLineTranslation;
            case INSTRUCTION_MISSING -> instruction;
            case SUCCESS_REPLY_TRANSLATION_MISSING -> successReplyTranslation;
            case HINT_MISSING -> hint;
            default -> null;
        };
    }

    /** The common field a problem is shown on; {@code null} when the type's form shows it. */
    HasValidation fieldFor(Code code) {
        return switch (code) {
            case ACTIVITY_KEY_INVALID, ACTIVITY_KEY_DUPLICATE -> key;
            case TYPE_UNKNOWN -> type;
            case DIFFICULTY_RANGE -> difficulty;
            case REGISTER_UNKNOWN -> register;
            case TUTOR_LINE_NOT_KOREAN -> tutorLine;
            case SUCCESS_REPLY_NOT_KOREAN -> successReply;
            default -> null;
        };
    }
}
