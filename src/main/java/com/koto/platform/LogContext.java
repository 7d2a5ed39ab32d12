package com.koto.platform;

import java.util.UUID;
import org.slf4j.MDC;

/**
 * The ids an operator follows work by, in the SLF4J MDC of the current thread (fields of every log line,
 * also in the JSON logs of {@code KOTO_LOG_FORMAT=json}): {@value #REQUEST_ID}, {@value #SESSION_ID},
 * {@value #LEARNER_ID}. HTTP requests get them from {@code RequestLogContext}'s filters; work that is not an
 * HTTP request (a WebSocket message, a background task) opens a {@link Scope} for its duration.
 */
public final class LogContext {

    /** A request's id: an HTTP request's {@code X-Request-Id}, or one per WebSocket message. */
    public static final String REQUEST_ID = "request_id";
    /** The tutoring session, where known. */
    public static final String SESSION_ID = "session_id";
    /** The learner (an account id), where known. */
    public static final String LEARNER_ID = "learner_id";

    private static final String[] KEYS = {REQUEST_ID, SESSION_ID, LEARNER_ID};

    private LogContext() {
    }

    /** Restores the ids the thread had before {@link #open}; closing twice is harmless. */
    public static final class Scope implements AutoCloseable {

        private final String[] previous = new String[KEYS.length];

        private Scope() {
            for (int i = 0; i < KEYS.length; i++) {
                previous[i] = MDC.get(KEYS[i]);
            }
        }

        @Override
        public void close() {
            for (int i = 0; i < KEYS.length; i++) {
                if (previous[i] == null) {
                    MDC.remove(KEYS[i]);
                } else {
                    MDC.put(KEYS[i], previous[i]);
                }
            }
        }
    }

    /**
     * Sets the ids for the current thread until the scope is closed (use try-with-resources).
     *
     * @param requestId never blank
     * @param sessionId {@code null} when not known (the key is then absent, not inherited)
     * @param learnerId {@code null} when not known
     */
    public static Scope open(String requestId, UUID sessionId, UUID learnerId) {
        Scope scope = new Scope();
        MDC.put(REQUEST_ID, requestId);
        MDC.remove(SESSION_ID);
        MDC.remove(LEARNER_ID);
        put(SESSION_ID, sessionId);
        put(LEARNER_ID, learnerId);
        return scope;
    }

    /** Adds the learner once it is known within an open scope (e.g. a socket that just authenticated). */
    public static void learner(UUID learnerId) {
        put(LEARNER_ID, learnerId);
    }

    /** The current thread's request id, or {@code null}. */
    public static String requestId() {
        return MDC.get(REQUEST_ID);
    }

    private static void put(String key, UUID value) {
        if (value != null) {
            MDC.put(key, value.toString());
        }
    }
}
