package com.koto.content;

import java.time.Instant;

/**
 * A published version in a lesson's history.
 *
 * @param version       1, 2, …
 * @param publishedAt   when
 * @param publishedBy   who
 * @param changeNote    what changed, as the publisher wrote it (may be empty)
 * @param stageCount    number of stages
 * @param activityCount number of activities
 */
public record LessonVersionInfo(int version, Instant publishedAt, String publishedBy, String changeNote,
        int stageCount, int activityCount) {
}
