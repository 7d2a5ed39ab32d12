package com.koto.platform;

/**
 * A service the application depends on (the object store, …) cannot be reached: rendered as 503
 * problem+json with {@code Retry-After}. The message is for the log; the client reads a fixed
 * sentence naming {@link #dependency()}, since the request changed nothing.
 */
public class DependencyUnavailableException extends RuntimeException {

    private final String dependency;

    /**
     * @param dependency what is unavailable, for a sentence ("the recording store")
     * @param message    details for the log (never sent to the client)
     * @param cause      the underlying failure
     */
    protected DependencyUnavailableException(String dependency, String message, Throwable cause) {
        super(message, cause);
        this.dependency = dependency;
    }

    /** What is unavailable, e.g. {@code the recording store}. */
    public String dependency() {
        return dependency;
    }
}
