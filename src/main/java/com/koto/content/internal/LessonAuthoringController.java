package com.koto.content.internal;

import com.koto.content.LessonDocument;
import com.koto.content.LessonLibrary;
import com.koto.content.LessonStatus;
import com.koto.content.PublishedLesson;
import com.koto.identity.TokenClaims;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
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
    ResponseEntity<ImportedLesson> importLesson(@RequestBody byte[] file, @AuthenticationPrincipal Jwt jwt) {
        LessonDocument document = documents.read(file);
        UUID id = library.importAsDraft(document, author(jwt));
        return ResponseEntity.created(URI.create("/api/v1/lessons/" + id))
                .body(new ImportedLesson(id, library.draftSlug(id), LessonStatus.DRAFT));
    }

    /** {@code POST /api/v1/lessons/{id}/publish {change_note?}} → the new version number. */
    @PostMapping("/{id}/publish")
    PublishedVersion publish(@PathVariable UUID id, @Valid @RequestBody(required = false) PublishRequest body,
            @AuthenticationPrincipal Jwt jwt) {
        PublishedLesson published = library.publish(id, author(jwt), body == null ? null : body.changeNote());
        return new PublishedVersion(id, published.version(), published.versionId());
    }

    private static String author(Jwt jwt) {
        String username = jwt.getClaimAsString(TokenClaims.USERNAME);
        return username == null ? jwt.getSubject() : username;
    }

    record PublishRequest(@Size(max = 500) String changeNote) {
    }

    /** A lesson file stored as a new draft: its id, its slug (suffixed when taken), {@code draft}. */
    record ImportedLesson(UUID id, String slug, LessonStatus status) {
    }

    /** A draft published: the lesson, its new version number (1, 2, …) and that version's id. */
    record PublishedVersion(UUID id, int version, UUID versionId) {
    }
}
