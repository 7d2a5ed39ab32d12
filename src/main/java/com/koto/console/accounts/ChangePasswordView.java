package com.koto.console.accounts;

import static com.koto.console.ui.Texts.t;

import com.koto.identity.OwnPassword;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Where a user whose password an admin set (new account, reset) must choose their own before
 * anything else; {@link PasswordChangeGuard} sends them here from every other view.
 */
@Route(value = "password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    ChangePasswordView(OwnPassword ownPassword, AuthenticationContext auth) {
        addClassName("koto-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        OwnPasswordForm form = new OwnPasswordForm(ownPassword, () -> {
            PasswordChangeGuard.markDone();
            UI.getCurrent().navigate("");
        });
        form.setMaxWidth("24em");
        Button logout = new Button(t("menu.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        VerticalLayout box = new VerticalLayout(new H2(t("password.title")), new Paragraph(t("password.forced")), form,
                new HorizontalLayout(form.saveButton(), logout));
        box.setMaxWidth("28em");
        box.addClassName("koto-card");
        add(box);
    }

    @Override
    public String getPageTitle() {
        return t("password.page-title");
    }
}
