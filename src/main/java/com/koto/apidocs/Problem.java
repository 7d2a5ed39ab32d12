package com.koto.apidocs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of every API error ({@code application/problem+json}, RFC 9457) as the platform's
 * problem handler writes it: documentation only (the handler writes Spring's {@code ProblemDetail}).
 *
 * @param type       a stable URI per kind, under {@code https://koto.app/problems/}
 * @param title      short summary of the kind
 * @param status     the HTTP status
 * @param detail     a sentence for people about this occurrence
 * @param instance   the request path
 * @param errors     400 with invalid fields: one entry per field
 * @param retryAfter 429: seconds until a retry may succeed (also in {@code Retry-After})
 * @param incident   500: the id to quote when reporting
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json).")
record Problem(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uri",
                example = "https://koto.app/problems/not-found") String type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Not found") String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "404") int status,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String detail,
        String instance,
        List<FieldError> errors,
        Long retryAfter,
        String incident) {

    /**
     * @param field   the request field, snake_case as sent
     * @param message what is wrong with it
     */
    @Schema(name = "ProblemFieldError")
    record FieldError(String field, String message) {
    }
}
