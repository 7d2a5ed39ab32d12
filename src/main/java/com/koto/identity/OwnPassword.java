package com.koto.identity;

import com.koto.identity.AccountRefusedException.Reason;
import com.koto.identity.internal.Account;
import com.koto.identity.internal.AccountRepository;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own password: whether a change is due (set by an admin at creation or
 * reset) and the change itself, which needs the current password and clears the "must change" mark.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OwnPassword {

    private final AccountRepository accounts;
    private final AccountLog log;
    private final PasswordEncoder encoder;
    private final Clock clock;

    OwnPassword(AccountRepository accounts, AccountLog log, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.log = log;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Whether the signed-in user must choose a new password before using the console. */
    @Transactional(readOnly = true)
    public boolean changeDue() {
        return accounts.findByUsername(AccountAdministration.me()).map(Account::mustChangePassword).orElse(false);
    }

    /**
     * Changes the signed-in user's password.
     *
     * @param current     the password in use now
     * @param newPassword 8–128 characters
     * @throws AccountRefusedException WRONG_PASSWORD, PASSWORD_LENGTH, NOT_FOUND
     */
    @Transactional
    public void change(String current, String newPassword) {
        Account account = accounts.findByUsername(AccountAdministration.me()).orElseThrow(
                () -> new AccountRefusedException(Reason.NOT_FOUND, "The signed-in account no longer exists."));
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw new AccountRefusedException(Reason.WRONG_PASSWORD, "The current password is wrong.");
        }
        AccountAdministration.checkLength(newPassword);
        account.changePassword(encoder.encode(newPassword), false, clock.instant());
        log.record(account.username(), account.username(), AccountAction.PASSWORD_CHANGED, "");
    }
}
