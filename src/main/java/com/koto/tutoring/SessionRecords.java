package com.koto.tutoring;

import com.koto.content.LessonCatalog;
import com.koto.content.PublishedLesson;
import com.koto.content.StageDocument;
import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.EvaluationSource;
import com.koto.platform.NotFoundException;
import com.koto.speech.TutorVoice;
import com.koto.storage.Bucket;
import com.koto.storage.ObjectStore;
import com.koto.tutoring.internal.AudioFileRepository;
import com.koto.tutoring.internal.SessionEvent;
import com.koto.tutoring.internal.SessionEventRepository;
import com.koto.tutoring.internal.SessionEventType;
import com.koto.tutoring.internal.SessionRow;
import com.koto.tutoring.internal.SessionStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sessions as staff read them (session review in the console) and the replay of recorded sessions
 * as {@link LearningEvent}s, from which other modules rebuild their read models. Staff reads are
 * ADMIN/TEACHER only; audio comes as short-lived presigned URLs ({@code koto.storage.url-ttl}).
 */
@Service
public class SessionRecords {

    private final SessionStore sessions;
    private final SessionEventRepository events;
    private final AudioFileRepository audioFiles;
    private final LessonOrchestrator orchestrator;
    private final LessonCatalog catalog;
    private final ObjectStore store;
    private final TutorVoice voice;
    private final JsonMapper json;

    SessionRecords(SessionStore sessions, SessionEventRepository events, AudioFileRepository audioFiles,
            LessonOrchestrator orchestrator, LessonCatalog catalog, ObjectStore store,
            TutorVoice voice, JsonMapper json) {
        this.sessions = sessions;
        this.events = events;
        this.audioFiles = audioFiles;
        this.orchestrator = orchestrator;
        this.catalog = catalog;
        this.store = store;
        this.voice = voice;
        this.json = json;
    }

    /**
     * A session with its whole event log, for staff.
     *
     * @throws NotFoundException for an unknown session
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEACHER')")
    @Transactional(readOnly = true)
    public SessionView session(UUID sessionId) {
        SessionRow session = sessions.find(sessionId)
                .orElseThrow(() -> new NotFoundException("There is no session " + sessionId + "."));
        return orchestrator.get(session.learnerId(), sessionId);
    }

    /** The learner who owns a session, if the session exists. */
    @Transactional(readOnly = true)
    public Optional<UUID> owner(UUID sessionId) {
        return sessions.find(sessionId).map(SessionRow::learnerId);
    }

    /**
     * A presigned URL of a learner's recording in a session, for staff.
     *
     * @return empty when the recording is unknown or belongs to another session
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEACHER')")
    @Transactional(readOnly = true)
    public Optional<String> recordingUrl(UUID sessionId, UUID audioId) {
        return audioFiles.findById(audioId).filter(a -> sessionId.equals(a.sessionId()))
                .map(a -> store.presignedGet(Bucket.AUDIO, a.objectKey(), store.downloadUrlTtl()));
    }

    /**
     * A presigned URL of the tutor's voice for a Korean line (from the TTS cache, synthesized on a
     * miss); empty when no TTS is configured.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEACHER')")
    public Optional<String> tutorVoiceUrl(String line) {
        return voice.speak(line).map(a -> a.url());
    }

    /**
     * Replays every recorded session as the {@link LearningEvent}s the orchestrator published when
     * it recorded them (same {@code eventSeq}s, attempts counted per activity), session by session in
     * log order. Reads in pages of 200 sessions; meant for rebuilding read models (ADMIN or start-up).
     *
     * @param sink receives the events
     * @return how many sessions were replayed
     */
    @Transactional(readOnly = true)
    public int replay(Consumer<LearningEvent> sink) {
        int count = 0;
        SessionRow last = null;
        while (true) {
            List<SessionRow> page = sessions.pageInStartOrder(last, 200);
            for (SessionRow s : page) {
                replay(s, sink);
                count++;
            }
            if (page.size() < 200) {
                return count;
            }
            last = page.get(page.size() - 1);
        }
    }

    private void replay(SessionRow s, Consumer<LearningEvent> sink) {
        PublishedLesson lesson = catalog.version(s.lessonVersionId());
        List<String> stageKeys = lesson.document().stages().stream().map(StageDocument::key).toList();
        Map<String, Integer> stageOf = new HashMap<>();
        for (int i = 0; i < stageKeys.size(); i++) {
            for (var a : lesson.stage(i).activities()) {
                stageOf.put(a.key(), i);
            }
        }
        List<SessionEvent> log = events.findBySessionIdOrderBySeq(s.id());
        Map<String, Integer> attempts = new HashMap<>();
        for (int i = 0; i < log.size(); i++) {
            SessionEvent e = log.get(i);
            switch (e.type()) {
                case SESSION_STARTED -> sink.accept(new LearningEvent.SessionStarted(s.id(), s.learnerId(), e.seq(),
                        s.lessonId(), s.lessonVersionId(), lesson.version(), s.instructionLang(), stageKeys, e.createdAt()));
                case USER_INPUT -> {
                    SessionEvent evaluation = i + 1 < log.size() && log.get(i + 1).type() == SessionEventType.EVALUATION
                            ? log.get(i + 1) : null;
                    if (evaluation == null) {
                        continue;
                    }
                    boolean stageCompleted = false;
                    boolean sessionCompleted = false;
                    for (int j = i + 2; j < log.size() && log.get(j).type() != SessionEventType.USER_INPUT; j++) {
                        stageCompleted |= log.get(j).type() == SessionEventType.STAGE_COMPLETE;
                        sessionCompleted |= log.get(j).type() == SessionEventType.SESSION_COMPLETE;
                    }
                    JsonNode input = json.readTree(e.payload());
                    JsonNode eval = json.readTree(evaluation.payload());
                    List<LearningEvent.TurnError> errors = new ArrayList<>();
                    for (JsonNode err : eval.path("errors")) {
                        errors.add(new LearningEvent.TurnError(ErrorCategory.fromWire(err.path("category").asString()),
                                err.path("original").asString(""), err.path("correction").asString("")));
                    }
                    String source = eval.path("source").asString("rules");
                    String audio = input.path("audio_id").asString(null);
                    sink.accept(new LearningEvent.TurnRecorded(s.id(), s.learnerId(), e.seq(), s.lessonId(), s.lessonVersionId(),
                            s.instructionLang(), stageOf.getOrDefault(e.activityKey(), 0),
                            stageKeys.get(stageOf.getOrDefault(e.activityKey(), 0)), e.activityKey(),
                            attempts.merge(e.activityKey(), 1, Integer::sum), e.clientEventId(),
                            input.path("text").asString(""), audio == null ? null : UUID.fromString(audio),
                            eval.path("score").asInt(), eval.path("passed").asBoolean(), errors,
                            EvaluationSource.valueOf(source.toUpperCase(java.util.Locale.ROOT)),
                            eval.path("model_answer").asString(null), stageCompleted, sessionCompleted, e.createdAt()));
                }
                case SESSION_COMPLETE -> sink.accept(new LearningEvent.SessionCompleted(s.id(), s.learnerId(), e.seq(),
                        s.lessonId(), s.lessonVersionId(), json.readTree(e.payload()).path("total_score").asInt(),
                        s.startedAt(), e.createdAt()));
                case SESSION_ENDED -> sink.accept(new LearningEvent.SessionEnded(s.id(), s.learnerId(), e.seq(),
                        s.lessonId(), s.lessonVersionId(), s.startedAt(), e.createdAt()));
                default -> {
                }
            }
        }
    }
}
