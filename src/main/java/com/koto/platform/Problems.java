package com.koto.platform;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details with the project's problem type URIs. */
public final class Problems {

    /** Base of our problem type URIs; each type is documented in docs/api-errors.md. */
    public static final String TYPE_BASE = "https://koto.app/problems/";

    private Problems() {
    }

    /**
     * A problem with a type slug, a title and a human sentence.
     *
     * @param status HTTP status
     * @param slug   e.g. {@code not-found}; becomes {@code https://koto.app/problems/not-found}
     * @param title  short summary of the problem type
     * @param detail a sentence for this occurrence
     */
    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }
}
