package com.koto.tutoring.internal;

import com.koto.identity.Accounts;
import com.koto.identity.TokenClaims;
import com.koto.platform.BadRequestException;
import com.koto.platform.PlainText;
import com.koto.tutoring.LessonOrchestrator;
import com.koto.tutoring.SessionView;
import com.koto.tutoring.TurnResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The learner's session endpoints: {@code /api/v1/sessions…} (bearer token required). */
@RestController
@Tag(name = "sessions", description = "Learner sessions and turns")
@RequestMapping("/api/v1/sessions")
class SessionController {

    /** Largest page of {@code GET /sessions}. */
    static final int MAX_PAGE_SIZE = 100;

    private final LessonOrchestrator orchestrator;
    private final Tutor tutor;
    private final Accounts accounts;

    SessionController(LessonOrchestrator orchestrator, Tutor tutor, Accounts accounts) {
        this.orchestrator = orchestrator;
        this.tutor = tutor;
        this.accounts = accounts;
    }

    /**
     * {@code POST /sessions {lesson_id, instruction_lang?}} → 201 with {@code current_activity}. Without
     * {@code instruction_lang} the account's own (as set at registration or by {@code PATCH /me}) is used;
     * 400 when no language pack teaches through it (the problem names the supported languages).
     */
    @Operation(operationId = "startSession", summary = "Start a session on a published lesson")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SessionView> start(@Valid @RequestBody StartRequest body, @AuthenticationPrincipal Jwt jwt) {
        String lang = accounts.sessionLanguage(learner(jwt), body.instructionLang(),
                jwt.getClaimAsString(TokenClaims.INSTRUCTION_LANG));
        SessionView session = orchestrator.start(learner(jwt), lang, body.lessonId());
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.id())).body(session);
    }

    /**
     * {@code GET /sessions?status=&page=&size=}: the caller's own sessions, newest first, without event
     * logs. {@code status} is {@code active}, {@code completed} or {@code ended} (absent: all);
     * {@code page} is 0-based; {@code size} 1–100, default 20. 400 on other values.
     */
    @Operation(operationId = "listSessions", summary = "The learner's own sessions, newest first, paged")
    @GetMapping
    SessionPage list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal Jwt jwt) {
        if (page < 0) {
            throw new BadRequestException("page must be 0 or more; it is 0-based.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("size must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
        return orchestrator.list(learner(jwt), status == null ? null : SessionStatus.parse(status), page, size);
    }

    /** {@code GET /sessions/{id}}: state, progress and the event log. */
    @Operation(operationId = "getSession", summary = "A session with its event log")
    @GetMapping("/{id}")
    SessionView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return orchestrator.get(learner(jwt), id);
    }

    /**
     * {@code POST /sessions/{id}/events {type:"user_input", text, client_event_id}} →
     * {@code {evaluation, tutor_response, next_activity, session}}.
     */
    @Operation(operationId = "answer", summary = "Answer the current activity (one turn)")
    @PostMapping("/{id}/events")
    TurnResult event(@PathVariable UUID id, @Valid @RequestBody EventRequest body, @AuthenticationPrincipal Jwt jwt) {
        if (!"user_input".equals(body.type())) {
            throw new BadRequestException("Unknown event type '" + body.type()
                    + "': this endpoint accepts 'user_input'.");
        }
        return tutor.answer(learner(jwt), id, body.text(), body.clientEventId());
    }

    /** {@code POST /sessions/{id}/end}: ends an active session; idempotent. */
    @Operation(operationId = "endSession", summary = "End a session early")
    @PostMapping("/{id}/end")
    SessionView end(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return orchestrator.end(learner(jwt), id);
    }

    private static UUID learner(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }

    record StartRequest(@NotNull UUID lessonId,
            @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter ISO 639-1 code such as 'id' or 'en'")
            String instructionLang) {
    }

    record EventRequest(@NotBlank String type,
            @NotNull @Size(max = 500, message = "must be at most 500 characters") @PlainText String text,
            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "may contain letters, digits, '.', '_', ':' and '-'")
            String clientEventId) {
    }
}
