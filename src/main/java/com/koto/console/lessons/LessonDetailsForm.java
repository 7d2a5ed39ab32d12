package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.console.ui.TranslationsField;
import com.koto.content.LessonDocument;
import com.koto.content.LessonRules;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lesson's details: Korean and English title (plus one per instruction language), CEFR and
 * TOPIK level, instruction languages, target language (Korean), description per instruction
 * language. Used by the New-lesson dialog and the editor's Details tab.
 */
class LessonDetailsForm extends FormLayout {

    /** What the form holds. */
    record Details(Map<String, String> title, Map<String, String> description, LessonDocument.Level level,
            List<String> instructionLangs) {
    }

    private final List<String> available;
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final Select<String> cefr = new Select<>();
    private final Select<Integer> topik = new Select<>();
    private final TextField target = new TextField();
    private TranslationsField title;
    private TranslationsField description;
    private Map<String, String> titleValue = Map.of();
    private Map<String, String> descriptionValue = Map.of();
    private boolean loading;
    private List<String> order = List.of();

    /** @param available the instruction languages there are packs for */
    LessonDetailsForm(List<String> available) {
        this.available = available;
        languages.setLabel(t("lesson.instruction-langs"));
        languages.setItemLabelGenerator(Texts::language);
        languages.setId("instruction-langs");
        languages.addValueChangeListener(e -> {
            if (title != null && !loading) {
                titleValue = title.getValue();
                descriptionValue = description.getValue();
                rebuild();
            }
        });
        cefr.setLabel(t("lesson.cefr"));
        cefr.setItems(LessonDocument.Level.CEFR);
        cefr.setId("cefr");
        topik.setLabel(t("lesson.topik"));
        topik.setItems(1, 2, 3, 4, 5, 6);
        topik.setItemLabelGenerator(n -> t("lesson.topik-level", n));
        topik.setId("topik");
        target.setLabel(t("lesson.target-lang"));
        target.setValue(Texts.language("ko"));
        target.setReadOnly(true);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        setValue(new Details(Map.of(), Map.of(), new LessonDocument.Level("A1", 1), List.of(available.getFirst())));
    }

    void setValue(Details details) {
        titleValue = details.title();
        descriptionValue = details.description();
        order = List.copyOf(details.instructionLangs());
        Set<String> langs = new LinkedHashSet<>(available);
        langs.addAll(details.instructionLangs());
        loading = true;
        languages.setItems(langs);
        languages.setValue(new LinkedHashSet<>(details.instructionLangs()));
        loading = false;
        cefr.setValue(details.level().cefr());
        topik.setValue(details.level().topik());
        rebuild();
    }

    Details getValue() {
        return new Details(title.getValue(), description.getValue(),
                new LessonDocument.Level(cefr.getValue(), topik.getValue() == null ? 1 : topik.getValue()),
                orderedLanguages());
    }

    /**
     * Checks what must hold before saving: a Korean title with Hangul, an English title, at least
     * one instruction language. Marks the fields.
     *
     * @return whether the details can be saved
     */
    boolean validate() {
        Details d = getValue();
        boolean ok = true;
        String ko = d.title().get("ko");
        title.markLanguage("ko", LessonRules.hasHangul(ko) ? null : t("lesson.error.title-ko"));
        ok &= LessonRules.hasHangul(ko);
        String en = d.title().get("en");
        title.markLanguage("en", en != null && !en.isBlank() ? null : t("lesson.error.title-en"));
        ok &= en != null && !en.isBlank();
        languages.setInvalid(d.instructionLangs().isEmpty());
        languages.setErrorMessage(t("lesson.error.languages"));
        ok &= !d.instructionLangs().isEmpty();
        return ok;
    }

    TranslationsField titleField() {
        return title;
    }

    private void rebuild() {
        removeAll();
        List<String> langs = orderedLanguages();
        List<String> titleLangs = new ArrayList<>(List.of("ko", "en"));
        langs.stream().filter(l -> !titleLangs.contains(l)).forEach(titleLangs::add);
        title = new TranslationsField(t("lesson.title"), titleLangs, false);
        title.setValue(titleValue);
        title.setId("lesson-title");
        description = new TranslationsField(t("lesson.description"), langs, true);
        description.setValue(descriptionValue);
        description.setId("lesson-description");
        add(title, 2);
        add(cefr, topik, languages, target);
        add(description, 2);
    }

    /**
     * The chosen languages: those the lesson had, in its order (the order is content: the first is
     * the lesson's main language), then newly chosen ones in pack order, then any others.
     */
    private List<String> orderedLanguages() {
        Set<String> chosen = languages.getValue();
        List<String> langs = new ArrayList<>(order.stream().filter(chosen::contains).toList());
        available.stream().filter(chosen::contains).filter(l -> !langs.contains(l)).forEach(langs::add);
        chosen.stream().filter(l -> !langs.contains(l)).sorted().forEach(langs::add);
        return langs;
    }
}
