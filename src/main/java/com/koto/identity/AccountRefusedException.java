package com.koto.identity;

import com.koto.platform.ConflictException;

/**
 * An account change the rules forbid; {@link #reason()} tells the console which sentence to show.
 * Rendered as 409 on the API.
 */
public class AccountRefusedException extends ConflictException {

    /** Why an account change was refused. */
    public enum Reason {
        /** Username not 3–40 characters of letters, digits, {@code . _ -}. */
        USERNAME_INVALID,
        /** Another account has this username (case-insensitive). */
        USERNAME_TAKEN,
        /** Display name empty or over 80 characters. */
        DISPLAY_NAME_INVALID,
        /** Password shorter than 8 or longer than 128 characters. */
        PASSWORD_LENGTH,
        /** The current password given for a change of one's own password is wrong. */
        WRONG_PASSWORD,
        /** An admin may not disable their own account or take away their own ADMIN role. */
        OWN_ACCOUNT,
        /** The change would leave no enabled ADMIN account. */
        LAST_ADMIN,
        /** No account with this id. */
        NOT_FOUND
    }

    private final Reason reason;

    AccountRefusedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    /** Why the change was refused. */
    public Reason reason() {
        return reason;
    }
}
