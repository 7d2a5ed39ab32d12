package com.koto.tutoring;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.EvaluationSource;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happened in a learner's session, published by {@link LessonOrchestrator} inside the
 * transaction that records it in {@code session_events}. A listener that needs the event after a
 * crash stores it in that transaction: with {@code @ApplicationModuleListener} (Spring Modulith's
 * event publication registry) or, as progress does, in an inbox of its own written by a synchronous
 * listener. Listeners must be idempotent (an event may arrive again) and must not assume order
 * across sessions: {@link #eventSeq()} is the position in the session's log.
 */
public sealed interface LearningEvent {

    /** The session. */
    UUID sessionId();

    /** Its learner (an account id). */
    UUID learnerId();

    /** The lesson. */
    UUID lessonId();

    /** The published lesson version the session plays. */
    UUID lessonVersionId();

    /** Position of the event's entry in the session's log ({@code session_events.seq}, from 1). */
    int eventSeq();

    /** When it happened (the injected clock). */
    Instant occurredAt();

    /**
     * A session started.
     *
     * @param lessonVersion   published version number (1, 2, …)
     * @param instructionLang the learner's instruction language, e.g. {@code en}
     * @param stageKeys       the version's stage keys in order (for funnels)
     */
    record SessionStarted(UUID sessionId, UUID learnerId, int eventSeq, UUID lessonId, UUID lessonVersionId,
            int lessonVersion, String instructionLang, List<String> stageKeys, Instant occurredAt)
            implements LearningEvent {
    }

    /**
     * One evaluated learner input (a typed or transcribed answer).
     *
     * @param eventSeq         seq of the {@code user_input} entry (the {@code event_id} of the REST API)
     * @param stageIndex       0-based stage the activity is in
     * @param attempt          1 for the first try on this activity in this session, 2, …
     * @param clientEventId    the client's idempotency key, may be {@code null}
     * @param answer           the answer as typed or transcribed
     * @param audioId          the voice answer it came from, {@code null} for typed input
     * @param score            0–100
     * @param errors           located errors (may be non-empty on a pass: notes)
     * @param modelAnswer      the accepted answer closest to the learner's
     * @param stageCompleted   this pass finished its stage and the session moved to the next one
     * @param sessionCompleted this pass finished the lesson
     */
    record TurnRecorded(UUID sessionId, UUID learnerId, int eventSeq, UUID lessonId, UUID lessonVersionId,
            String instructionLang, int stageIndex, String stageKey, String activityKey, int attempt,
            String clientEventId, String answer, UUID audioId, int score, boolean passed, List<TurnError> errors,
            EvaluationSource evaluationSource, String modelAnswer, boolean stageCompleted, boolean sessionCompleted,
            Instant occurredAt) implements LearningEvent {

        public TurnRecorded {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }
    }

    /**
     * One error of a turn.
     *
     * @param original   the wrong span of the answer (may be empty for a missing element)
     * @param correction what it should be
     */
    record TurnError(ErrorCategory category, String original, String correction) {
    }

    /**
     * The lesson was completed.
     *
     * @param totalScore 0–100, the mean over activities of the mean attempt score on each
     */
    record SessionCompleted(UUID sessionId, UUID learnerId, int eventSeq, UUID lessonId, UUID lessonVersionId,
            int totalScore, Instant startedAt, Instant occurredAt) implements LearningEvent {
    }

    /** The learner ended the session before completing it (abandoned). */
    record SessionEnded(UUID sessionId, UUID learnerId, int eventSeq, UUID lessonId, UUID lessonVersionId,
            Instant startedAt, Instant occurredAt) implements LearningEvent {
    }
}
