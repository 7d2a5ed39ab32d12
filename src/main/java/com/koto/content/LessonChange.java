package com.koto.content;

import jakarta.persistence.EnumeratedValue;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A recorded change of a lesson: who did what, when.
 *
 * @param lessonId the lesson
 * @param slug     its slug (now)
 * @param at       when
 * @param author   username
 * @param action   what kind of change
 * @param note     the change note of a publish, the source of an import or duplicate; may be {@code null}
 * @param details  for edits, restores and discards: what changed in the draft
 */
public record LessonChange(UUID lessonId, String slug, Instant at, String author, Action action, String note,
        List<LessonDiff.Change> details) {

    /** Kinds of change, stored in {@code lesson_changes.action} in lower case ({@code edited}). */
    public enum Action {
        CREATED, IMPORTED, DUPLICATED, EDITED, PUBLISHED, RESTORED, DISCARDED, ARCHIVED, UNARCHIVED;

        @EnumeratedValue
        private final String code = name().toLowerCase(Locale.ROOT);
    }
}
