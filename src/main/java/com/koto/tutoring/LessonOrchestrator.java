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
import com.koto.tutoring.internal.ActivityJudge;
import com.koto.tutoring.internal.AudioFile;
import com.koto.tutoring.internal.LessonScore;
import com.koto.tutoring.internal.SessionEventPayloads;
import com.koto.tutoring.internal.SessionEventRepository;
import com.koto.tutoring.internal.SessionEventType;
import com.koto.tutoring.internal.SessionPage;
import com.koto.tutoring.internal.SessionRow;
import com.koto.tutoring.internal.SessionStatus;
import com.koto.tutoring.internal.SessionStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a learner through a published lesson: start, turns (input → evaluation → tutor reply →
 * next activity), end. A session is pinned to the lesson version it started on. A failed attempt
 * keeps the learner on the activity; a pass moves on; the last pass completes the session with a
 * total score (the mean over activities of the mean attempt score on each, 0–100).
 *
 * <p>A turn judges the answer <em>outside</em> any transaction (a model evaluator may take its
 * whole time budget; no pooled connection is held meanwhile) and computes the turn (next state,
 * result, serialised events), then writes it in one short transaction: one statement that updates
 * the session row only if its {@code lock_version} is still the one judged, and appends the events;
 * if the row moved on, the row is locked and the session checked to still ask the same question
 * (same activity, same attempt; else the answer is judged again against what it asks now). Turns of
 * one session are therefore serialised by the row lock and numbered from {@code sessions.last_seq}; a repeated
 * {@code client_event_id} replays the first result. PostgreSQL is the only source of a session's
 * state: nothing is cached between turns.
 */
@Service
public class LessonOrchestrator {

    /** What the tutor says after a miss: "Shall we try once more?" (해요체). */
    public static final String RETRY_LINE = "다시 한번 해 볼까요?";

    /** The language pack prompt translating {@link #RETRY_LINE}, and its English fallback for older packs. */
    static final String RETRY_LINE_PROMPT = "retry_line";
    static final String RETRY_LINE_FALLBACK = "Shall we try once more?";

    /**
     * Rounds of judge-then-lock before a turn judges under the lock (only when other turns of the
     * same session keep moving it on meanwhile: two devices answering at once).
     */
    static final int OPTIMISTIC_ROUNDS = 3;

    private final SessionStore store;
    private final SessionEventRepository events;
    private final LessonCatalog catalog;
    private final ActivityJudge judge;
    private final LangPacks langPacks;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Counter rejudged;
    private final ApplicationEventPublisher publisher;

    LessonOrchestrator(SessionStore store, SessionEventRepository events, LessonCatalog catalog, ActivityJudge judge,
            LangPacks langPacks, JsonMapper json, Clock clock, TransactionTemplate tx, MeterRegistry meters,
            ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.store = store;
        this.events = events;
        this.catalog = catalog;
        this.judge = judge;
        this.langPacks = langPacks;
        this.json = json;
        this.clock = clock;
        this.tx = tx;
        this.rejudged = Counter.builder("koto.turn.rejudged")
                .description("Turns judged again because another turn of the session moved it on meanwhile")
                .register(meters);
    }

    /**
     * Starts a session on the latest published version of a lesson (one INSERT statement for the
     * session and its first two events).
     *
     * @param learnerId       the account
     * @param instructionLang the learner's instruction language
     * @param lessonId        the lesson
     * @throws NotFoundException when the lesson is unknown or not published
     */
    public SessionView start(UUID learnerId, String instructionLang, UUID lessonId) {
        PublishedLesson lesson = catalog.latest(lessonId)
                .orElseThrow(() -> new NotFoundException("There is no published lesson " + lessonId + "."));
        Instant now = clock.instant();
        SessionRow session = SessionRow.started(learnerId, lessonId, lesson.versionId(), instructionLang, now);
        LangPack pack = langPacks.forInstructionLang(instructionLang);
        String title = LessonDocument.pick(lesson.document().title(), instructionLang);
        List<SessionStore.NewEvent> log = new ArrayList<>();
        log.add(event(SessionEventType.SESSION_STARTED, null, null, new SessionEventPayloads.SessionStarted(lessonId,
                lesson.version(), pack.prompt("lesson_start", Map.of("lesson", title))), null));
        LearnerActivity first = LearnerActivity.of(lesson, 0, 0, instructionLang);
        log.add(event(SessionEventType.ACTIVITY, first.key(), null, first, null));
        tx.executeWithoutResult(s -> {
            store.create(session, log, now);
            // published inside the transaction: the event publication registry stores it with the session
            publisher.publishEvent(new LearningEvent.SessionStarted(session.id(), learnerId, 1, lessonId,
                    lesson.versionId(), lesson.version(), instructionLang,
                    lesson.document().stages().stream().map(st -> st.key()).toList(), now));
        });
        return view(session.withLastSeq(log.size()), lesson, false);
    }

    /**
     * One learner input. Database work: one read (session + earlier result of the
     * client_event_id) before judging; after judging and computing the turn, one transaction of
     * one statement (the session, the events and a voice answer's status, written only if the
     * session row is unchanged since the read) and the commit; plus one read of the recorded
     * scores on the turn that completes the lesson. When another write reached the session
     * meanwhile: the row is locked, the client_event_id looked up again, and the answer judged
     * again if the session moved on.
     *
     * @param learnerId     the account (another learner's session is "not found")
     * @param sessionId     the session
     * @param text          the answer as typed or transcribed
     * @param clientEventId client's idempotency key, ≤ 64 chars; a repeat returns the first result
     * @param audioId       the voice answer this text was transcribed from, {@code null} for typed
     *                      input; its {@code audio_files} row becomes {@code done} in the turn's
     *                      transaction
     * @return the result, flagged when it is a replay of an earlier input
     * @throws NotFoundException for an unknown session or one of another learner
     * @throws ConflictException when the session is no longer active, or the client_event_id
     *                           belongs to a voice answer that failed
     */
    public Turn turn(UUID learnerId, UUID sessionId, String text, String clientEventId, UUID audioId) {
        SessionStore.Read seen = store.read(sessionId, learnerId, clientEventId, false)
                .orElseThrow(() -> sessionNotFound(sessionId));
        if (seen.priorExists()) {
            return replay(seen);
        }
        requireActive(seen.row());
        // judged and planned (events as JSON, the row after, the result) with no connection held
        Planned plan = plan(judge(seen.row(), text), text, clientEventId, audioId);
        for (int round = 1; ; round++) {
            Planned asked = plan;
            boolean underLock = round > OPTIMISTIC_ROUNDS;
            Attempt attempt = tx.execute(s -> write(learnerId, sessionId, asked, underLock));
            if (attempt.turn() != null) {
                return attempt.turn();
            }
            rejudged.increment();
            plan = plan(judge(attempt.movedTo(), text), text, clientEventId, audioId);
        }
    }

    /** The judgement of an answer against the question a session row asks. */
    private record Judged(SessionRow row, PublishedLesson lesson, ActivityDocument activity, Evaluation evaluation) {
    }

    /**
     * A turn computed from the row it was judged against: valid to write as is while the locked row
     * still has the same {@code lock_version} (every write bumps it, so the row is then identical).
     */
    private record Planned(Judged judged, SessionRow changed, List<SessionStore.NewEvent> log, TurnResult result,
            String text, String clientEventId, UUID audioId, Instant now) {
    }

    /** A write attempt: the turn, or the row that moved on since the answer was judged. */
    private record Attempt(Turn turn, SessionRow movedTo) {
    }

    private Judged judge(SessionRow row, String text) {
        PublishedLesson lesson = catalog.version(row.lessonVersionId());
        ActivityDocument activity = lesson.activity(row.stageIndex(), row.activityIndex());
        Evaluation evaluation = judge.judge(lesson.stage(row.stageIndex()), activity, text, row.instructionLang(),
                lesson.versionId() + "/" + activity.key());
        return new Judged(row, lesson, activity, evaluation);
    }

    /**
     * Inside the turn's transaction: write the plan with one statement if the row is unchanged since
     * it was judged (the usual case: the row lock is held only from that statement to the commit);
     * else lock the row, check for a copy of this input, and whether the session still asks the
     * same question.
     */
    private Attempt write(UUID learnerId, UUID sessionId, Planned plan, boolean judgeUnderLock) {
        // the usual case, one statement: written if the row is still the one judged (same lock_version)
        SessionRow before = plan.judged().row();
        Optional<SessionRow> written = store.tryAppend(before, plan.changed(), plan.log(), plan.now(),
                audioOutcome(plan));
        if (written.isPresent()) {
            return published(before, written.get(), plan);
        }
        // written meanwhile (by another device, or a copy of this input): look under the lock
        SessionRow session = store.read(sessionId, learnerId, null, true)
                .orElseThrow(() -> sessionNotFound(sessionId)).row();
        String clientEventId = plan.clientEventId();
        if (clientEventId != null) {
            // the session was written since the answer was judged (every append bumps lock_version):
            // perhaps by a copy of this very input; a statement of its own sees what committed meanwhile
            Optional<Optional<String>> prior = store.prior(sessionId, clientEventId);
            if (prior.isPresent()) {
                return new Attempt(replay(new SessionStore.Read(session, true, prior.get().orElse(null))), null);
            }
        }
        requireActive(session);
        Judged judged = plan.judged();
        if (!session.samePlace(judged.row())) {
            if (!judgeUnderLock) {
                return new Attempt(null, session);
            }
            rejudged.increment();
            judged = judge(session, plan.text());
        } else {
            // same question, other row (e.g. a voice answer's failure was logged): the same judgement
            judged = new Judged(session, judged.lesson(), judged.activity(), judged.evaluation());
        }
        return commit(session, plan(judged, plan.text(), clientEventId, plan.audioId()));
    }

    /** Writes a plan made from {@code session} (as locked) and publishes its learning events. */
    private Attempt commit(SessionRow session, Planned plan) {
        return published(session, store.append(session, plan.changed(), plan.log(), plan.now(), audioOutcome(plan)),
                plan);
    }

    private static SessionStore.AudioOutcome audioOutcome(Planned plan) {
        return plan.audioId() == null ? null
                : new SessionStore.AudioOutcome(plan.audioId(), AudioFile.DONE, plan.text(), null);
    }

    /** Publishes a written plan's learning events (in the turn's transaction) and returns its turn. */
    private Attempt published(SessionRow before, SessionRow written, Planned plan) {
        Judged judged = plan.judged();
        publishTurn(before, written, judged.lesson(), judged.activity().key(), plan.clientEventId(), plan.text(),
                plan.audioId(), judged.evaluation(), plan.now());
        return new Attempt(new Turn(plan.result(), false), null);
    }

    /**
     * Computes a turn from the row it was judged against: the next state, the result and the
     * events (serialised). Reads the database only on the turn that completes the lesson (the
     * recorded scores, for the total).
     */
    private Planned plan(Judged judged, String text, String clientEventId, UUID audioId) {
        SessionRow session = judged.row();
        PublishedLesson lesson = judged.lesson();
        ActivityDocument activity = judged.activity();
        Evaluation evaluation = judged.evaluation();
        LangPack pack = langPacks.forInstructionLang(session.instructionLang());
        String lang = session.instructionLang();
        Instant now = clock.instant();

        SessionStatus status = session.status();
        int stage = session.stageIndex();
        int index = session.activityIndex();
        int attempts = session.attempts() + 1;
        Instant finishedAt = null;
        TutorResponse reply;
        LearnerActivity next;
        ServerMessage.StageComplete stageComplete = null;
        ServerMessage.SessionComplete sessionComplete = null;
        List<SessionStore.NewEvent> after = new ArrayList<>();
        if (evaluation.passed()) {
            reply = new TutorResponse(activity.successReply(),
                    LessonDocument.pick(activity.successReplyTranslation(), lang), null, null, null);
            boolean stageDone = index + 1 >= lesson.stage(stage).activities().size();
            if (stageDone && stage + 1 >= lesson.document().stages().size()) {
                status = SessionStatus.COMPLETED;
                finishedAt = now;
                next = null;
            } else {
                if (stageDone) {
                    String stageTitle = LessonDocument.pick(lesson.stage(stage).title(), lang);
                    stageComplete = new ServerMessage.StageComplete(lesson.stage(stage).key(), stage,
                            pack.prompt("stage_complete", Map.of("stage", stageTitle)));
                    after.add(event(SessionEventType.STAGE_COMPLETE, null, null, new SessionEventPayloads.StageComplete(
                            stageComplete.stageKey(), stageComplete.message()), null));
                    stage++;
                    index = 0;
                } else {
                    index++;
                }
                attempts = 0;
                next = LearnerActivity.of(lesson, stage, index, lang);
                after.add(event(SessionEventType.ACTIVITY, next.key(), null, next, null));
            }
        } else {
            String hint = LessonDocument.pick(activity.hint(), lang);
            reply = new TutorResponse(RETRY_LINE, pack.prompts().getOrDefault(RETRY_LINE_PROMPT, RETRY_LINE_FALLBACK),
                    hint, null, null);
            next = LearnerActivity.of(lesson, stage, index, lang);
        }
        Integer totalScore = status == SessionStatus.COMPLETED
                ? totalScore(session.id(), activity.key(), evaluation.score()) : null;
        SessionRow changed = session.at(status, stage, index, attempts, totalScore, now, finishedAt);
        if (!changed.active()) {
            sessionComplete = new ServerMessage.SessionComplete(status.wireName(), totalScore,
                    pack.prompt("lesson_complete", Map.of("score", String.valueOf(totalScore))));
        }

        List<SessionStore.NewEvent> log = new ArrayList<>();
        int eventCount = 3 + after.size() + (changed.active() ? 0 : 1);
        TurnResult result = new TurnResult(evaluation, reply, next, null,
                view(changed.withLastSeq(session.lastSeq() + eventCount), lesson, false), stageComplete,
                sessionComplete);
        // the input carries a copy of its result so that a retried client_event_id replays it
        log.add(event(SessionEventType.USER_INPUT, activity.key(), clientEventId,
                new SessionEventPayloads.UserInput(text, audioId), result));
        log.add(event(SessionEventType.EVALUATION, activity.key(), null, evaluation, null));
        log.add(event(SessionEventType.TUTOR_RESPONSE, activity.key(), null, reply, null));
        log.addAll(after);
        if (!changed.active()) {
            log.add(event(SessionEventType.SESSION_COMPLETE, null, null,
                    new SessionEventPayloads.SessionComplete(totalScore, sessionComplete.message()), null));
        }
        return new Planned(judged, changed, log, result, text, clientEventId, audioId, now);
    }

    /**
     * Publishes a turn (and the completion it caused) to other modules, inside the turn's
     * transaction.
     *
     * @param before  the session as locked
     * @param written the session as written by the turn
     */
    private void publishTurn(SessionRow before, SessionRow written, PublishedLesson lesson, String activityKey,
            String clientEventId, String text, UUID audioId, Evaluation evaluation, Instant now) {
        int stageIndex = before.stageIndex();
        publisher.publishEvent(new LearningEvent.TurnRecorded(before.id(), before.learnerId(), before.lastSeq() + 1,
                before.lessonId(), before.lessonVersionId(), before.instructionLang(), stageIndex,
                lesson.stage(stageIndex).key(), activityKey, before.attempts() + 1, clientEventId, text, audioId,
                evaluation.score(), evaluation.passed(),
                evaluation.errors().stream().map(e -> new LearningEvent.TurnError(e.category(), e.original(),
                        e.correction())).toList(),
                evaluation.source(), evaluation.modelAnswer(), written.stageIndex() != stageIndex, !written.active(),
                now));
        if (written.status() == SessionStatus.COMPLETED) {
            publisher.publishEvent(new LearningEvent.SessionCompleted(written.id(), written.learnerId(),
                    written.lastSeq(), written.lessonId(), written.lessonVersionId(), written.totalScore(),
                    written.startedAt(), now));
        }
    }

    private Turn replay(SessionStore.Read read) {
        if (read.priorResponse() == null) {
            throw new ConflictException("This answer was recorded already and could not be evaluated; "
                    + "send it again with a new client_event_id.");
        }
        return new Turn(json.readValue(read.priorResponse(), TurnResult.class), true);
    }

    private static void requireActive(SessionRow session) {
        if (!session.active()) {
            throw new ConflictException("This session is " + session.status().wireName()
                    + "; start a new session to keep practising.");
        }
    }

    /**
     * Ends a session early (or acknowledges the end of a completed one).
     *
     * @throws NotFoundException for an unknown session or one of another learner
     */
    public SessionView end(UUID learnerId, UUID sessionId) {
        return tx.execute(s -> {
            SessionRow session = store.read(sessionId, learnerId, null, true)
                    .orElseThrow(() -> sessionNotFound(sessionId)).row();
            PublishedLesson lesson = catalog.version(session.lessonVersionId());
            if (session.active()) {
                Instant now = clock.instant();
                session = store.append(session, session.at(SessionStatus.ENDED, session.stageIndex(),
                        session.activityIndex(), session.attempts(), null, now, now),
                        List.of(event(SessionEventType.SESSION_ENDED, null, null, new SessionEventPayloads.SessionEnded(
                                langPacks.forInstructionLang(session.instructionLang()).prompt("session_ended",
                                        Map.of())), null)),
                        now, null);
                publisher.publishEvent(new LearningEvent.SessionEnded(session.id(), learnerId, session.lastSeq(),
                        session.lessonId(), session.lessonVersionId(), session.startedAt(), now));
            }
            return view(session, lesson, false);
        });
    }

    /**
     * Records that a voice answer could not become a turn (no STT, STT failure): its
     * {@code audio_files} row becomes {@code failed} and, unless the session was no longer active,
     * an {@code audio_failed} event is appended, in one transaction under the session's lock, so
     * the session's log shows every input the learner made and a crash never leaves one without
     * the other. Does nothing when the voice answer is no longer {@code processing}.
     *
     * @param code      machine code, e.g. {@code stt_not_configured}
     * @param withEvent whether to append the {@code audio_failed} event
     */
    public void recordAudioFailure(UUID sessionId, UUID audioId, String code, String detail, boolean withEvent) {
        tx.executeWithoutResult(s -> {
            SessionRow session = store.read(sessionId, null, null, true)
                    .orElseThrow(() -> sessionNotFound(sessionId)).row();
            if (!store.lockAudioStatus(audioId).map(AudioFile.PROCESSING::equals).orElse(false)) {
                return; // recorded already (another instance, or the turn itself)
            }
            Instant now = clock.instant();
            SessionStore.AudioOutcome outcome = new SessionStore.AudioOutcome(audioId, AudioFile.FAILED, null, code);
            if (withEvent) {
                store.append(session, session, List.of(event(SessionEventType.AUDIO_FAILED, null, "audio:" + audioId,
                        new SessionEventPayloads.AudioFailed(audioId, code, detail), null)), now, outcome);
            } else {
                store.finishAudio(outcome, now);
            }
        });
    }

    /**
     * A session with its event log.
     *
     * @throws NotFoundException for an unknown session or one of another learner
     */
    @Transactional(readOnly = true)
    public SessionView get(UUID learnerId, UUID sessionId) {
        SessionRow session = store.read(sessionId, learnerId, null, false)
                .orElseThrow(() -> sessionNotFound(sessionId)).row();
        return view(session, catalog.version(session.lessonVersionId()), true);
    }

    /**
     * A learner's own sessions, newest first, without event logs ({@code GET /api/v1/sessions}).
     *
     * @param status {@code null} for all, else {@code active}, {@code completed} or {@code ended}
     * @param page   0-based page number
     * @param size   sessions per page, 1–100
     */
    public SessionPage list(UUID learnerId, SessionStatus status, int page, int size) {
        SessionStore.Page rows = store.list(learnerId, status, page, size);
        List<SessionView> items = rows.rows().stream()
                .map(s -> view(s, catalog.version(s.lessonVersionId()), false)).toList();
        return new SessionPage(items, page, size, rows.total(), (int) ((rows.total() + size - 1) / size));
    }

    /**
     * Mean over activities of the mean score of their attempts (0–100, rounded), counting the
     * recorded evaluations plus the current one (not recorded yet).
     */
    private int totalScore(UUID sessionId, String currentActivityKey, int currentScore) {
        Map<String, int[]> perActivity = store.evaluationScores(sessionId);
        int[] current = perActivity.computeIfAbsent(currentActivityKey, k -> new int[2]);
        current[0] += currentScore;
        current[1]++;
        return LessonScore.total(perActivity.values());
    }

    /**
     * A session's current state without its event log, for (re)connecting sockets: always read
     * from PostgreSQL (one primary-key read; the lesson document is cached in process), so a
     * reconnect can never resume from a state older than the last committed turn.
     *
     * @throws NotFoundException for an unknown session or one of another learner
     */
    public SessionView state(UUID learnerId, UUID sessionId) {
        SessionRow session = store.read(sessionId, learnerId, null, false)
                .orElseThrow(() -> sessionNotFound(sessionId)).row();
        return view(session, catalog.version(session.lessonVersionId()), false);
    }

    private SessionStore.NewEvent event(SessionEventType type, String activityKey, String clientEventId, Object payload,
            Object response) {
        return new SessionStore.NewEvent(type, activityKey, clientEventId, json.writeValueAsString(payload),
                response == null ? null : json.writeValueAsString(response));
    }

    private SessionView view(SessionRow session, PublishedLesson lesson, boolean withEvents) {
        LessonDocument doc = lesson.document();
        int total = doc.activityCount();
        int done = LessonScore.activitiesBefore(doc, session.stageIndex(), session.activityIndex());
        if (session.status() == SessionStatus.COMPLETED) {
            done = total;
        }
        SessionView.Progress progress = new SessionView.Progress(done, total, session.stageIndex(),
                doc.stages().size(), total == 0 ? 100 : Math.round(100f * done / total));
        LearnerActivity current = session.active()
                ? LearnerActivity.of(lesson, session.stageIndex(), session.activityIndex(), session.instructionLang())
                : null;
        List<SessionView.EventView> log = withEvents
                ? events.findBySessionIdOrderBySeq(session.id()).stream()
                        .map(e -> new SessionView.EventView(e.seq(), e.type().wireName(), e.activityKey(), e.clientEventId(),
                                json.readTree(e.payload()), e.createdAt()))
                        .toList()
                : null;
        return new SessionView(session.id(), session.lessonId(), lesson.version(),
                LessonDocument.pick(doc.title(), session.instructionLang()), session.instructionLang(),
                session.status().wireName(), current, progress, session.attempts(), session.totalScore(), session.startedAt(),
                session.finishedAt(), log);
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
}
