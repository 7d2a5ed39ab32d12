package com.koto.console.errors;

import static com.koto.console.ui.Texts.t;

import com.koto.console.lessons.LessonsView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** The body of the console's error views: an icon, a heading, a sentence and a way back. */
final class ErrorPage {

    private ErrorPage() {
    }

    static void fill(VerticalLayout view, Icon icon, String heading, String text, String id) {
        view.removeAll();
        view.setSizeFull();
        view.addClassName("koto-page");
        view.addClassName("koto-error-page");
        view.setId(id);
        view.setAlignItems(VerticalLayout.Alignment.CENTER);
        view.setJustifyContentMode(VerticalLayout.JustifyContentMode.CENTER);
        icon.addClassName("koto-error-icon");
        RouterLink back = new RouterLink(t("error.back"), LessonsView.class);
        back.setId("error-back");
        view.add(icon, new H2(heading), new Paragraph(text), back);
    }
}
