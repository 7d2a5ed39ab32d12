package com.koto.console.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One text per language (ISO 639-1 code → text), one input per language. Translations in other
 * languages than the ones shown are kept as they were, so narrowing a lesson's languages never
 * loses text. Blank inputs drop their language.
 */
public class TranslationsField extends CustomField<Map<String, String>> {

    private final Map<String, AbstractField<?, String>> inputs = new LinkedHashMap<>();
    private Map<String, String> base = Map.of();

    /**
     * @param label     the field's label
     * @param languages the languages to show, in order
     * @param multiline text areas instead of one-line fields
     */
    public TranslationsField(String label, List<String> languages, boolean multiline) {
        setLabel(label);
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        rows.setSpacing(false);
        for (String lang : languages) {
            AbstractField<?, String> input = multiline ? new TextArea(Texts.language(lang))
                    : new TextField(Texts.language(lang));
            input.addValueChangeListener(e -> updateValue());
            input.getElement().setAttribute("data-lang", lang);
            ((com.vaadin.flow.component.HasSize) input).setWidthFull();
            inputs.put(lang, input);
            rows.add(input);
        }
        add(rows);
        setWidthFull();
    }

    /** The input of one language (tests, focus). */
    public AbstractField<?, String> input(String lang) {
        return inputs.get(lang);
    }

    /** Marks one language's input invalid with a message, or clears it ({@code null}). */
    public void markLanguage(String lang, String message) {
        AbstractField<?, String> input = inputs.get(lang);
        if (input instanceof TextField f) {
            f.setInvalid(message != null);
            f.setErrorMessage(message);
        } else if (input instanceof TextArea a) {
            a.setInvalid(message != null);
            a.setErrorMessage(message);
        }
    }

    @Override
    protected Map<String, String> generateModelValue() {
        Map<String, String> value = new LinkedHashMap<>(base);
        inputs.forEach((lang, input) -> {
            String text = input.getValue() == null ? "" : input.getValue().strip();
            if (text.isEmpty()) {
                value.remove(lang);
            } else {
                value.put(lang, text);
            }
        });
        return value;
    }

    @Override
    protected void setPresentationValue(Map<String, String> value) {
        base = value == null ? Map.of() : Map.copyOf(value);
        inputs.forEach((lang, input) -> input.setValue(base.getOrDefault(lang, "")));
    }
}
