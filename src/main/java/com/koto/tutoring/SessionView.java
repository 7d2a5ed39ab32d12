package com.koto.tutoring;

import com.koto.content.LearnerActivity;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session as its learner sees it.
 *
 * @param id               session id
 * @param lessonId         the lesson
 * @param lessonVersion    the published version the session is pinned to
 * @param lessonTitle      the lesson's title in the instruction language
 * @param instructionLang  the learner's instruction language
 * @param status           {@code active}, {@code completed} or {@code ended}
 * @param currentActivity  the activity to answer; {@code null} once the session is over
 * @param progress         how far the learner is
 * @param attempts         attempts on the current activity so far
 * @param totalScore       0–100, set when the lesson is completed
 * @param startedAt        start time
 * @param finishedAt       completion or end time, {@code null} while active
 * @param events           the session's event log (only on {@code GET /sessions/{id}}; {@code null} elsewhere)
 */
public record SessionView(UUID id, UUID lessonId, int lessonVersion, String lessonTitle, String instructionLang,
        @Schema(allowableValues = {"active", "completed", "ended"}) String status, LearnerActivity currentActivity, Progress progress, int attempts, Integer totalScore,
        Instant startedAt, Instant finishedAt, List<EventView> events) {

    /**
     * @param completedActivities activities passed
     * @param totalActivities     activities in the lesson
     * @param stageIndex          0-based current stage
     * @param stageCount          stages in the lesson
     * @param percent             0–100
     */
    public record Progress(int completedActivities, int totalActivities, int stageIndex, int stageCount,
            int percent) {
    }

    /**
     * One entry of the session's event log.
     *
     * @param seq           1, 2, … within the session
     * @param type          event type
     * @param activityKey   the activity it concerns, if any
     * @param clientEventId the client's idempotency key (user_input only)
     * @param payload       the event's content
     * @param createdAt     when it was recorded
     */
    public record EventView(int seq, String type, String activityKey, String clientEventId, Object payload,
            Instant createdAt) {
    }
}
