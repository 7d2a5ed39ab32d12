package com.koto.console.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A list of short texts (accepted answers, patterns, tiles): one input per item, add and remove
 * buttons, and a per-item check that marks the offending item with its message (e.g. "no Hangul",
 * "listed twice"). Blank items are dropped from the value.
 */
public class TextListField extends CustomField<List<String>> {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<TextField> items = new ArrayList<>();
    private final String itemLabel;
    private BiFunction<String, List<String>, String> check = (item, all) -> null;

    /**
     * @param label     the field's label
     * @param itemLabel accessible label of each input (the first one also says it is the model answer when
     *                  {@code firstIsModel})
     * @param addLabel  text of the add button
     */
    public TextListField(String label, String itemLabel, String addLabel) {
        this.itemLabel = itemLabel;
        setLabel(label);
        rows.setPadding(false);
        rows.setSpacing(false);
        Button add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addItem("").focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.addClassName("koto-list-add");
        VerticalLayout layout = new VerticalLayout(rows, add);
        layout.setPadding(false);
        layout.setSpacing(false);
        add(layout);
        setWidthFull();
    }

    /**
     * The per-item check: {@code (item, all items) → message or null}. It runs whenever an item changes.
     */
    public void setItemCheck(BiFunction<String, List<String>, String> check) {
        this.check = check;
        recheck();
    }

    /** The inputs, in order (tests). */
    public List<TextField> inputs() {
        return List.copyOf(items);
    }

    /** Whether any item is marked invalid. */
    public boolean hasItemErrors() {
        return items.stream().anyMatch(TextField::isInvalid);
    }

    private TextField addItem(String text) {
        TextField input = new TextField();
        input.setValue(text);
        input.setAriaLabel(itemLabel);
        input.setWidthFull();
        input.addValueChangeListener(e -> {
            updateValue();
            recheck();
        });
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            items.remove(input);
            rows.remove(input.getParent().orElseThrow());
            updateValue();
            recheck();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(Texts.t("common.remove"));
        remove.setTooltipText(Texts.t("common.remove"));
        HorizontalLayout row = new HorizontalLayout(input, remove);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setSpacing(false);
        row.addClassName("koto-list-row");
        items.add(input);
        rows.add(row);
        return input;
    }

    private void recheck() {
        List<String> all = items.stream().map(f -> f.getValue().strip()).toList();
        for (TextField input : items) {
            String value = input.getValue().strip();
            String message = value.isBlank() ? null : check.apply(value, all);
            input.setInvalid(message != null);
            input.setErrorMessage(message);
        }
    }

    @Override
    protected List<String> generateModelValue() {
        return items.stream().map(TextField::getValue).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    protected void setPresentationValue(List<String> value) {
        items.clear();
        rows.removeAll();
        (value == null ? List.<String>of() : value).forEach(this::addItem);
        if (items.isEmpty()) {
            addItem("");
        }
        recheck();
    }
}
