package com.koto.identity;

import com.koto.identity.internal.AccountEvent;
import com.koto.identity.internal.AccountEventRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account log: console sign-ins and failed sign-ins (from Spring Security's authentication
 * events, username and password only, so the API's per-request bearer-token checks are not
 * logged) and every change an admin or owner makes to an account. Append-only
 * ({@code account_events}); admins read it in the console's activity log.
 */
@Service
public class AccountLog {

    private final AccountEventRepository events;
    private final Clock clock;

    AccountLog(AccountEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * The newest entries first.
     *
     * @param limit at most this many (1–1000)
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountActivity> recent(int limit) {
        return events.findByOrderByAtDesc(PageRequest.of(0, Math.clamp(limit, 1, 1000))).stream()
                .map(AccountEvent::view).toList();
    }

    /** Records one entry (joins the caller's transaction so a change and its log line commit together). */
    @Transactional
    void record(String actor, String subject, AccountAction action, String details) {
        events.save(new AccountEvent(clock.instant(), actor, subject, action, details));
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            record(token.getName(), token.getName(), AccountAction.SIGNED_IN, "");
        }
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        if (attempt instanceof UsernamePasswordAuthenticationToken) {
            String typed = attempt.getName() == null ? "" : attempt.getName();
            String why = event.getException() instanceof DisabledException ? "disabled" : "bad-credentials";
            record(typed, typed, AccountAction.SIGN_IN_FAILED, why);
        }
    }
}
