package com.koto.tutoring.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A {@code sessions} row as the turn path reads and writes it (through {@link SessionStore}, plain
 * JDBC): immutable, so a turn computes the row after it as a new value.
 *
 * @param lastSeq     sequence number of the session's last event (0 before the first); the next
 *                    events take {@code lastSeq + 1 …} under the row lock, with no read of
 *                    {@code session_events}
 * @param lockVersion bumped by every write
 */
public record SessionRow(UUID id, UUID learnerId, UUID lessonId, UUID lessonVersionId, String instructionLang,
        SessionStatus status, int stageIndex, int activityIndex, int attempts, Integer totalScore, Instant startedAt,
        Instant updatedAt, Instant finishedAt, int lastSeq, long lockVersion) {

    /** A new session at its first activity. */
    public static SessionRow started(UUID learnerId, UUID lessonId, UUID lessonVersionId, String instructionLang,
            Instant now) {
        return new SessionRow(UUID.randomUUID(), learnerId, lessonId, lessonVersionId, instructionLang, SessionStatus.ACTIVE, 0, 0,
                0, null, now, now, null, 0, 0);
    }

    public boolean active() {
        return status == SessionStatus.ACTIVE;
    }

    /** Whether this row and {@code other} ask the same question: same activity, same attempt. */
    public boolean samePlace(SessionRow other) {
        return status == other.status && stageIndex == other.stageIndex && activityIndex == other.activityIndex
                && attempts == other.attempts && lessonVersionId.equals(other.lessonVersionId);
    }

    public SessionRow at(SessionStatus status, int stageIndex, int activityIndex, int attempts, Integer totalScore, Instant now,
            Instant finishedAt) {
        return new SessionRow(id, learnerId, lessonId, lessonVersionId, instructionLang, status, stageIndex,
                activityIndex, attempts, totalScore, startedAt, now, finishedAt, lastSeq, lockVersion);
    }

    public SessionRow withLastSeq(int seq) {
        return new SessionRow(id, learnerId, lessonId, lessonVersionId, instructionLang, status, stageIndex,
                activityIndex, attempts, totalScore, startedAt, updatedAt, finishedAt, seq, lockVersion);
    }
}
