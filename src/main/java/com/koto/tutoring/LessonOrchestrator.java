package com.koto.tutoring;

import com.koto.content.ActivityDocument;
import com.koto.content.LearnerActivity;
import com.koto.content.LessonCatalog;
import com.koto.content.LessonDocument;
import com.koto.content.PublishedLesson;
import com.koto.evaluation.Evaluation;
import com.koto.langpack.LangPack;
import com.koto.langpack.LangPacks;
import com.koto.platform.ConflictException;
import com.koto.platform.NotFoundException;
import com.koto.platform.SharedCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a learner through a published lesson: start, turns (input → evaluation → tutor reply →
 * next activity), end. A session is pinned to the lesson version it started on. A failed attempt
 * keeps the learner on the activity; a pass moves on; the last pass completes the session with a
 * total score (the mean over activities of the mean attempt score on each, 0–100). Turns of one
 * session are serialised by a row lock; a repeated {@code client_event_id} replays the first result.
 */
@Service
public class LessonOrchestrator {

    /** How long a session's state stays cached after its last change. */
    static final Duration STATE_TTL = Duration.ofMinutes(30);

    /** What the tutor says after a miss: "Shall we try once more?" (해요체). */
    static final String RETRY_LINE = "다시 한번 해 볼까요?";

    /** The language pack prompt translating {@link #RETRY_LINE}, and its English fallback for older packs. */
    static final String RETRY_LINE_PROMPT = "retry_line";
    static final String RETRY_LINE_FALLBACK = "Shall we try once more?";

    private final SessionRepository sessions;
    private final SessionEventRepository events;
    private final LessonCatalog catalog;
    private final ActivityJudge judge;
    private final LangPacks langPacks;
    private final JsonMapper json;
    private final Clock clock;
    private final SharedCache cache;
    private final ApplicationEventPublisher publisher;

    LessonOrchestrator(SessionRepository sessions, SessionEventRepository events, LessonCatalog catalog,
            ActivityJudge judge, LangPacks langPacks, JsonMapper json, Clock clock, SharedCache cache,
            ApplicationEventPublisher publisher) {
        this.sessions = sessions;
        this.events = events;
        this.catalog = catalog;
        this.judge = judge;
        this.langPacks = langPacks;
        this.json = json;
        this.clock = clock;
        this.cache = cache;
        this.publisher = publisher;
    }

    /**
     * Starts a session on the latest published version of a lesson.
     *
     * @param learnerId       the account
     * @param instructionLang the learner's instruction language
     * @param lessonId        the lesson
     * @throws NotFoundException when the lesson is unknown or not published
     */
    @Transactional
    public SessionView start(UUID learnerId, String instructionLang, UUID lessonId) {
        PublishedLesson lesson = catalog.latest(lessonId)
                .orElseThrow(() -> new NotFoundException("There is no published lesson " + lessonId + "."));
        Instant now = clock.instant();
        LearnerSession session = sessions.save(new LearnerSession(learnerId, lessonId, lesson.versionId(),
                instructionLang, now));
        LangPack pack = langPacks.forInstructionLang(instructionLang);
        String title = LessonDocument.pick(lesson.document().title(), instructionLang);
        Log log = new Log(session.id, 0, now);
        log.add("session_started", null, null, Map.of("lesson_id", lessonId, "lesson_version", lesson.version(),
                "message", pack.prompt("lesson_start", Map.of("lesson", title))), null);
        LearnerActivity first = LearnerActivity.of(lesson, 0, 0, instructionLang);
        log.add("activity", first.key(), null, first, null);
        publisher.publishEvent(new LearningEvent.SessionStarted(session.id, learnerId, 1, lessonId, lesson.versionId(),
                lesson.version(), instructionLang, lesson.document().stages().stream().map(s -> s.key()).toList(), now));
        return snapshot(session, lesson);
    }

    /**
     * One learner input.
     *
     * @param learnerId     the account (another learner's session is "not found")
     * @param sessionId     the session
     * @param text          the answer as typed or transcribed
     * @param clientEventId client's idempotency key, ≤ 64 chars; a repeat returns the first result
     * @param audioId       the voice answer this text was transcribed from, {@code null} for typed input
     * @return the result, flagged when it is a replay of an earlier input
     * @throws NotFoundException for an unknown session or one of another learner
     * @throws ConflictException when the session is no longer active
     */
    @Transactional
    public Turn turn(UUID learnerId, UUID sessionId, String text, String clientEventId, UUID audioId) {
        LearnerSession session = sessions.lockByIdAndLearnerId(sessionId, learnerId)
                .orElseThrow(() -> sessionNotFound(sessionId));
        if (clientEventId != null) {
            Optional<SessionEvent> first = events.findBySessionIdAndClientEventId(sessionId, clientEventId);
            if (first.isPresent()) {
                return new Turn(json.readValue(first.get().response, TurnResult.class), true);
            }
        }
        if (!session.active()) {
            throw new ConflictException("This session is " + session.status + "; start a new session to keep practising.");
        }
        PublishedLesson lesson = catalog.version(session.lessonVersionId);
        ActivityDocument activity = lesson.activity(session.stageIndex, session.activityIndex);
        LangPack pack = langPacks.forInstructionLang(session.instructionLang);
        String lang = session.instructionLang;

        Evaluation evaluation = judge.judge(lesson.stage(session.stageIndex), activity, text, lang,
                lesson.versionId() + "/" + activity.key());
        Instant now = clock.instant();
        session.attempts++;
        session.updatedAt = now;
        int stageIndex = session.stageIndex;
        int attempt = session.attempts;

        TutorResponse reply;
        LearnerActivity next;
        ServerMessage.StageComplete stageComplete = null;
        ServerMessage.SessionComplete sessionComplete = null;
        List<PendingEvent> after = new ArrayList<>();
        if (evaluation.passed()) {
            reply = new TutorResponse(activity.successReply(),
                    LessonDocument.pick(activity.successReplyTranslation(), lang), null, null, null);
            boolean stageDone = session.activityIndex + 1 >= lesson.stage(session.stageIndex).activities().size();
            if (stageDone && session.stageIndex + 1 >= lesson.document().stages().size()) {
                session.status = LearnerSession.COMPLETED;
                session.finishedAt = now;
                next = null;
            } else {
                if (stageDone) {
                    String stageTitle = LessonDocument.pick(lesson.stage(session.stageIndex).title(), lang);
                    stageComplete = new ServerMessage.StageComplete(lesson.stage(session.stageIndex).key(),
                            session.stageIndex, pack.prompt("stage_complete", Map.of("stage", stageTitle)));
                    after.add(new PendingEvent("stage_complete", null, Map.of("stage_key",
                            stageComplete.stageKey(), "message", stageComplete.message())));
                    session.stageIndex++;
                    session.activityIndex = 0;
                } else {
                    session.activityIndex++;
                }
                session.attempts = 0;
                next = LearnerActivity.of(lesson, session.stageIndex, session.activityIndex, lang);
                after.add(new PendingEvent("activity", next.key(), next));
            }
        } else {
            String hint = LessonDocument.pick(activity.hint(), lang);
            reply = new TutorResponse(RETRY_LINE, pack.prompts().getOrDefault(RETRY_LINE_PROMPT, RETRY_LINE_FALLBACK),
                    hint, null, null);
            next = LearnerActivity.of(lesson, session.stageIndex, session.activityIndex, lang);
        }

        if (!session.active()) {
            session.totalScore = (short) totalScore(session.id, activity.key(), evaluation.score());
            sessionComplete = new ServerMessage.SessionComplete(session.status, (int) session.totalScore,
                    pack.prompt("lesson_complete", Map.of("score", String.valueOf(session.totalScore))));
        }
        sessions.saveAndFlush(session);
        TurnResult result = new TurnResult(evaluation, reply, next, null, snapshot(session, lesson), stageComplete,
                sessionComplete);

        // the input carries a copy of its result so that a retried client_event_id replays it
        int inputSeq = events.lastSeq(session.id) + 1;
        Log log = new Log(session.id, inputSeq - 1, now);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("text", text);
        if (audioId != null) {
            input.put("audio_id", audioId);
        }
        log.add("user_input", activity.key(), clientEventId, input, result);
        log.add("evaluation", activity.key(), null, evaluation, null);
        log.add("tutor_response", activity.key(), null, reply, null);
        for (PendingEvent e : after) {
            log.add(e.type(), e.activityKey(), null, e.payload(), null);
        }
        if (!session.active()) {
            log.add("session_complete", null, null, Map.of("total_score", session.totalScore, "message",
                    sessionComplete.message()), null);
        }
        publishTurn(session, stageIndex, lesson.stage(stageIndex).key(), activity.key(), attempt, inputSeq,
                clientEventId, text, audioId, evaluation, log.seq, now);
        return new Turn(result, false);
    }

    /**
     * Ends a session early (or acknowledges the end of a completed one).
     *
     * @throws NotFoundException for an unknown session or one of another learner
     */
    @Transactional
    public SessionView end(UUID learnerId, UUID sessionId) {
        LearnerSession session = sessions.lockByIdAndLearnerId(sessionId, learnerId)
                .orElseThrow(() -> sessionNotFound(sessionId));
        PublishedLesson lesson = catalog.version(session.lessonVersionId);
        if (session.active()) {
            Instant now = clock.instant();
            session.status = LearnerSession.ENDED;
            session.finishedAt = now;
            session.updatedAt = now;
            sessions.saveAndFlush(session);
            Log log = new Log(session.id, events.lastSeq(session.id), now);
            log.add("session_ended", null, null,
                    Map.of("message", langPacks.forInstructionLang(session.instructionLang)
                            .prompt("session_ended", Map.of())), null);
            publisher.publishEvent(new LearningEvent.SessionEnded(session.id, learnerId, log.seq, session.lessonId,
                    session.lessonVersionId, session.startedAt, now));
        }
        return snapshot(session, lesson);
    }

    /**
     * Records that a voice answer could not become a turn (no STT, STT failure), so the session's
     * log shows every input the learner made.
     *
     * @param code machine code, e.g. {@code stt_not_configured}
     */
    @Transactional
    public void recordAudioFailure(UUID sessionId, UUID audioId, String code, String detail) {
        LearnerSession session = sessions.findById(sessionId)
                .orElseThrow(() -> sessionNotFound(sessionId));
        new Log(session.id, events.lastSeq(session.id), clock.instant()).add("audio_failed", null,
                "audio:" + audioId, Map.of("audio_id", audioId, "code", code, "detail", detail), null);
    }

    /**
     * A session with its event log.
     *
     * @throws NotFoundException for an unknown session or one of another learner
     */
    @Transactional(readOnly = true)
    public SessionView get(UUID learnerId, UUID sessionId) {
        LearnerSession session = sessions.findByIdAndLearnerId(sessionId, learnerId)
                .orElseThrow(() -> sessionNotFound(sessionId));
        return view(session, catalog.version(session.lessonVersionId), true);
    }

    /**
     * A learner's own sessions, newest first, without event logs ({@code GET /api/v1/sessions}).
     *
     * @param status {@code null} for all, else {@code active}, {@code completed} or {@code ended}
     * @param page   0-based page number
     * @param size   sessions per page, 1–100
     */
    @Transactional(readOnly = true)
    public SessionPage list(UUID learnerId, SessionStatus status, int page, int size) {
        PageRequest request = PageRequest.of(page, size);
        Page<LearnerSession> rows = status == null
                ? sessions.findByLearnerIdOrderByStartedAtDescIdDesc(learnerId, request)
                : sessions.findByLearnerIdAndStatusOrderByStartedAtDescIdDesc(learnerId, status.wireName(), request);
        List<SessionView> items = rows.getContent().stream()
                .map(s -> view(s, catalog.version(s.lessonVersionId), false)).toList();
        return new SessionPage(items, page, size, rows.getTotalElements(), rows.getTotalPages());
    }

    /**
     * Mean over activities of the mean score of their attempts (0–100, rounded), counting the
     * recorded evaluations plus the current one (not recorded yet).
     */
    private int totalScore(UUID sessionId, String currentActivityKey, int currentScore) {
        Map<String, int[]> perActivity = new LinkedHashMap<>();
        for (SessionEvent e : events.findBySessionIdAndTypeOrderBySeq(sessionId, "evaluation")) {
            int score = json.readTree(e.payload).path("score").asInt();
            int[] acc = perActivity.computeIfAbsent(e.activityKey, k -> new int[2]);
            acc[0] += score;
            acc[1]++;
        }
        int[] current = perActivity.computeIfAbsent(currentActivityKey, k -> new int[2]);
        current[0] += currentScore;
        current[1]++;
        double mean = perActivity.values().stream().mapToDouble(a -> (double) a[0] / a[1]).average().orElse(0);
        return (int) Math.round(mean);
    }

    /**
     * A session's current state without its event log, for reconnects: from the shared cache
     * (Redis when configured) when the last change was cached, else from the database.
     *
     * @throws NotFoundException for an unknown session or one of another learner
     */
    @Transactional(readOnly = true)
    public SessionView state(UUID learnerId, UUID sessionId) {
        Optional<SessionView> cached = cache.get(stateKey(sessionId))
                .map(j -> json.readValue(j, CachedState.class))
                .filter(c -> learnerId.equals(c.learnerId()))
                .map(CachedState::session);
        if (cached.isPresent()) {
            return cached.get();
        }
        LearnerSession session = sessions.findByIdAndLearnerId(sessionId, learnerId)
                .orElseThrow(() -> sessionNotFound(sessionId));
        return snapshot(session, catalog.version(session.lessonVersionId));
    }

    /** The cached form of a session's state: with its owner, so a read can check ownership. */
    record CachedState(UUID learnerId, SessionView session) {
    }

    private static String stateKey(UUID sessionId) {
        return "session-state:" + sessionId;
    }

    /**
     * The session's state without its event log; written to the shared cache once the
     * transaction that produced it has committed.
     */
    private SessionView snapshot(LearnerSession session, PublishedLesson lesson) {
        SessionView view = view(session, lesson, false);
        String state = json.writeValueAsString(new CachedState(session.learnerId, view));
        Runnable put = () -> cache.put(stateKey(session.id), state, STATE_TTL);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    put.run();
                }
            });
        } else {
            put.run();
        }
        return view;
    }

    private SessionView view(LearnerSession session, PublishedLesson lesson, boolean withEvents) {
        LessonDocument doc = lesson.document();
        int total = doc.activityCount();
        int done = 0;
        for (int s = 0; s < session.stageIndex; s++) {
            done += doc.stages().get(s).activities().size();
        }
        done += session.activityIndex;
        if (LearnerSession.COMPLETED.equals(session.status)) {
            done = total;
        }
        SessionView.Progress progress = new SessionView.Progress(done, total, session.stageIndex,
                doc.stages().size(), total == 0 ? 100 : Math.round(100f * done / total));
        LearnerActivity current = session.active()
                ? LearnerActivity.of(lesson, session.stageIndex, session.activityIndex, session.instructionLang)
                : null;
        List<SessionView.EventView> log = withEvents
                ? events.findBySessionIdOrderBySeq(session.id).stream()
                        .map(e -> new SessionView.EventView(e.seq, e.type, e.activityKey, e.clientEventId,
                                json.readTree(e.payload), e.createdAt))
                        .toList()
                : null;
        return new SessionView(session.id, session.lessonId, lesson.version(),
                LessonDocument.pick(doc.title(), session.instructionLang), session.instructionLang, session.status,
                current, progress, session.attempts,
                session.totalScore == null ? null : (int) session.totalScore, session.startedAt,
                session.finishedAt, log);
    }

    private static NotFoundException sessionNotFound(UUID sessionId) {
        return new NotFoundException("There is no session " + sessionId + " for this account.");
    }

    /**
     * A turn's result.
     *
     * @param result   what to send back
     * @param replayed whether it is the stored result of an earlier input with the same client_event_id
     */
    public record Turn(TurnResult result, boolean replayed) {
    }

    /**
     * The {@code lesson_complete} / {@code session_ended} message for a finished session, in the
     * learner's instruction language.
     */
    @Transactional(readOnly = true)
    public String closingMessage(SessionView session) {
        LangPack pack = langPacks.forInstructionLang(session.instructionLang());
        return session.totalScore() != null
                ? pack.prompt("lesson_complete", Map.of("score", String.valueOf(session.totalScore())))
                : pack.prompt("session_ended", Map.of());
    }

    /** Publishes a turn (and the completion it caused) to other modules, inside the turn's transaction. */
    private void publishTurn(LearnerSession session, int stageIndex, String stageKey, String activityKey, int attempt,
            int inputSeq, String clientEventId, String text, UUID audioId, Evaluation evaluation, int lastSeq,
            Instant now) {
        publisher.publishEvent(new LearningEvent.TurnRecorded(session.id, session.learnerId, inputSeq, session.lessonId,
                session.lessonVersionId, session.instructionLang, stageIndex, stageKey, activityKey, attempt,
                clientEventId, text, audioId, evaluation.score(), evaluation.passed(),
                evaluation.errors().stream().map(e -> new LearningEvent.TurnError(e.category(), e.original(),
                        e.correction())).toList(),
                evaluation.source(), evaluation.modelAnswer(), session.stageIndex != stageIndex, !session.active(), now));
        if (LearnerSession.COMPLETED.equals(session.status)) {
            publisher.publishEvent(new LearningEvent.SessionCompleted(session.id, session.learnerId, lastSeq,
                    session.lessonId, session.lessonVersionId, session.totalScore, session.startedAt, now));
        }
    }

    private record PendingEvent(String type, String activityKey, Object payload) {
    }

    /** Appends events with consecutive sequence numbers. */
    private final class Log {
        private final UUID sessionId;
        private final Instant now;
        private int seq;

        Log(UUID sessionId, int lastSeq, Instant now) {
            this.sessionId = sessionId;
            this.seq = lastSeq;
            this.now = now;
        }

        void add(String type, String activityKey, String clientEventId, Object payload, Object response) {
            events.save(new SessionEvent(sessionId, ++seq, type, activityKey, clientEventId,
                    json.writeValueAsString(payload), response == null ? null : json.writeValueAsString(response),
                    now));
        }
    }
}
