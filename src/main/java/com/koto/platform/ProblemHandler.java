package com.koto.platform;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.PropertyNamingStrategy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every API error into RFC 9457 {@code application/problem+json} with a human {@code detail}
 * and a stable {@code type} per kind (see {@link ProblemType}); never a stack trace and never the text
 * of an exception we did not write for the client. Unexpected exceptions are logged with an
 * incident id that the 500 problem carries; a database outage is 503 with {@code Retry-After}.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final JsonMapper json;

    /** @param json the application's mapper: invalid fields are named as its naming strategy writes them */
    ProblemHandler(JsonMapper json) {
        this.json = json;
    }

    /** A Java property path ({@code lessonId}, {@code items[0].lessonId}) as the API spells it. */
    private String wireName(String field) {
        PropertyNamingStrategy naming = json.serializationConfig().getPropertyNamingStrategy();
        // the strategies of PropertyNamingStrategies translate the name alone (no member needed)
        return naming == null ? field : naming.nameForField(json.serializationConfig(), null, field);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemType.NOT_FOUND.problem(e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemType.CONFLICT.problem(e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return ProblemType.INVALID_REQUEST.problem(e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String value = String.valueOf(e.getValue());
        String shown = PlainText.Validator.firstProblem(value) == null && value.length() <= 80 ? "'" + value + "'" : "given";
        return ProblemType.INVALID_REQUEST.problem("The value " + shown + " is not valid for '" + e.getName()
                + "'" + (e.getRequiredType() == java.util.UUID.class ? ": it must be a UUID." : "."));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<String> errors = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
        ProblemDetail problem = ProblemType.INVALID_REQUEST.problem(
                "Some fields are invalid: " + String.join("; ", errors) + ".");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(InvalidDocumentException.class)
    ProblemDetail invalidDocument(InvalidDocumentException e) {
        ProblemDetail problem = ProblemType.INVALID_DOCUMENT.problem(e.getMessage());
        problem.setProperty("errors", e.violations());
        return problem;
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        ProblemDetail problem = ProblemType.RATE_LIMITED.problem(e.getMessage());
        problem.setProperty("retry_after", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return ProblemType.FORBIDDEN.problem("Your account's role does not allow this request.");
    }

    @ExceptionHandler(UnauthorizedException.class)
    ProblemDetail unauthorized(UnauthorizedException e) {
        return ProblemType.UNAUTHORIZED.problem(e.getMessage());
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return ProblemType.UNAUTHORIZED.problem(e instanceof org.springframework.security.authentication.BadCredentialsException
                ? "Wrong username or password." : "The credentials or the access token are invalid: log in again.");
    }

    /** A multipart body without a boundary, cut short, or otherwise unreadable (not the size limit). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail badMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge);
        }
        return ProblemType.INVALID_MULTIPART.problem("The upload is not a complete multipart/form-data body "
                + "(missing boundary, or the body was cut short): send the recording as the part 'audio'.");
    }

    @ExceptionHandler(DependencyUnavailableException.class)
    ResponseEntity<ProblemDetail> dependencyUnavailable(DependencyUnavailableException e) {
        log.warn("{} unavailable: {}", e.dependency(), e.toString());
        return unavailable("The service cannot reach " + e.dependency() + " right now; nothing was stored. Try again in "
                + ServiceUnavailable.RETRY_AFTER_SECONDS + " seconds.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (ServiceUnavailable.isDatabaseOutage(e)) {
            log.warn("Database unavailable: {}", e.toString());
            return unavailable("The service cannot reach its database right now; nothing was changed. Try again in "
                    + ServiceUnavailable.RETRY_AFTER_SECONDS + " seconds.");
        }
        String incident = Long.toString(System.nanoTime(), 36);
        log.error("Unexpected error (incident {})", incident, e);
        ProblemDetail problem = ProblemType.INTERNAL.problem("Something went wrong on our side (incident "
                + incident + "). The request may not have been completed: retry it (an answer retried with "
                + "the same client_event_id never counts twice), and quote the incident if it keeps failing.");
        problem.setProperty("incident", incident);
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** 503 with {@code Retry-After}: the database or another dependency is not answering. */
    static ResponseEntity<ProblemDetail> unavailable(String sentence) {
        ProblemDetail problem = ProblemType.UNAVAILABLE.problem(sentence);
        problem.setProperty("retry_after", ServiceUnavailable.RETRY_AFTER_SECONDS);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(ServiceUnavailable.RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", wireName(f.getField()),
                        "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        String sentence = errors.stream().map(m -> m.get("field") + " " + m.get("message")).sorted()
                .reduce((a, b) -> a + "; " + b).orElse("the request body is invalid");
        ProblemDetail problem = ProblemType.INVALID_REQUEST.problem("Some fields are invalid: " + sentence + ".");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(tooLarge(ex));
    }

    private static ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
        return ProblemType.TOO_LARGE.problem("The upload is larger than the "
                + (ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() + "-byte " : "") + "limit; nothing was stored.");
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemType.INVALID_MULTIPART.problem("The multipart body has no part named '"
                        + ex.getRequestPartName() + "': send the recording as that part."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemType.MALFORMED_JSON.problem("The request body is missing, is not valid UTF-8 JSON, "
                        + "or a field has the wrong type (for example text where a UUID or a list is expected)."));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Spring's own problems (405, 415, 406, 404 no handler, 400 missing parameter…) have no type of
        // ours (null or about:blank): give them the stable type of their status and a title
        if (body instanceof ProblemDetail problem) {
            URI type = problem.getType();
            if (type == null || "about:blank".equals(type.toString())) {
                ProblemType kind = ProblemType.forStatus(statusCode.value());
                problem.setType(kind.uri());
                problem.setTitle(kind.title());
                if (statusCode.is5xxServerError()) {
                    problem.setDetail(ProblemType.INTERNAL.title() + ": the request could not be completed.");
                }
            }
            if (problem.getDetail() == null || problem.getDetail().isBlank()) {
                problem.setDetail(problem.getTitle() + ".");
            }
            HttpHeaders withType = new HttpHeaders();
            withType.addAll(headers);
            withType.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            headers = withType;
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
