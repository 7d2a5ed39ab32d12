package com.koto.console.accounts;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.identity.AccountAdministration;
import com.koto.identity.AccountRefusedException;
import com.koto.identity.AccountSummary;
import com.koto.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/** Creates an account of any role with a first password the admin hands over. */
class NewAccountDialog extends Dialog {

    NewAccountDialog(AccountAdministration admin, Consumer<AccountSummary> created) {
        setHeaderTitle(t("accounts.new"));
        setWidth("min(36em, 95vw)");
        TextField username = new TextField(t("accounts.username"));
        username.setHelperText(t("accounts.username-help"));
        username.setId("new-username");
        TextField name = new TextField(t("accounts.display-name"));
        name.setId("new-display-name");
        Select<Role> role = new Select<>();
        role.setLabel(t("accounts.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(AccountsView::roleName);
        role.setValue(Role.TEACHER);
        role.setId("new-role");
        Select<String> language = new Select<>();
        language.setLabel(t("accounts.language"));
        language.setItems(List.of("en", "ko", "id", "vi"));
        language.setItemLabelGenerator(Texts::language);
        language.setValue("en");
        language.setId("new-language");
        PasswordField password = new PasswordField(t("accounts.first-password"));
        password.setHelperText(t("password.rule"));
        password.setId("new-password");
        Checkbox mustChange = new Checkbox(t("accounts.force-change"), true);
        mustChange.setId("new-must-change");
        FormLayout form = new FormLayout(username, name, role, language, password, mustChange);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        add(form);

        Button create = new Button(t("accounts.create"), e -> {
            try {
                AccountSummary account = admin.create(username.getValue(), name.getValue(), role.getValue(),
                        language.getValue(), password.getValue(), mustChange.getValue());
                close();
                Notification.show(t("accounts.created", account.username()), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                created.accept(account);
            } catch (AccountRefusedException refused) {
                String text = AccountsView.refusal(refused);
                switch (refused.reason()) {
                    case USERNAME_INVALID, USERNAME_TAKEN -> mark(username, text);
                    case DISPLAY_NAME_INVALID -> mark(name, text);
                    case PASSWORD_LENGTH -> mark(password, text);
                    default -> Notification.show(text).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-account");
        getFooter().add(new Button(t("common.cancel"), e -> close()), create);
    }

    private static void mark(com.vaadin.flow.component.HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }
}
