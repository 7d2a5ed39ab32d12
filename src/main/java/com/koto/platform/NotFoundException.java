package com.koto.platform;

/**
 * A resource that does not exist <em>for the caller</em> (including another learner's resource:
 * no existence leak). Rendered as 404 problem+json.
 */
public class NotFoundException extends RuntimeException {

    /** @param detail human sentence, e.g. "No session 3f2… for this learner." */
    public NotFoundException(String detail) {
        super(detail);
    }
}
