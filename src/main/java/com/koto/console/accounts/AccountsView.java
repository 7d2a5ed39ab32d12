package com.koto.console.accounts;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Badges;
import com.koto.console.ui.Cells;
import com.koto.console.ui.Texts;
import com.koto.identity.AccountAdministration;
import com.koto.identity.AccountRefusedException;
import com.koto.identity.AccountSummary;
import com.koto.identity.Role;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;

/**
 * Admins: every account (staff and learners), searched and paged on the server; create an
 * account, change its role, disable or enable it, reset its password. Row actions are plain
 * buttons, visible and reachable by keyboard.
 */
@Route("accounts")
@Menu(title = "nav.accounts", order = 4, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdministration admin;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Role> role = new Select<>();

    AccountsView(AccountAdministration admin) {
        this.admin = admin;
        setSizeFull();
        addClassName("koto-page");
        Button create = new Button(t("accounts.new"), VaadinIcon.PLUS.create(),
                e -> new NewAccountDialog(admin, created -> {
                    search.setValue(created.username());
                    refresh();
                }).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-account");
        H2 heading = new H2(t("accounts.heading"));
        HorizontalLayout top = new HorizontalLayout(heading, create);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(heading);

        search.setPlaceholder(t("accounts.search"));
        search.setAriaLabel(t("accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("18em");
        search.setId("account-search");
        search.addValueChangeListener(e -> refresh());
        role.setLabel(t("accounts.role"));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(t("common.any"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? t("common.any") : roleName(r));
        role.setId("filter-role");
        role.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, role);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addComponentColumn(a -> Cells.twoLines(a.displayName(), a.username()))
                .setHeader(t("accounts.col.name")).setFlexGrow(2).setKey("name");
        grid.addColumn(a -> roleName(a.role())).setHeader(t("accounts.role")).setAutoWidth(true).setFlexGrow(0)
                .setKey("role");
        grid.addComponentColumn(this::stateCell).setHeader(t("accounts.col.state")).setAutoWidth(true)
                .setKey("state");
        grid.addColumn(a -> Texts.when(a.createdAt())).setHeader(t("accounts.col.created")).setAutoWidth(true)
                .setFlexGrow(0).setKey("created");
        grid.addComponentColumn(this::actions).setHeader(t("accounts.col.actions")).setAutoWidth(true)
                .setFlexGrow(0).setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(t("accounts.empty"));
        grid.setId("accounts");
        grid.setSizeFull();
        add(top, filters, grid);
        refresh();
    }

    static String roleName(Role r) {
        return t("role." + r.name().toLowerCase(java.util.Locale.ROOT));
    }

    private HorizontalLayout stateCell(AccountSummary a) {
        HorizontalLayout cell = new HorizontalLayout();
        Badge state = new Badge(t(a.enabled() ? "accounts.enabled" : "accounts.disabled"));
        state.addThemeVariants(BadgeVariant.SMALL, a.enabled() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        cell.add(state);
        if (a.mustChangePassword()) {
            cell.add(Badges.plain(t("accounts.must-change")));
        }
        cell.setSpacing(false);
        cell.addClassName("koto-badges");
        return cell;
    }

    private HorizontalLayout actions(AccountSummary a) {
        Button changeRole = new Button(t("accounts.change-role"), e -> new RoleDialog(a, r -> act(
                () -> admin.changeRole(a.id(), r), t("accounts.role-changed", a.username(), roleName(r)))).open());
        Button toggle = new Button(t(a.enabled() ? "accounts.disable" : "accounts.enable"), e -> confirmToggle(a));
        Button reset = new Button(t("accounts.reset"), e -> new ResetPasswordDialog(admin, a, this::refresh).open());
        HorizontalLayout cell = new HorizontalLayout(changeRole, toggle, reset);
        cell.getChildren().forEach(c -> {
            ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            c.getElement().setAttribute("data-account", a.username());
        });
        changeRole.addClassName("koto-change-role");
        toggle.addClassName(a.enabled() ? "koto-disable" : "koto-enable");
        reset.addClassName("koto-reset-password");
        cell.setSpacing(false);
        return cell;
    }

    private void confirmToggle(AccountSummary a) {
        if (!a.enabled()) {
            act(() -> admin.setEnabled(a.id(), true), t("accounts.enabled-done", a.username()));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(t("accounts.disable-title", a.username()),
                t("accounts.disable-text", a.username()), t("accounts.disable"),
                e -> act(() -> admin.setEnabled(a.id(), false), t("accounts.disabled-done", a.username())));
        confirm.setCancelable(true);
        confirm.setCancelText(t("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("confirm-disable");
        confirm.open();
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountRefusedException refused) {
            Notification.show(refusal(refused), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    /** The console's sentence for a refused account change. */
    static String refusal(AccountRefusedException refused) {
        return t("accounts.refused." + refused.reason().name());
    }

    void refresh() {
        Set<Role> roles = role.getValue() == null ? EnumSet.noneOf(Role.class) : EnumSet.of(role.getValue());
        String text = search.getValue();
        grid.setItems(q -> admin.search(text, roles, q.getPage(), q.getPageSize()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, admin.count(text, roles)));
    }

    @Override
    public String getPageTitle() {
        return t("accounts.page-title");
    }
}
