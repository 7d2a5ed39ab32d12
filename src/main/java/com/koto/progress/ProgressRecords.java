package com.koto.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The read shapes of the progress module (JSON snake_case on the wire). Scores are 0–100. */
public final class ProgressRecords {

    private ProgressRecords() {
    }

    /**
     * A learner's totals.
     *
     * @param sessionsStarted    sessions started
     * @param sessionsCompleted  sessions that reached the end of their lesson
     * @param sessionsAbandoned  sessions the learner ended before the end
     * @param turns              evaluated answers
     * @param averageScore       mean evaluation score over all turns, {@code null} before the first turn
     * @param timeOnTaskSeconds  sum over sessions of (last event − first event), seconds
     * @param lastActive         time of the latest event
     * @param weekly             per ISO week (Monday, UTC), oldest first
     * @param lessons            per lesson, most recently active first
     */
    public record LearnerProgress(UUID learnerId, String username, String displayName, String instructionLang,
            int sessionsStarted, int sessionsCompleted, int sessionsAbandoned, int turns, Double averageScore,
            long timeOnTaskSeconds, Instant lastActive, List<WeekScore> weekly, List<LessonProgress> lessons) {
    }

    /** @param averageScore mean turn score of the week */
    public record WeekScore(LocalDate week, int turns, double averageScore) {
    }

    /** @param bestScore best total score of a completed session, {@code null} if none completed */
    public record LessonProgress(UUID lessonId, String lessonTitle, int sessionsStarted, int sessionsCompleted,
            Integer bestScore, Instant lastActive) {
    }

    /**
     * An error category the learner struggles with.
     *
     * @param category  wire name, e.g. {@code particle_missing}
     * @param failures  failed answers with at least one error of this category
     * @param weekly    failures per ISO week (Monday, UTC), oldest first
     * @param examples  the learner's latest wrong answers of this category (≤ 3), newest first
     */
    public record Weakness(String category, int failures, List<WeekCount> weekly, List<Example> examples) {
    }

    /** @param count failed answers in that week */
    public record WeekCount(LocalDate week, int count) {
    }

    /**
     * A wrong answer with its correction.
     *
     * @param eventId         the {@code user_input} entry's seq in its session
     * @param original        the wrong span
     * @param correction      what the span should be
     * @param correctedAnswer the accepted answer closest to the learner's
     */
    public record Example(UUID sessionId, int eventId, String answer, String original, String correction,
            String correctedAnswer, Instant occurredAt) {
    }

    /** One line of the learners grid. */
    public record LearnerRow(UUID learnerId, String username, String displayName, String instructionLang,
            int sessionsStarted, int sessionsCompleted, int sessionsAbandoned, Double averageScore,
            long timeOnTaskSeconds, Instant lastActive) {
    }

    /** Sortable columns of the learners grid. */
    public enum LearnerSort {
        NAME("username"), LANGUAGE("instruction_lang"), LAST_ACTIVE("last_active"), SESSIONS("sessions_started"),
        AVERAGE_SCORE("average_score");

        final String column;

        LearnerSort(String column) {
            this.column = column;
        }
    }

    /**
     * Filter of the learners grid; every part optional.
     *
     * @param name          start of the username or of the display name, case-insensitive
     * @param language      instruction language, exact
     * @param activeSince   last active at or after
     * @param minSessions   at least this many sessions started
     * @param minScore      average score at least
     */
    public record LearnerFilter(String name, String language, Instant activeSince, Integer minSessions,
            Double minScore) {

        /** No filter. */
        public static final LearnerFilter NONE = new LearnerFilter(null, null, null, null, null);
    }

    /** One session in a learner's list. @param averageScore mean turn score, {@code null} without turns */
    public record SessionRow(UUID sessionId, UUID lessonId, String lessonTitle, String status, Instant startedAt,
            Instant lastEventAt, int turns, Double averageScore, Integer totalScore) {
    }

    /**
     * A cohort: learners grouped by (instruction language, region).
     *
     * @param instructionLang of the learners' latest session, {@code "?"} before any
     * @param region          the region their accounts registered in ({@code accounts.region}, e.g.
     *                        {@code "ID"}), {@code null} where none was configured
     * @param averageScore    Σ scores ÷ Σ turns of the group, {@code null} before any turn
     */
    public record Cohort(String instructionLang, String region, int learners, int sessionsStarted,
            int sessionsCompleted, int sessionsAbandoned, Double averageScore) {
    }

    /**
     * Analytics of one published version of a lesson.
     *
     * @param funnel     sessions that reached each stage, then completed
     * @param activities hardest first (lowest first-try pass rate)
     */
    public record VersionAnalytics(UUID lessonVersionId, int version, int started, int completed, int abandoned,
            List<FunnelStep> funnel, List<ActivityStats> activities) {
    }

    /** @param label stage title (or "completed"), @param sessions sessions that got there */
    public record FunnelStep(String key, String label, int sessions) {
    }

    /**
     * @param attempts        evaluated answers
     * @param firstTries      sessions that answered it at least once
     * @param firstTryPassRate share of those that passed on the first attempt, 0–1 ({@code null} with no tries)
     * @param meanAttempts    mean attempt number on which it was passed ({@code null} if never passed)
     * @param meanScore       mean score over all attempts
     * @param topFailing      most frequent failing answers (normalised), flagged first
     */
    public record ActivityStats(String activityKey, String stageKey, String type, int attempts, int firstTries,
            Double firstTryPassRate, Double meanAttempts, Double meanScore, List<ReviewItem> topFailing) {
    }

    /**
     * A failing answer in the review queue.
     *
     * @param normalized the answer, normalised (the key)
     * @param example    one answer as typed
     * @param failures   how often it failed
     * @param reports    how many learners flagged it "should be accepted"
     * @param status     {@code open}, {@code accepted} or {@code dismissed}
     */
    public record ReviewItem(UUID lessonId, String activityKey, String normalized, String example, int failures,
            int reports, String status) {
    }

    /**
     * A learner's flag on a turn.
     *
     * @param eventId the {@code user_input} entry's seq
     * @param created whether this call created it (false: it existed)
     */
    public record Report(UUID sessionId, int eventId, String activityKey, String answer, Instant reportedAt,
            boolean created) {
    }

    /** @param lessons lessons the signed-in staff member may analyse, by slug */
    public record AnalysableLesson(UUID lessonId, String slug, String title) {
    }
}
