package com.koto.console.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.console.ConsoleTest;
import com.koto.identity.AccountSummary;
import com.koto.identity.Accounts;
import com.koto.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The Accounts view: admins create, change, disable and reset accounts; nobody else opens it. */
class AccountsViewTest extends ConsoleTest {

    @Autowired
    Accounts accounts;

    private Button rowButton(Grid<AccountSummary> grid, String cssClass) {
        return (Button) test(grid).getCellComponent(0, "actions").getChildren()
                .filter(c -> c.hasClassName(cssClass)).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void anAdminCreatesATeacherChangesTheRoleDisablesAndResetsThePassword() {
        navigate(AccountsView.class);
        String name = "view-" + UUID.randomUUID().toString().substring(0, 8);
        test(find(Button.class).withId("new-account").single()).click();
        test(find(TextField.class).withId("new-username").single()).setValue(name);
        test(find(TextField.class).withId("new-display-name").single()).setValue("View Teacher");
        test(find(Select.class).withId("new-role").single()).selectItem("Teacher");
        test(find(PasswordField.class).withId("new-password").single()).setValue("short");
        test(find(Button.class).withId("create-account").single()).click();
        assertThat(find(PasswordField.class).withId("new-password").single().getErrorMessage())
                .isEqualTo("A password is 8–128 characters.");
        test(find(PasswordField.class).withId("new-password").single()).setValue("first-password-1");
        test(find(Button.class).withId("create-account").single()).click();
        assertThat(accounts.authenticate(name, "first-password-1")).isPresent();

        Grid<AccountSummary> grid = find(Grid.class).withId("accounts").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).role()).isEqualTo(Role.TEACHER);
        assertThat(test(grid).getRow(0).mustChangePassword()).isTrue();

        test(rowButton(grid, "koto-change-role")).click();
        test(find(RadioButtonGroup.class).withId("role-choice").single()).selectItem("Administrator");
        test(find(Button.class).withId("save-role").single()).click();
        assertThat(test(grid).getRow(0).role()).isEqualTo(Role.ADMIN);

        test(rowButton(grid, "koto-disable")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).withId("confirm-disable").single();
        assertThat(test(confirm).getText()).contains("will no longer be able to sign in");
        test(confirm).confirm();
        assertThat(test(grid).getRow(0).enabled()).isFalse();
        assertThat(accounts.authenticate(name, "first-password-1")).isEmpty();
        test(rowButton(grid, "koto-enable")).click();
        assertThat(test(grid).getRow(0).enabled()).isTrue();

        test(rowButton(grid, "koto-reset-password")).click();
        test(find(Checkbox.class).withId("force-change").single()).click();
        test(find(Button.class).withId("confirm-reset").single()).click();
        String once = find(TextField.class).withId("one-time-password").single().getValue();
        assertThat(accounts.authenticate(name, once)).isPresent();
        assertThat(test(grid).getRow(0).mustChangePassword()).isFalse();
    }

    @Test
    @WithMockUser(username = "teacher-ann", roles = "TEACHER")
    void teachersCannotOpenAccounts() {
        try {
            navigate(AccountsView.class);
        } catch (AccessDeniedException | IllegalArgumentException | IllegalStateException expected) {
            // browserless reports the refusal as an exception or as a redirect to the error view
        }
        assertThat(getCurrentView()).isNotInstanceOf(AccountsView.class);
    }
}
