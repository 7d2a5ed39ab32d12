package com.koto.content;

import java.time.Instant;
import java.util.UUID;

/**
 * An immutable published version of a lesson: what a learner's session is pinned to.
 *
 * @param versionId   id of the {@code lesson_versions} row
 * @param lessonId    the lesson
 * @param version     1, 2, … per lesson
 * @param publishedAt when it was published
 * @param document    the frozen content
 */
public record PublishedLesson(UUID versionId, UUID lessonId, int version, Instant publishedAt,
        LessonDocument document) {

    /** The stage at an index. @throws IndexOutOfBoundsException outside 0..stages-1 */
    public StageDocument stage(int stageIndex) {
        return document.stages().get(stageIndex);
    }

    /** The activity at a position. @throws IndexOutOfBoundsException outside the lesson */
    public ActivityDocument activity(int stageIndex, int activityIndex) {
        return stage(stageIndex).activities().get(activityIndex);
    }
}
