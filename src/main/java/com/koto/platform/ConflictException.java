package com.koto.platform;

/** The resource's state forbids the request (e.g. answering in an ended session). Rendered as 409. */
public class ConflictException extends RuntimeException {

    /** @param detail human sentence saying which state forbids what */
    public ConflictException(String detail) {
        super(detail);
    }
}
