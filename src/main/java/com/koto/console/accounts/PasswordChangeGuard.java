package com.koto.console.accounts;

import com.koto.identity.OwnPassword;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A signed-in user who must change their password (set by an admin) is sent to
 * {@link ChangePasswordView} from every view until they do. Checked once per session (then
 * remembered in the Vaadin session), so navigation costs no query.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private static final String CHECKED = PasswordChangeGuard.class.getName() + ".due";

    private final OwnPassword ownPassword;

    PasswordChangeGuard(OwnPassword ownPassword) {
        this.ownPassword = ownPassword;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                || event.getNavigationTarget() == ChangePasswordView.class) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        Boolean due = (Boolean) session.getAttribute(CHECKED);
        if (due == null) {
            due = ownPassword.changeDue();
            session.setAttribute(CHECKED, due);
        }
        if (due) {
            event.forwardTo(ChangePasswordView.class);
        }
    }

    /** Called after the change: this session may use the console now. */
    static void markDone() {
        VaadinSession.getCurrent().setAttribute(CHECKED, Boolean.FALSE);
    }
}
