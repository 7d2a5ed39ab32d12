package com.koto.console.accounts;

import static com.koto.console.ui.Texts.t;

import com.koto.identity.AccountRefusedException;
import com.koto.identity.OwnPassword;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * Current password, new password twice; {@link #submit()} changes it through {@link OwnPassword}
 * and marks the field at fault otherwise.
 */
class OwnPasswordForm extends FormLayout {

    private final OwnPassword ownPassword;
    private final PasswordField current = new PasswordField(t("password.current"));
    private final PasswordField fresh = new PasswordField(t("password.new"));
    private final PasswordField repeat = new PasswordField(t("password.repeat"));
    private final Button save = new Button(t("password.change"));

    OwnPasswordForm(OwnPassword ownPassword, Runnable changed) {
        this.ownPassword = ownPassword;
        current.setId("current-password");
        fresh.setId("fresh-password");
        fresh.setHelperText(t("password.rule"));
        repeat.setId("repeat-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-password");
        save.addClickListener(e -> {
            if (submit()) {
                changed.run();
            }
        });
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(current, fresh, repeat);
    }

    /** The form's submit button, for the caller to place. */
    Button saveButton() {
        return save;
    }

    /** Changes the password; false (with the fault marked) when refused. */
    boolean submit() {
        current.setInvalid(false);
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(t("password.mismatch"));
            repeat.setInvalid(true);
            return false;
        }
        try {
            ownPassword.change(current.getValue(), fresh.getValue());
            return true;
        } catch (AccountRefusedException refused) {
            PasswordField at = refused.reason() == AccountRefusedException.Reason.WRONG_PASSWORD ? current : fresh;
            at.setErrorMessage(AccountsView.refusal(refused));
            at.setInvalid(true);
            return false;
        }
    }
}
