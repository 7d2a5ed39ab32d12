package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.TextListField;
import com.koto.content.ActivityType;
import com.koto.content.LessonProblem.Code;
import com.koto.content.LessonRules;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The part of the activity form that only one activity type has, bound to the form's
 * {@link ActivityDraft}: dialogue (accepted answers, patterns), choice (options), repeat (the line,
 * patterns), fill_blank (the sentence, what fills the blank, patterns), ordering (the right order
 * and its tiles). {@link #of} makes the form of a type.
 */
abstract sealed class TypeForm extends FormLayout
        permits TypeForm.Dialogue, TypeForm.Choice, TypeForm.Repeat, TypeForm.FillBlank, TypeForm.Ordering {

    private final List<HasValue<?, ?>> bound = new ArrayList<>();
    /** The list fields whose item problems block saving (answers, patterns). */
    private final List<TextListField> lists = new ArrayList<>();
    /** This type's regex patterns, {@code null} when it has none. */
    private TextListField patterns;

    TypeForm() {
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    static TypeForm of(ActivityType type, List<String> langs) {
        return switch (type) {
            case DIALOGUE -> new Dialogue();
            case CHOICE -> new Choice(langs);
            case REPEAT -> new Repeat();
            case FILL_BLANK -> new FillBlank();
            case ORDERING -> new Ordering();
        };
    }

    /** Binds this form's fields to the draft the binder holds; {@code changed} runs when an answer changes. */
    abstract void bind(Binder<ActivityDraft> binder, Runnable changed);

    /** The field where a problem with this code is shown: pattern problems at the patterns, else {@link #field}. */
    final HasValidation fieldFor(Code code) {
        boolean patternProblem = code == Code.PATTERN_INVALID || code == Code.PATTERN_DUPLICATE;
        return patterns != null && patternProblem ? patterns : field(code);
    }

    /** The field of this type where a problem with this code (other than a pattern's) is shown. */
    abstract HasValidation field(Code code);

    /** Whether a list field shows a problem of one of its items (which blocks saving). */
    boolean hasItemErrors() {
        return lists.stream().anyMatch(TextListField::hasItemErrors);
    }

    /** Removes this form's bindings (the type changed). */
    void unbind(Binder<ActivityDraft> binder) {
        bound.forEach(binder::removeBinding);
    }

    <V> void bind(Binder<ActivityDraft> binder, HasValue<?, V> field, ValueProvider<ActivityDraft, V> getter,
            Setter<ActivityDraft, V> setter) {
        binder.forField(field).bind(getter, setter);
        bound.add(field);
    }

    /** Binds the accepted answers; {@code changed} runs when they change. */
    void bindAnswers(Binder<ActivityDraft> binder, TextListField answers, Runnable changed) {
        bind(binder, answers, d -> d.answers, (d, v) -> d.answers = v);
        answers.addValueChangeListener(e -> changed.run());
    }

    void bindPatterns(Binder<ActivityDraft> binder) {
        bind(binder, patterns, d -> d.patterns, (d, v) -> d.patterns = v);
    }

    TextListField answers(ActivityType type) {
        TextListField answers = new TextListField(t("activity.answers." + type.code()), t("activity.answer"),
                t("activity.add-answer"));
        answers.setHelperText(t("activity.answers-help." + type.code()));
        answers.setId("accepted-answers");
        lists.add(answers);
        answers.setItemCheck((answer, all) -> !LessonRules.hasHangul(answer) ? t("problem.ANSWER_NOT_KOREAN", answer)
                : !LessonRules.isAnswerShaped(answer) ? t("problem.ANSWER_FORMAT", answer)
                : all.indexOf(answer) != all.lastIndexOf(answer) ? t("problem.ANSWER_DUPLICATE", answer) : null);
        return answers;
    }

    TextListField patterns() {
        patterns = new TextListField(t("activity.patterns"), t("activity.pattern"),
                t("activity.add-pattern"));
        patterns.setHelperText(t("activity.patterns-help"));
        patterns.setId("patterns");
        patterns.setItemCheck((p, all) -> {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                return t("problem.PATTERN_INVALID", p);
            }
            return all.indexOf(p) != all.lastIndexOf(p) ? t("problem.PATTERN_DUPLICATE", p) : null;
        });
        lists.add(patterns);
        return patterns;
    }

    /** Dialogue: accepted answers and optional regex patterns. */
    static final class Dialogue extends TypeForm {

        final TextListField answers = answers(ActivityType.DIALOGUE);
        final TextListField patterns = patterns();

        Dialogue() {
            add(answers, patterns);
        }

        @Override
        void bind(Binder<ActivityDraft> binder, Runnable changed) {
            bindAnswers(binder, answers, changed);
            bindPatterns(binder);
        }

        @Override
        HasValidation field(Code code) {
            return answers;
        }
    }

    /** Choice: the options, exactly one correct (its text is the accepted answer). */
    static final class Choice extends TypeForm {

        final OptionsField options;

        Choice(List<String> langs) {
            options = new OptionsField(langs);
            options.setId("options");
            add(options);
        }

        @Override
        void bind(Binder<ActivityDraft> binder, Runnable changed) {
            bind(binder, options, d -> d.options, (d, v) -> d.options = v);
            options.addValueChangeListener(e -> changed.run());
        }

        @Override
        HasValidation field(Code code) {
            return options;
        }

        @Override
        boolean hasItemErrors() {
            return options.hasRowErrors();
        }
    }

    /** Repeat: the one Korean line to say back, and optional patterns. */
    static final class Repeat extends TypeForm {

        final TextField repeatLine = new TextField();
        final TextListField patterns = patterns();

        Repeat() {
            repeatLine.setLabel(t("activity.repeat-line"));
            repeatLine.setHelperText(t("activity.repeat-line-help"));
            repeatLine.setId("repeat-line");
            add(repeatLine, patterns);
        }

        @Override
        void bind(Binder<ActivityDraft> binder, Runnable changed) {
            bind(binder, repeatLine, d -> d.repeatLine, (d, v) -> d.repeatLine = v);
            bindPatterns(binder);
        }

        @Override
        HasValidation field(Code code) {
            return repeatLine;
        }
    }

    /** Fill in the blank: the sentence with one ___, what fills it, optional patterns. */
    static final class FillBlank extends TypeForm {

        final TextField sentence = new TextField();
        final TextListField answers = answers(ActivityType.FILL_BLANK);
        final TextListField patterns = patterns();

        FillBlank() {
            sentence.setLabel(t("activity.sentence"));
            sentence.setHelperText(t("activity.sentence-help"));
            sentence.setId("blank-sentence");
            add(sentence, answers, patterns);
        }

        @Override
        void bind(Binder<ActivityDraft> binder, Runnable changed) {
            bind(binder, sentence, d -> d.sentence, (d, v) -> d.sentence = v);
            bindAnswers(binder, answers, changed);
            bindPatterns(binder);
        }

        @Override
        HasValidation field(Code code) {
            return switch (code) {
                case BLANK_SENTENCE_MISSING, BLANK_COUNT, BLANK_SENTENCE_NOT_KOREAN -> sentence;
                default -> answers;
            };
        }
    }

    /** Word order: the right order (accepted answers) and the tiles, which follow the first answer. */
    static final class Ordering extends TypeForm {

        final TextListField answers = answers(ActivityType.ORDERING);
        final TilesField tiles = new TilesField();

        Ordering() {
            add(answers, tiles);
        }

        @Override
        void bind(Binder<ActivityDraft> binder, Runnable changed) {
            bind(binder, answers, d -> d.answers, (d, v) -> d.answers = v);
            bind(binder, tiles, d -> d.tiles, (d, v) -> d.tiles = v);
            tiles.followAnswer(binder.getBean().firstAnswer());
            answers.addValueChangeListener(e -> {
                tiles.followAnswer(binder.getBean().firstAnswer());
                changed.run();
            });
            tiles.addValueChangeListener(e -> changed.run());
        }

        @Override
        HasValidation field(Code code) {
            return code == Code.TILES_TOO_FEW || code == Code.TILES_NOT_SHUFFLED ? tiles : answers;
        }
    }
}
