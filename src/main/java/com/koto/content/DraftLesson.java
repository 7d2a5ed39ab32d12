package com.koto.content;

import java.time.Instant;
import java.util.UUID;

/**
 * A lesson as authors see it: its status, latest published version and current draft.
 *
 * @param id            lesson id
 * @param slug          stable identifier
 * @param status        {@code draft}, {@code published} or {@code archived}
 * @param latestVersion latest published version number, {@code null} if never published
 * @param updatedAt     last change
 * @param updatedBy     who made it
 * @param draft         the current draft content
 */
public record DraftLesson(UUID id, String slug, String status, Integer latestVersion, Instant updatedAt,
        String updatedBy, LessonDocument draft) {
}
