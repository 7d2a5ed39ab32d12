package com.koto.console.accounts;

import static com.koto.console.ui.Texts.t;

import com.koto.identity.AccountSummary;
import com.koto.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;

/** Picks another role for an account; says what each role may do. */
class RoleDialog extends Dialog {

    RoleDialog(AccountSummary account, Consumer<Role> chosen) {
        setHeaderTitle(t("accounts.change-role-title", account.username()));
        setWidth("min(32em, 95vw)");
        RadioButtonGroup<Role> roles = new RadioButtonGroup<>(t("accounts.role"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(AccountsView::roleName);
        roles.setValue(account.role());
        roles.setId("role-choice");
        add(roles, new Paragraph(t("accounts.role-help")));
        Button save = new Button(t("common.save"), e -> {
            close();
            chosen.accept(roles.getValue());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-role");
        getFooter().add(new Button(t("common.cancel"), e -> close()), save);
    }
}
