package com.koto.content;

import java.util.UUID;

/**
 * Event: a lesson draft was published as a new version.
 *
 * @param lessonId  the lesson
 * @param versionId the new {@code lesson_versions} row
 * @param version   its number
 * @param author    who published
 */
public record LessonPublished(UUID lessonId, UUID versionId, int version, String author) {
}
