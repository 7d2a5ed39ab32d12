package com.koto.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A lesson as a row of the authors' lesson list: what the list shows, without the draft's stages.
 *
 * @param id                 lesson id
 * @param slug               stable identifier
 * @param status             draft, published or archived
 * @param title              the draft's title per language
 * @param level              the draft's CEFR and TOPIK level
 * @param instructionLangs   the draft's instruction languages
 * @param latestVersion      latest published version number, {@code null} if never published
 * @param stageCount         stages in the draft
 * @param activityCount      activities in the draft
 * @param updatedAt          last change
 * @param updatedBy          who made it
 * @param unpublishedChanges whether the draft differs from the latest published version
 */
public record LessonListItem(UUID id, String slug, LessonStatus status, Map<String, String> title,
        LessonDocument.Level level, List<String> instructionLangs, Integer latestVersion, int stageCount,
        int activityCount, Instant updatedAt, String updatedBy, boolean unpublishedChanges) {
}
