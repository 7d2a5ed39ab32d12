package com.koto.console;

import com.koto.console.accounts.PasswordDialog;
import com.koto.identity.OwnPassword;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The console's shell: header with the user menu (language, log out), side navigation from
 * {@code @Menu}. Vaadin lists only the views the signed-in role may open, so teachers see content
 * and packs, admins everything.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext auth, OwnPassword ownPassword) {
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("koto-brand");
        String username = auth.getPrincipalName().orElse("");
        String role = auth.hasRole("ADMIN") ? "role.admin" : "role.teacher";

        MenuBar userMenu = new MenuBar();
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        userMenu.setId("user-menu");
        Avatar avatar = new Avatar(username);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        HorizontalLayout who = new HorizontalLayout(avatar, new Span(username), roleLabel(role));
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        who.setSpacing(true);
        MenuItem user = userMenu.addItem(who);
        SubMenu menu = user.getSubMenu();
        SubMenu languages = menu.addItem(getTranslation("menu.language")).getSubMenu();
        for (Locale locale : ConsoleI18n.LOCALES) {
            MenuItem item = languages.addItem(getTranslation("lang.self." + locale.getLanguage()),
                    e -> ConsoleLocale.switchTo(locale));
            item.setCheckable(true);
            item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        menu.addItem(getTranslation("menu.password"), e -> new PasswordDialog(ownPassword).open())
                .setId("own-password");
        menu.addItem(getTranslation("menu.logout"), e -> auth.logout()).setId("logout");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, userMenu);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(brand);
        header.addClassName("koto-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addClassName("koto-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        addToDrawer(nav);
    }

    private Span roleLabel(String key) {
        Span role = new Span(getTranslation(key));
        role.addClassName("koto-role");
        return role;
    }
}
