package com.koto.platform;

/** Too many requests: rendered as 429 problem+json with a {@code Retry-After} header. */
public class RateLimitedException extends RuntimeException {

    private final long retryAfterSeconds;

    /**
     * @param limit             the limit's name
     * @param retryAfterSeconds seconds until the next request is allowed
     */
    public RateLimitedException(String limit, long retryAfterSeconds) {
        super("Too many requests (" + limit + "); try again in " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds until a request is allowed again. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
