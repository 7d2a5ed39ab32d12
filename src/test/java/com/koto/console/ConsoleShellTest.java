package com.koto.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.console.lessons.LessonsView;
import com.koto.console.log.ActivityLogView;
import com.koto.console.packs.LangPacksView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The shell: a menu per role, the user menu, and the console in Korean. */
class ConsoleShellTest extends ConsoleTest {

    private java.util.List<String> menu() {
        return find(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithMockUser(username = "teacher-ann", roles = "TEACHER")
    void teachersSeeContentAndPacksButNotTheActivityLog() {
        navigate(LessonsView.class);
        assertThat(menu()).containsExactly("Lessons", "Language packs", "Lesson analytics");
        assertThat(find(MenuBar.class).withId("user-menu").single().getItems().getFirst().getSubMenu().getItems())
                .extracting(i -> i.getText()).containsExactly("Language", "Change password…", "Log out");
    }

    @Test
    @WithMockUser(username = "teacher-ann", roles = "TEACHER")
    void teachersCannotOpenTheActivityLog() {
        try {
            navigate(ActivityLogView.class);
        } catch (AccessDeniedException | IllegalArgumentException | IllegalStateException expected) {
            // browserless reports the refusal as an exception or as a redirect to the error view
        }
        assertThat(getCurrentView()).isNotInstanceOf(ActivityLogView.class);
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void adminsSeeEverything() {
        navigate(LangPacksView.class);
        assertThat(menu()).containsExactly("Lessons", "Language packs", "Activity log", "Accounts", "Learners", "Lesson analytics");
        navigate(ActivityLogView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Activity log");
    }

    @Test
    @WithMockUser(username = "teacher-ann", roles = "TEACHER")
    void theConsoleSpeaksKorean() {
        VaadinSession.getCurrent().setLocale(Locale.KOREAN);
        UI.getCurrent().setLocale(Locale.KOREAN);
        navigate(LangPacksView.class);
        // the shell was built in English before the switch (a real switch reloads the page); the view is Korean
        assertThat(find(H2.class).single().getText()).isEqualTo("언어 팩");
        assertThat(find(com.vaadin.flow.component.button.Button.class).withId("new-pack").single().getText())
                .isEqualTo("새 언어 팩");
    }
}
