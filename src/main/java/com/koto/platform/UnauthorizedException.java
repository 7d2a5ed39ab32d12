package com.koto.platform;

/**
 * A credential the client presented is not accepted, for a reason the client may read (a refresh
 * token that expired, was revoked or was already used): rendered as a 401 problem whose
 * {@code detail} is the sentence. Wrong usernames or passwords stay Spring Security's
 * {@code BadCredentialsException}, answered with one fixed sentence that reveals nothing.
 */
public class UnauthorizedException extends RuntimeException {

    /** @param sentence why the credential was refused and what to do, written for the API client */
    public UnauthorizedException(String sentence) {
        super(sentence);
    }
}
