package com.koto.identity;

/** What happened to an account, as the activity log lists it ({@code account_events.action}). */
public enum AccountAction {
    /** A console sign-in with the right password. */
    SIGNED_IN,
    /** A console sign-in refused: unknown user, wrong password, learner, or disabled account (details:
     * {@code disabled} or {@code bad-credentials}). */
    SIGN_IN_FAILED,
    /** An admin created the account (details: the role). */
    CREATED,
    /** An admin changed the role (details: {@code OLD → NEW}). */
    ROLE_CHANGED,
    /** An admin disabled the account: it can no longer sign in. */
    DISABLED,
    /** An admin enabled the account again. */
    ENABLED,
    /** An admin set a new one-time password (details: whether a change is forced). */
    PASSWORD_RESET,
    /** The owner changed their own password. */
    PASSWORD_CHANGED
}
