package com.koto.console.packs;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.evaluation.ErrorCategory;
import com.koto.langpack.ErrorPattern;
import com.koto.langpack.LangPackRules;
import com.koto.langpack.PackProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Adds or edits one error pattern: category, particles, title, explanation, example wrong → right, emphasis. */
class ErrorPatternDialog extends Dialog {

    /** Commas and spaces between items. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");

    ErrorPatternDialog(ErrorPattern pattern, Set<String> otherIds, Consumer<ErrorPattern> done) {
        setHeaderTitle(pattern.id().isEmpty() ? t("pattern.new") : t("pattern.edit", pattern.id()));
        setWidth("min(44em, 95vw)");
        setId("pattern-dialog");
        TextField id = new TextField(t("pattern.id"));
        id.setValue(pattern.id());
        id.setHelperText(t("common.key-help"));
        id.setId("pattern-id");
        Select<String> category = new Select<>();
        category.setLabel(t("pattern.category"));
        category.setItems(Arrays.stream(ErrorCategory.values()).map(ErrorCategory::wireName).toList());
        category.setItemLabelGenerator(c -> Texts.tOr("category." + c, c));
        category.setValue(pattern.category());
        category.setId("pattern-category");
        TextField particles = new TextField(t("pattern.particles"));
        particles.setValue(String.join(", ", pattern.particles()));
        particles.setHelperText(t("pattern.particles-help"));
        particles.setId("pattern-particles");
        TextField title = new TextField(t("pattern.title"));
        title.setValue(pattern.title());
        title.setId("pattern-title");
        TextArea explanation = new TextArea(t("pattern.explanation"));
        explanation.setValue(pattern.explanation());
        explanation.setHelperText(t("pattern.explanation-help"));
        explanation.setId("pattern-explanation");
        TextField wrong = new TextField(t("pattern.example-wrong"));
        wrong.setValue(pattern.exampleWrong());
        wrong.setId("pattern-wrong");
        TextField right = new TextField(t("pattern.example-right"));
        right.setValue(pattern.exampleRight());
        right.setId("pattern-right");
        Select<Integer> emphasis = new Select<>();
        emphasis.setLabel(t("pattern.emphasis"));
        emphasis.setItems(1, 2, 3);
        emphasis.setItemLabelGenerator(n -> t("pattern.emphasis." + n));
        emphasis.setValue(Math.max(1, Math.min(3, pattern.emphasis())));
        emphasis.setId("pattern-emphasis");
        FormLayout form = new FormLayout(id, category, title, particles, explanation, wrong, right, emphasis);
        form.setColspan(explanation, 2);
        UnorderedList problems = new UnorderedList();
        problems.addClassName("koto-problem-list");
        problems.setId("pattern-problems");
        add(form, problems);
        Button ok = new Button(t("common.apply"), e -> {
            List<String> list = Arrays.stream(LIST_SEPARATOR.split(particles.getValue())).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            ErrorPattern next = new ErrorPattern(id.getValue().strip(), category.getValue(), list,
                    title.getValue().strip(), explanation.getValue().strip(), wrong.getValue().strip(),
                    right.getValue().strip(), emphasis.getValue());
            List<PackProblem> found = LangPackRules.errorPattern(next, otherIds);
            problems.removeAll();
            found.forEach(p -> problems.add(new ListItem(Texts.packProblem(p))));
            if (found.isEmpty()) {
                done.accept(next);
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("apply-pattern");
        getFooter().add(new Button(t("common.cancel"), e -> close()), ok);
    }
}
