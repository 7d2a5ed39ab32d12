package com.koto.console.errors;

import static com.koto.console.ui.Texts.t;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's "not found" page, inside the console shell: an unknown address, or a lesson or
 * pack that does not exist (views reroute here). In production Vaadin also shows this page for a
 * view the role may not open, so as not to reveal it exists: the text covers both.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        ErrorPage.fill(this, VaadinIcon.QUESTION_CIRCLE_O.create(), t("error.not-found.title"),
                t("error.not-found.text", "/" + event.getLocation().getPath()), "not-found");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
