package com.koto.console.errors;

import static com.koto.console.ui.Texts.t;

import com.koto.console.MainLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's "not found" page, inside the console shell (HTTP status 404): an unknown address,
 * or a lesson or pack that does not exist (the editors reroute here).
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        ErrorPage.fill(this, VaadinIcon.QUESTION_CIRCLE_O.create(), t("error.not-found.title"),
                t("error.not-found.text", "/" + event.getLocation().getPath()), "not-found");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
