package com.koto.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An account as other modules see it (never the password hash).
 *
 * @param id              account id (the JWT subject)
 * @param username        login name, lower case
 * @param displayName     name shown to others
 * @param role            the account's role
 * @param instructionLang ISO 639-1 language the learner is taught in
 * @param enabled         whether the account may log in
 * @param createdAt       creation time
 */
public record AccountView(UUID id, String username, String displayName, Role role, String instructionLang,
        boolean enabled, Instant createdAt) {
}
