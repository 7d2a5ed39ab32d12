package com.koto.content;

import com.koto.identity.TokenClaims;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Authoring over the API for teachers and admins (tools, CI imports): import a lesson file as a
 * draft, publish a draft. Learners get 403.
 */
@RestController
@RequestMapping("/api/v1/lessons")
@PreAuthorize("hasAnyRole('TEACHER', 'ADMIN')")
class LessonAuthoringController {

    private final LessonLibrary library;
    private final LessonDocuments documents = new LessonDocuments();

    LessonAuthoringController(LessonLibrary library) {
        this.library = library;
    }

    /** {@code POST /api/v1/lessons} with a lesson file as body → 201 {@code {id, slug, status}}; 400 lists every problem. */
    @PostMapping(consumes = "application/json")
    ResponseEntity<Map<String, Object>> importLesson(@RequestBody byte[] file, @AuthenticationPrincipal Jwt jwt) {
        LessonDocument document = documents.read(file);
        UUID id = library.importAsDraft(document, author(jwt));
        return ResponseEntity.created(URI.create("/api/v1/lessons/" + id))
                .body(Map.of("id", id, "slug", library.draftSlug(id), "status", "draft"));
    }

    /** {@code POST /api/v1/lessons/{id}/publish {change_note?}} → the new version number. */
    @PostMapping("/{id}/publish")
    Map<String, Object> publish(@PathVariable UUID id, @Valid @RequestBody(required = false) PublishRequest body,
            @AuthenticationPrincipal Jwt jwt) {
        PublishedLesson published = library.publish(id, author(jwt), body == null ? null : body.changeNote());
        return Map.of("id", id, "version", published.version(), "version_id", published.versionId());
    }

    private static String author(Jwt jwt) {
        String username = jwt.getClaimAsString(TokenClaims.USERNAME);
        return username == null ? jwt.getSubject() : username;
    }

    record PublishRequest(@Size(max = 500) String changeNote) {
    }
}
