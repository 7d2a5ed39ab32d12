package com.koto.identity;

/** Names of the claims in our access tokens (JWT, HS256). The subject is the account id (UUID). */
public final class TokenClaims {

    /** Issuer of every token. */
    public static final String ISSUER = "koto";
    /** List of role names, e.g. {@code ["LEARNER"]}. */
    public static final String ROLES = "roles";
    /** The login name. */
    public static final String USERNAME = "username";
    /** The learner's instruction language (ISO 639-1). */
    public static final String INSTRUCTION_LANG = "instruction_lang";

    private TokenClaims() {
    }
}
