package com.koto.console.packs;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.langpack.LangPack;
import com.koto.langpack.LangPackSamples;
import com.koto.langpack.LangPackRules;
import com.koto.langpack.PackProblem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The templates of one pack section (feedback, category explanations, prompts): one text area per
 * key, the placeholders it may use, a live check (unknown placeholder, unbalanced brace: blocking;
 * an available placeholder not shown: warning) and the text rendered with sample values.
 */
class TemplatesEditor extends VerticalLayout {

    /** Sample values for the rendered preview of a template (per category: {@link LangPackSamples#forKey}). */
    static final Map<String, String> SAMPLES = LangPackSamples.COMMON;

    private final String section;
    private final Map<String, TextArea> areas = new LinkedHashMap<>();
    private final Map<String, Span> previews = new LinkedHashMap<>();

    TemplatesEditor(String section, Map<String, String> texts) {
        this.section = section;
        setPadding(false);
        addClassName("koto-templates");
        setId("templates-" + section);
        texts.forEach((key, text) -> {
            // a human label; the file's key stays as secondary text for those who edit the JSON
            String label = "category_explanations".equals(section) ? Texts.tOr("category." + key, key)
                    : Texts.tOr("template." + section + "." + key, key);
            TextArea area = new TextArea(label);
            area.setValue(text);
            area.setWidthFull();
            area.setId(section + "." + key);
            Optional<Set<String>> allowed = LangPackRules.allowedPlaceholders(section, key);
            String placeholders = allowed.map(a -> a.isEmpty() ? t("pack.no-placeholders")
                    : t("pack.placeholders", String.join(", ", a.stream().map(p -> "{" + p + "}").toList())))
                    .orElse(t("pack.any-placeholders"));
            area.setHelperText(label.equals(key) ? placeholders : key + " · " + placeholders);
            Span preview = new Span();
            preview.addClassName("koto-template-preview");
            area.addValueChangeListener(e -> check(key));
            areas.put(key, area);
            previews.put(key, preview);
            Div block = new Div(area, preview);
            block.addClassName("koto-template");
            add(block);
            check(key);
        });
    }

    /** The texts as edited, in the original key order. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        areas.forEach((key, area) -> values.put(key, area.getValue()));
        return values;
    }

    TextArea area(String key) {
        return areas.get(key);
    }

    private void check(String key) {
        TextArea area = areas.get(key);
        List<PackProblem> problems = LangPackRules.template(section, key, area.getValue());
        List<String> blocking = problems.stream().filter(PackProblem::blocking).map(Texts::packProblem).toList();
        List<String> warnings = problems.stream().filter(p -> !p.blocking()).map(Texts::packProblem).toList();
        area.setInvalid(!blocking.isEmpty());
        area.setErrorMessage(blocking.isEmpty() ? null : String.join(" ", blocking));
        Span preview = previews.get(key);
        preview.setText(t("pack.rendered", LangPack.render(area.getValue(), LangPackSamples.forKey(section, key)))
                + (warnings.isEmpty() ? "" : "  ⚠ " + String.join(" ", warnings)));
        preview.getElement().getClassList().set("koto-has-warning", !warnings.isEmpty());
    }
}
