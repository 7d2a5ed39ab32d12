package com.koto.console.accounts;

import static com.koto.console.ui.Texts.t;

import com.koto.identity.AccountAdministration;
import com.koto.identity.AccountSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Resets an account's password to a generated one, shown here once (only its hash is kept); by
 * default its owner must replace it at the next sign-in.
 */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(AccountAdministration admin, AccountSummary account, Runnable done) {
        setHeaderTitle(t("accounts.reset-title", account.username()));
        setWidth("min(34em, 95vw)");
        Checkbox force = new Checkbox(t("accounts.force-change"), true);
        force.setId("force-change");
        add(new Paragraph(t("accounts.reset-text", account.username())), force);
        Button cancel = new Button(t("common.cancel"), e -> close());
        Button reset = new Button(t("accounts.reset"));
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        reset.setId("confirm-reset");
        reset.addClickListener(e -> {
            String password = admin.resetPassword(account.id(), force.getValue());
            removeAll();
            TextField shown = new TextField(t("accounts.new-password"));
            shown.setValue(password);
            shown.setReadOnly(true);
            shown.setWidthFull();
            shown.setId("one-time-password");
            add(new Paragraph(t("accounts.shown-once")), shown);
            getFooter().removeAll();
            Button close = new Button(t("common.close"), c -> close());
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            close.setId("close-reset");
            getFooter().add(close);
            done.run();
        });
        getFooter().add(cancel, reset);
    }
}
