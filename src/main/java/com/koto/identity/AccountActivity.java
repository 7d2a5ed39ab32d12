package com.koto.identity;

import java.time.Instant;

/**
 * One line of the account log.
 *
 * @param at      when
 * @param actor   who acted: the admin, the owner, or (sign-ins) the username typed
 * @param subject the account acted on (username as typed for a failed sign-in, at most 40 characters)
 * @param action  what happened
 * @param details extra facts in a neutral form (a role name, {@code ADMIN → TEACHER}, {@code forced}); may be empty
 */
public record AccountActivity(Instant at, String actor, String subject, AccountAction action, String details) {
}
