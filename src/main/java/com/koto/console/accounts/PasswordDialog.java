package com.koto.console.accounts;

import static com.koto.console.ui.Texts.t;

import com.koto.identity.OwnPassword;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Any staff user changes their own password (from the user menu). */
public class PasswordDialog extends Dialog {

    /** @param ownPassword the signed-in user's password service */
    public PasswordDialog(OwnPassword ownPassword) {
        setHeaderTitle(t("password.title"));
        setWidth("min(26em, 95vw)");
        setId("password-dialog");
        OwnPasswordForm form = new OwnPasswordForm(ownPassword, () -> {
            close();
            Notification.show(t("password.changed"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        add(form);
        getFooter().add(new Button(t("common.cancel"), e -> close()), form.saveButton());
    }
}
