package com.koto.identity;

import com.koto.identity.internal.Account;
import java.time.Instant;
import java.util.UUID;

/**
 * An account as the admins' account list shows it (never the password hash).
 *
 * @param id                 account id
 * @param username           login name, lower case
 * @param displayName        name shown to others
 * @param role               role
 * @param enabled            whether the account may sign in
 * @param mustChangePassword whether the next console sign-in asks for a new password
 * @param createdAt          creation time
 */
public record AccountSummary(UUID id, String username, String displayName, Role role, boolean enabled,
        boolean mustChangePassword, Instant createdAt) {

    static AccountSummary of(Account a) {
        return new AccountSummary(a.id(), a.username(), a.displayName(), a.role(), a.enabled(), a.mustChangePassword(),
                a.createdAt());
    }
}
