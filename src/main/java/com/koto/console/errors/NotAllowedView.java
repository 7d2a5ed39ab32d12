package com.koto.console.errors;

import static com.koto.console.ui.Texts.t;

import com.koto.console.MainLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's "not allowed" page, inside the console shell: a signed-in user opened a view their
 * role may not open (Vaadin's navigation access check reroutes a signed-in user here with an
 * {@link AccessDeniedException}; HTTP status 403).
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        ErrorPage.fill(this, VaadinIcon.LOCK.create(), t("error.not-allowed.title"), t("error.not-allowed.text"),
                "not-allowed");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
