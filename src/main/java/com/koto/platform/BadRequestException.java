package com.koto.platform;

/**
 * The client's request is wrong in a way validation annotations cannot say (an unknown event type, a
 * value that contradicts another): rendered as 400 problem+json whose {@code detail} is this
 * exception's message, so the message must be a sentence written for the client. Any other
 * {@link IllegalArgumentException} is our bug and is never echoed (500 with an incident id).
 */
public class BadRequestException extends RuntimeException {

    /** @param sentence what is wrong and how to fix it, written for the API client */
    public BadRequestException(String sentence) {
        super(sentence);
    }
}
