package com.koto.content;

import java.time.Instant;
import java.util.UUID;

/**
 * A lesson as authors see it: its status, latest published version and current draft.
 *
 * @param id                 lesson id
 * @param slug               stable identifier
 * @param status             draft, published or archived
 * @param latestVersion      latest published version number, {@code null} if never published
 * @param updatedAt          last change
 * @param updatedBy          who made it
 * @param draft              the current draft content
 * @param revision           the draft's revision: pass it back to {@link LessonLibrary#saveDraft} so that a
 *                           concurrent change by someone else is detected
 * @param unpublishedChanges whether the draft differs from the latest published version
 */
public record DraftLesson(UUID id, String slug, LessonStatus status, Integer latestVersion, Instant updatedAt,
        String updatedBy, LessonDocument draft, int revision, boolean unpublishedChanges) {
}
