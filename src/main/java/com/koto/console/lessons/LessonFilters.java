package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.content.LessonDocument;
import com.koto.content.LessonSearch;
import com.koto.content.LessonStatus;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The lesson list's filters: text, CEFR, TOPIK, status and instruction language; "any" filters nothing. */
class LessonFilters extends HorizontalLayout {

    private static final String ANY = "*";

    private final TextField text = new TextField();
    private final Select<String> cefr = new Select<>();
    private final Select<Integer> topik = new Select<>();
    private final Select<LessonStatus> status = new Select<>();
    private final Select<String> language = new Select<>();

    LessonFilters(Runnable changed) {
        text.setPlaceholder(t("lessons.search"));
        text.setAriaLabel(t("lessons.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setClearButtonVisible(true);
        text.setId("lesson-search");
        text.addValueChangeListener(e -> changed.run());
        cefr.setLabel(t("lesson.cefr"));
        cefr.setItems(withAny(LessonDocument.Level.CEFR));
        cefr.setItemLabelGenerator(v -> ANY.equals(v) ? t("common.any") : v);
        cefr.setValue(ANY);
        cefr.setId("filter-cefr");
        topik.setLabel(t("lesson.topik"));
        topik.setItems(0, 1, 2, 3, 4, 5, 6);
        topik.setItemLabelGenerator(n -> n == 0 ? t("common.any") : t("lesson.topik-level", n));
        topik.setValue(0);
        topik.setId("filter-topik");
        status.setLabel(t("lessons.status"));
        status.setItems(LessonStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(t("common.any"));
        status.setItemLabelGenerator(v -> v == null ? t("common.any") : t("status." + v.code()));
        status.setId("filter-status");
        language.setLabel(t("lessons.language"));
        language.setItemLabelGenerator(v -> ANY.equals(v) ? t("common.any") : Texts.language(v));
        language.setId("filter-language");
        List.of(cefr, language).forEach(s -> s.addValueChangeListener(e -> changed.run()));
        topik.addValueChangeListener(e -> changed.run());
        status.addValueChangeListener(e -> changed.run());
        add(text, cefr, topik, status, language);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("koto-filters");
        text.setWidth("18em");
    }

    /** Offers these languages (and "any"); a chosen language no longer offered falls back to "any". */
    void offerLanguages(Collection<String> langs) {
        String chosen = language.getValue();
        language.setItems(withAny(List.copyOf(langs)));
        language.setValue(chosen == null || !langs.contains(chosen) ? ANY : chosen);
    }

    /** The filter as chosen. */
    LessonSearch.Filter value() {
        return new LessonSearch.Filter(text.getValue(), ANY.equals(cefr.getValue()) ? null : cefr.getValue(),
                topik.getValue() == null || topik.getValue() == 0 ? null : topik.getValue(), status.getValue(),
                language.getValue() == null || ANY.equals(language.getValue()) ? null : language.getValue());
    }

    private static List<String> withAny(List<String> values) {
        List<String> all = new ArrayList<>();
        all.add(ANY);
        all.addAll(values);
        return all;
    }
}
