package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.content.ActivityDocument.OptionDocument;
import com.koto.content.LessonRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of a choice: Korean text, a translation per instruction language and which one is
 * correct (exactly one: ticking one unticks the others). Options without Hangul or listed twice
 * are marked at once.
 */
class OptionsField extends CustomField<List<OptionDocument>> {

    /** One option's inputs. */
    record Row(TextField text, Map<String, TextField> translations, Checkbox correct, HorizontalLayout layout,
            Map<String, String> base) {
    }

    private final List<String> langs;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> items = new ArrayList<>();

    OptionsField(List<String> langs) {
        this.langs = langs;
        setLabel(t("activity.options"));
        setHelperText(t("activity.options-help"));
        rows.setPadding(false);
        rows.setSpacing(false);
        Button add = new Button(t("activity.add-option"), VaadinIcon.PLUS.create(),
                e -> addRow(new OptionDocument("", Map.of(), items.isEmpty())));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setId("add-option");
        VerticalLayout layout = new VerticalLayout(rows, add);
        layout.setPadding(false);
        layout.setSpacing(false);
        add(layout);
        setWidthFull();
    }

    List<Row> rows() {
        return List.copyOf(items);
    }

    private void addRow(OptionDocument option) {
        TextField text = new TextField();
        text.setPlaceholder(t("activity.option-text"));
        text.setAriaLabel(t("activity.option-text"));
        text.setValue(option.text() == null ? "" : option.text());
        text.addClassName("koto-option-text");
        Map<String, TextField> translations = new LinkedHashMap<>();
        for (String lang : langs) {
            TextField tr = new TextField();
            tr.setPlaceholder(Texts.language(lang));
            tr.setAriaLabel(Texts.language(lang));
            tr.setValue(option.translation() == null ? "" : option.translation().getOrDefault(lang, ""));
            tr.addValueChangeListener(e -> updateValue());
            translations.put(lang, tr);
        }
        Checkbox correct = new Checkbox(t("activity.correct"), option.correct());
        correct.addClassName("koto-option-correct");
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(t("common.remove"));
        HorizontalLayout layout = new HorizontalLayout(text);
        translations.values().forEach(layout::add);
        layout.add(correct, remove);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.setWidthFull();
        layout.addClassName("koto-option-row");
        Row row = new Row(text, translations, correct, layout,
                option.translation() == null ? Map.of() : option.translation());
        text.addValueChangeListener(e -> {
            updateValue();
            recheck();
        });
        correct.addValueChangeListener(e -> {
            if (e.getValue()) {
                items.stream().filter(r -> r != row).forEach(r -> r.correct().setValue(false));
            }
            updateValue();
        });
        remove.addClickListener(e -> {
            items.remove(row);
            rows.remove(layout);
            updateValue();
            recheck();
        });
        items.add(row);
        rows.add(layout);
    }

    private void recheck() {
        Set<String> seen = new HashSet<>();
        for (Row row : items) {
            String text = row.text().getValue().strip();
            String error = text.isEmpty() ? null
                    : !LessonRules.hasHangul(text) ? t("problem.OPTION_NOT_KOREAN", text)
                    : !LessonRules.isAnswerShaped(text) ? t("problem.OPTION_FORMAT", text)
                    : !seen.add(text) ? t("problem.OPTION_DUPLICATE", text) : null;
            row.text().setInvalid(error != null);
            row.text().setErrorMessage(error);
        }
    }

    boolean hasRowErrors() {
        return items.stream().anyMatch(r -> r.text().isInvalid());
    }

    @Override
    protected List<OptionDocument> generateModelValue() {
        List<OptionDocument> options = new ArrayList<>();
        for (Row row : items) {
            String text = row.text().getValue().strip();
            if (text.isEmpty()) {
                continue;
            }
            Map<String, String> translation = new LinkedHashMap<>(row.base());
            row.translations().forEach((lang, field) -> {
                if (field.getValue().isBlank()) {
                    translation.remove(lang);
                } else {
                    translation.put(lang, field.getValue().strip());
                }
            });
            options.add(new OptionDocument(text, translation, row.correct().getValue()));
        }
        return options;
    }

    @Override
    protected void setPresentationValue(List<OptionDocument> value) {
        items.clear();
        rows.removeAll();
        List<OptionDocument> options = value == null || value.isEmpty()
                ? List.of(new OptionDocument("", Map.of(), true), new OptionDocument("", Map.of(), false))
                : value;
        options.forEach(this::addRow);
        recheck();
    }
}
