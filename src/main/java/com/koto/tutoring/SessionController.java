package com.koto.tutoring;

import com.koto.identity.TokenClaims;
import com.koto.platform.BadRequestException;
import com.koto.platform.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The learner's session endpoints: {@code /api/v1/sessions…} (bearer token required). */
@RestController
@RequestMapping("/api/v1/sessions")
class SessionController {

    private final LessonOrchestrator orchestrator;
    private final Tutor tutor;

    SessionController(LessonOrchestrator orchestrator, Tutor tutor) {
        this.orchestrator = orchestrator;
        this.tutor = tutor;
    }

    /** {@code POST /sessions {lesson_id, instruction_lang?}} → 201 with {@code current_activity}. */
    @PostMapping
    ResponseEntity<SessionView> start(@Valid @RequestBody StartRequest body, @AuthenticationPrincipal Jwt jwt) {
        String lang = body.instructionLang() != null ? body.instructionLang()
                : jwt.getClaimAsString(TokenClaims.INSTRUCTION_LANG);
        SessionView session = orchestrator.start(learner(jwt), lang == null ? "en" : lang, body.lessonId());
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.id())).body(session);
    }

    /** {@code GET /sessions/{id}}: state, progress and the event log. */
    @GetMapping("/{id}")
    SessionView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return orchestrator.get(learner(jwt), id);
    }

    /**
     * {@code POST /sessions/{id}/events {type:"user_input", text, client_event_id}} →
     * {@code {evaluation, tutor_response, next_activity, session}}.
     */
    @PostMapping("/{id}/events")
    TurnResult event(@PathVariable UUID id, @Valid @RequestBody EventRequest body, @AuthenticationPrincipal Jwt jwt) {
        if (!"user_input".equals(body.type())) {
            throw new BadRequestException("Unknown event type '" + body.type()
                    + "': this endpoint accepts 'user_input'.");
        }
        return tutor.answer(learner(jwt), id, body.text(), body.clientEventId());
    }

    /** {@code POST /sessions/{id}/end}: ends an active session; idempotent. */
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
