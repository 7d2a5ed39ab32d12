package com.koto.console.lessons;

import com.koto.console.ui.Texts;
import com.koto.content.ActivityDocument;
import com.koto.content.ActivityType;
import com.koto.content.StageDocument;
import com.koto.tutoring.PreviewService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Supplier;
import static com.koto.console.ui.Texts.t;

/**
 * "Preview as a learner" inside the activity editor: type an answer (or pick an option, tap tiles)
 * and see the evaluation the API would give for the activity as it stands in the form, saved or not.
 */
class PreviewPanel extends VerticalLayout {

    private final StageDocument stage;
    private final Supplier<ActivityDocument> activity;
    private final PreviewService preview;
    private final Select<String> language = new Select<>();
    private final TextField answer = new TextField();
    private final Div helpers = new Div();
    private final Div result = new Div();

    PreviewPanel(StageDocument stage, Supplier<ActivityDocument> activity, List<String> langs,
            PreviewService preview) {
        this.stage = stage;
        this.activity = activity;
        this.preview = preview;
        addClassName("koto-preview");
        setPadding(true);
        language.setLabel(t("preview.language"));
        language.setItems(langs);
        language.setItemLabelGenerator(Texts::language);
        language.setValue(langs.isEmpty() ? "en" : langs.getFirst());
        language.setId("preview-language");
        language.setWidth("14em");
        answer.setLabel(t("preview.answer"));
        answer.setPlaceholder(t("preview.answer-placeholder"));
        answer.setWidthFull();
        answer.setId("preview-answer");
        answer.addKeyPressListener(Key.ENTER, e -> check());
        Button check = new Button(t("preview.check"), VaadinIcon.CHECK.create(), e -> check());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setId("preview-check");
        HorizontalLayout input = new HorizontalLayout(language, answer, check);
        input.setWidthFull();
        input.expand(answer);
        input.setAlignItems(FlexComponent.Alignment.BASELINE);
        helpers.addClassName("koto-preview-helpers");
        result.setId("preview-result");
        Paragraph help = new Paragraph(t("preview.help"));
        help.addClassName("koto-muted");
        add(new H4(t("preview.heading")), help, input, helpers, result);
        refreshHelpers();
    }

    /** Shows the option or tile buttons of the activity as it stands (after a type or option change). */
    void refreshHelpers() {
        helpers.removeAll();
        ActivityDocument a = activity.get();
        if (a.type() == ActivityType.CHOICE) {
            for (int i = 0; i < a.options().size(); i++) {
                String text = a.options().get(i).text();
                Button option = new Button((i + 1) + ". " + text, e -> {
                    answer.setValue(text);
                    check();
                });
                option.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
                helpers.add(option);
            }
        } else if (a.type() == ActivityType.ORDERING) {
            for (String tile : a.tiles()) {
                Button chip = new Button(tile, e -> answer.setValue((answer.getValue().strip() + " " + tile).strip()));
                chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
                chip.addClassName("koto-tile-button");
                helpers.add(chip);
            }
            Button clear = new Button(t("preview.clear"), e -> answer.clear());
            clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            helpers.add(clear);
        } else if (a.type() == ActivityType.FILL_BLANK && a.sentence() != null) {
            Paragraph sentence = new Paragraph(a.sentence());
            sentence.addClassName("koto-sentence");
            helpers.add(sentence);
        }
    }

    private void check() {
        result.removeAll();
        try {
            result.add(new EvaluationCard(preview.evaluate(stage, activity.get(), answer.getValue(), language.getValue())));
            result.scrollIntoView();
        } catch (IllegalArgumentException e) {
            Paragraph p = new Paragraph(t("preview.no-answers"));
            p.addClassName("koto-warning-text");
            result.add(p);
        }
    }
}
