package com.koto.console.errors;

import static com.koto.console.ui.Texts.t;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's "not allowed" page: a signed-in user opened a view their role may not open. Shown
 * for in-app navigation (Vaadin's access check) and, at {@code /not-allowed}, for a page load that
 * the console's security chain refused (see {@code ConsoleSecurityConfiguration}).
 */
@Route("not-allowed")
@PermitAll
public class NotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    public NotAllowedView() {
        show();
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show();
        return HttpServletResponse.SC_FORBIDDEN;
    }

    private void show() {
        ErrorPage.fill(this, VaadinIcon.LOCK.create(), t("error.not-allowed.title"), t("error.not-allowed.text"),
                "not-allowed");
    }
}
