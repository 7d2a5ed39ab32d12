package com.koto.platform;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The closed set of problem kinds the API answers with (RFC 9457 {@code type} URIs under
 * {@link Problems#TYPE_BASE}); a client may switch on the type. Documented in
 * {@code docs/reliability.md}.
 */
public enum ProblemType {
    /** 400: a field is missing or invalid ({@code errors} lists them). */
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request"),
    /** 400: the body is not JSON, not UTF-8, or a field has the wrong JSON type. */
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed request body"),
    /** 400: a multipart upload without boundary, cut short, or without its part. */
    INVALID_MULTIPART(HttpStatus.BAD_REQUEST, "invalid-multipart", "Malformed upload"),
    /** 400: an uploaded document (lesson, language pack) fails its schema. */
    INVALID_DOCUMENT(HttpStatus.BAD_REQUEST, "invalid-document", "Invalid document"),
    /** 400: the request line or headers cannot be read (bad path encoding, oversized headers). */
    BAD_HTTP(HttpStatus.BAD_REQUEST, "bad-http-request", "Unreadable HTTP request"),
    /** 401. */
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized"),
    /** 403. */
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Forbidden"),
    /** 404: unknown resource, another learner's resource, or an unknown API path. */
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
    /** 405 (with {@code Allow}). */
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    /** 406. */
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),
    /** 409: the request conflicts with the current state. */
    CONFLICT(HttpStatus.CONFLICT, "conflict", "Conflict with the current state"),
    /** 413. */
    TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Upload too large"),
    /** 415: wrong {@code Content-Type}, or an upload that is no recording we can read. */
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    /** 429 (with {@code Retry-After}). */
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests"),
    /** 500 (with an {@code incident} id). */
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error"),
    /** 503 (with {@code Retry-After}): the database or the object store is not answering. */
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service temporarily unavailable");

    private final HttpStatus status;
    private final String slug;
    private final String title;

    ProblemType(HttpStatus status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    /** The type URI, e.g. {@code https://koto.app/problems/not-found}. */
    public URI uri() {
        return URI.create(Problems.TYPE_BASE + slug);
    }

    /** The short title of this kind. */
    public String title() {
        return title;
    }

    /** The HTTP status. */
    public HttpStatus status() {
        return status;
    }

    /** A problem of this kind with a human sentence. */
    public ProblemDetail problem(String detail) {
        return Problems.of(status, slug, title, detail);
    }

    /** The kind Spring's own errors of a status get (400 → invalid-request, 5xx → internal…). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : INVALID_REQUEST;
        };
    }
}
