package com.koto.evaluation.model;

/**
 * The model gave no usable evaluation: an HTTP error (429, 5xx), a timeout, or a reply that does
 * not match the response schema. The hybrid policy answers with the rule evaluation instead.
 */
public class ModelUnavailableException extends RuntimeException {

    /**
     * @param message what went wrong, for the log
     * @param cause   the underlying failure, may be {@code null}
     */
    public ModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
