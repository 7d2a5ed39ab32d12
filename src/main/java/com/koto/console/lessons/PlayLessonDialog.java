package com.koto.console.lessons;


import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.content.ActivityDocument;
import com.koto.content.LearnerActivity;
import com.koto.content.LessonDocument;
import com.koto.content.StageDocument;
import com.koto.evaluation.Evaluation;
import com.koto.tutoring.PreviewPlay;
import com.koto.tutoring.PreviewService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Walks through the draft as a learner would: the tutor's line, the instruction in the chosen
 * language, the input the activity type asks for (text, options, word tiles, a sentence with a
 * blank), the real evaluation, the reply or a retry with the hint, on to the end and its score.
 * Nothing is stored; the learner's view of each activity is {@link LearnerActivity}, as over the API.
 */
class PlayLessonDialog extends Dialog {

    private final LessonDocument draft;
    private final PreviewPlay play;
    private final PreviewService preview;
    private final Select<String> language = new Select<>();
    private final VerticalLayout body = new VerticalLayout();

    PlayLessonDialog(LessonDocument draft, PreviewService preview) {
        this.draft = draft;
        this.play = new PreviewPlay(draft);
        this.preview = preview;
        setHeaderTitle(t("play.title", LessonDocument.pick(draft.title(), "ko")));
        setWidth("min(46em, 96vw)");
        setId("play-dialog");
        addClassName("koto-play");
        language.setItems(draft.instructionLangs());
        language.setItemLabelGenerator(Texts::language);
        language.setValue(draft.instructionLangs().isEmpty() ? "en" : draft.instructionLangs().getFirst());
        language.setAriaLabel(t("preview.language"));
        language.setId("play-language");
        language.addValueChangeListener(e -> show());
        getHeader().add(language);
        body.setPadding(false);
        add(body);
        Button restart = new Button(t("play.restart"), VaadinIcon.REFRESH.create(), e -> {
            play.restart();
            show();
        });
        restart.setId("play-restart");
        getFooter().add(restart, new Button(t("common.close"), e -> close()));
        show();
    }

    private String lang() {
        return language.getValue();
    }

    private void show() {
        body.removeAll();
        if (play.finished()) {
            finished();
            return;
        }
        StageDocument s = play.stage();
        LearnerActivity a;
        try {
            a = play.learnerActivity(lang());
        } catch (RuntimeException incomplete) {
            Button skip = new Button(t("play.skip"), e -> next());
            body.add(new Paragraph(t("play.incomplete", play.activity().key())), skip);
            return;
        }
        int done = play.done();
        ProgressBar progress = new ProgressBar(0, Math.max(1, draft.activityCount()), done);
        Span where = new Span(t("play.where", play.stageIndex() + 1, draft.stages().size(), done + 1,
                draft.activityCount(),
                t("scene." + s.scene())));
        where.addClassName("koto-muted");
        H3 stageTitle = new H3(LessonDocument.pick(s.title(), "ko") + " · " + LessonDocument.pick(s.title(), lang()));
        body.add(progress, where, stageTitle, bubble(a.tutorLine(), a.tutorLineTranslation(), "koto-bubble-tutor"));
        Paragraph instruction = new Paragraph(a.instruction());
        instruction.addClassName("koto-instruction");
        instruction.setId("play-instruction");
        Div result = new Div();
        result.setId("play-result");
        body.add(instruction, input(a, result), result);
    }

    private Component input(LearnerActivity a, Div result) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        TextField answer = new TextField();
        answer.setWidthFull();
        answer.setId("play-answer");
        answer.setAriaLabel(t("preview.answer"));
        Button submit = new Button(t("play.answer"), VaadinIcon.PAPERPLANE.create(), e -> submit(answer.getValue(), result));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("play-submit");
        answer.addKeyPressListener(Key.ENTER, e -> submit(answer.getValue(), result));
        Button skip = new Button(t("play.skip"), e -> {
            play.skip();
            show();
        });
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        skip.setId("play-skip");
        switch (play.activity().type()) {
            case CHOICE -> {
                for (int i = 0; i < a.options().size(); i++) {
                    LearnerActivity.Option o = a.options().get(i);
                    Button option = new Button((i + 1) + ". " + o.text() + (o.translation().isBlank() ? ""
                            : " — " + o.translation()), e -> submit(o.text(), result));
                    option.addClassName("koto-play-option");
                    option.setWidthFull();
                    box.add(option);
                }
                box.add(skip);
                return box;
            }
            case ORDERING -> {
                answer.setReadOnly(true);
                HorizontalLayout chips = new HorizontalLayout();
                chips.addClassName("koto-tiles");
                for (String tile : a.tiles()) {
                    Button chip = new Button(tile, e -> answer.setValue((answer.getValue() + " " + tile).strip()));
                    chip.addClassName("koto-tile-button");
                    chips.add(chip);
                }
                Button clear = new Button(t("preview.clear"), e -> answer.clear());
                clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                box.add(chips, answer, new HorizontalLayout(submit, clear, skip));
                return box;
            }
            case FILL_BLANK -> {
                Paragraph sentence = new Paragraph(a.sentence());
                sentence.addClassName("koto-sentence");
                answer.setPlaceholder(t("play.fill-placeholder"));
                box.add(sentence);
            }
            case REPEAT -> {
                Paragraph line = new Paragraph(a.lineToRepeat());
                line.addClassName("koto-sentence");
                answer.setPlaceholder(t("play.repeat-placeholder"));
                box.add(line);
            }
            default -> answer.setPlaceholder(t("play.dialogue-placeholder"));
        }
        HorizontalLayout row = new HorizontalLayout(answer, submit, skip);
        row.setWidthFull();
        row.expand(answer);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.add(row);
        return box;
    }

    private void submit(String answer, Div result) {
        ActivityDocument a = play.activity();
        result.removeAll();
        Evaluation evaluation;
        try {
            evaluation = preview.evaluate(play.stage(), a, answer, lang());
        } catch (IllegalArgumentException e) {
            result.add(new Paragraph(t("preview.no-answers")));
            return;
        }
        play.scored(evaluation.score());
        result.add(new EvaluationCard(evaluation));
        if (evaluation.passed()) {
            result.add(bubble(a.successReply(), LessonDocument.pick(a.successReplyTranslation(), lang()),
                    "koto-bubble-tutor"));
            Button next = new Button(t("play.next"), VaadinIcon.ARROW_RIGHT.create(), e -> next());
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next.setId("play-next");
            result.add(next);
        } else {
            Paragraph retry = new Paragraph(preview.retryLine(lang(), LessonDocument.pick(a.hint(), lang())));
            retry.addClassName("koto-retry");
            result.add(retry);
        }
    }

    private void next() {
        play.next();
        show();
    }

    private void finished() {
        Paragraph done = new Paragraph(preview.completeLine(lang(), play.totalScore()));
        done.addClassName("koto-complete");
        done.setId("play-complete");
        body.add(new H3(t("play.finished")), done);
    }

    private static Div bubble(String korean, String translation, String className) {
        Span ko = new Span(korean);
        ko.addClassName("koto-bubble-ko");
        Div bubble = new Div(ko);
        if (translation != null && !translation.isBlank()) {
            Span tr = new Span(translation);
            tr.addClassName("koto-bubble-translation");
            bubble.add(tr);
        }
        bubble.addClassName("koto-bubble");
        bubble.addClassName(className);
        return bubble;
    }
}
