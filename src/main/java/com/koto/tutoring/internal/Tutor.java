package com.koto.tutoring.internal;

import com.koto.content.LearnerActivity;
import com.koto.platform.FanOut;
import com.koto.platform.RateLimits;
import com.koto.speech.TutorAudio;
import com.koto.speech.TutorVoice;
import com.koto.tutoring.LessonOrchestrator;
import com.koto.tutoring.ServerMessage;
import com.koto.tutoring.SessionView;
import com.koto.tutoring.TurnResult;
import com.koto.tutoring.TutorResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one turn path shared by REST, WebSocket and voice answers: the orchestrator's transactional
 * turn, then the tutor's voice (TTS, cached), then the turn's messages fanned out to every socket
 * of the session on every instance as {@link ServerMessage}s ({@code evaluation},
 * {@code tutor_response}, then {@code stage_complete} and {@code activity}, or {@code session_complete}).
 *
 * <p>Speech is never synthesized inside a turn: a line already in the TTS cache goes out with its
 * {@code audio_url}; a line not yet cached goes out as text at once ({@code audio_url: null}) and is
 * synthesized in the background, after which a {@code tutor_audio} message
 * ({@code {for: "tutor_response"|"activity", client_event_id, activity_key, text, audio_url,
 * duration_ms}}) reaches the session's sockets. A REST client gets the cached audio, or none.
 * Metrics: {@link TurnMetrics} ({@code koto.turn} by path and evaluation source).
 */
@Service
public class Tutor {

    public static final String TOPIC_PREFIX = "session:";

    private final LessonOrchestrator orchestrator;
    private final TutorVoice voice;
    private final FanOut fanOut;
    private final RateLimits rateLimits;
    private final JsonMapper json;
    private final TurnMetrics metrics;

    Tutor(LessonOrchestrator orchestrator, TutorVoice voice, FanOut fanOut, RateLimits rateLimits, JsonMapper json,
            TurnMetrics metrics) {
        this.metrics = metrics;
        this.orchestrator = orchestrator;
        this.voice = voice;
        this.fanOut = fanOut;
        this.rateLimits = rateLimits;
        this.json = json;
    }

    /**
     * A typed answer (REST or WebSocket): rate-limited per learner.
     *
     * @throws com.koto.platform.RateLimitedException  over {@code koto.rate-limit.turns-per-minute}
     * @throws com.koto.platform.NotFoundException     unknown session or another learner's
     * @throws com.koto.platform.ConflictException     session not active
     */
    public TurnResult answer(UUID learnerId, UUID sessionId, String text, String clientEventId) {
        rateLimits.check(RateLimits.Kind.TURNS, learnerId.toString());
        return turn(learnerId, sessionId, text, clientEventId, null).result();
    }

    /**
     * A typed answer from a WebSocket. A first answer's messages reach the socket by the fan-out
     * like everyone else's; a replay (its {@code client_event_id} was seen before, for instance first
     * sent over REST) is fanned out to nobody, so its stored result is sent back to this socket.
     *
     * @param reply sends one JSON message to the asking socket
     */
    void answerFromSocket(UUID learnerId, UUID sessionId, String text, String clientEventId,
            java.util.function.Consumer<String> reply) {
        rateLimits.check(RateLimits.Kind.TURNS, learnerId.toString());
        Answered answered = turn(learnerId, sessionId, text, clientEventId, null);
        if (answered.replayed()) {
            turnMessages(clientEventId, answered.result()).forEach(m -> reply.accept(json.writeValueAsString(m)));
        }
    }

    /** A turn's result and whether it was the stored result of an earlier input. */
    private record Answered(TurnResult result, boolean replayed) {
    }

    /** A transcribed voice answer (its upload was rate-limited already). */
    TurnResult answerVoice(UUID learnerId, UUID sessionId, String transcript, UUID audioId) {
        return turn(learnerId, sessionId, transcript, "audio:" + audioId, audioId).result();
    }

    private Answered turn(UUID learnerId, UUID sessionId, String text, String clientEventId, UUID audioId) {
        long started = System.nanoTime();
        LessonOrchestrator.Turn turn = orchestrator.turn(learnerId, sessionId, text, clientEventId, audioId);
        TurnResult r = turn.result();
        TutorResponse reply = r.tutorResponse();
        Optional<TutorAudio> replyAudio = voice.cached(reply.text());
        TutorResponse voiced = reply.voiced(replyAudio.map(TutorAudio::url).orElse(null),
                replyAudio.map(TutorAudio::durationMs).orElse(null), clientEventId);
        boolean newActivity = r.evaluation().passed() && r.nextActivity() != null;
        TurnResult.AudioRef nextAudio = newActivity ? cachedAudio(r.nextActivity().tutorLine()) : null;
        TurnResult result = new TurnResult(r.evaluation(), voiced, r.nextActivity(), nextAudio, r.session(),
                r.stageComplete(), r.sessionComplete());
        if (!turn.replayed()) {
            turnMessages(clientEventId, result).forEach(m -> publish(sessionId, m));
            if (replyAudio.isEmpty()) {
                audioLater(sessionId, "tutor_response", clientEventId, null, reply.text());
            }
            if (newActivity && nextAudio == null) {
                audioLater(sessionId, "activity", clientEventId, r.nextActivity().key(),
                        r.nextActivity().tutorLine());
            }
        }
        metrics.turn(TurnMetrics.TurnPath.of(audioId != null), r.evaluation(), Duration.ofNanos(System.nanoTime() - started));
        return new Answered(result, turn.replayed());
    }

    private TurnResult.AudioRef cachedAudio(String line) {
        return voice.cached(line).map(a -> new TurnResult.AudioRef(a.url(), a.durationMs())).orElse(null);
    }

    /**
     * Synthesizes a line in the background and then sends {@code tutor_audio} to the session's
     * sockets. (Written as a plain JSON object, not yet a {@link ServerMessage} record: the typed
     * protocol and its OpenAPI schema belong to the web layer.)
     */
    private void audioLater(UUID sessionId, String forMessage, String clientEventId, String activityKey, String text) {
        if (!voice.enabled()) {
            return;
        }
        voice.speakLater(text).thenAccept(audio -> audio.ifPresent(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "tutor_audio");
            m.put("for", forMessage);
            m.put("client_event_id", clientEventId);
            m.put("activity_key", activityKey);
            m.put("text", text);
            m.put("audio_url", a.url());
            m.put("duration_ms", a.durationMs());
            fanOut.publish(TOPIC_PREFIX + sessionId, json.writeValueAsString(m));
        }));
    }

    /** Sends a message to every socket of a session, on every instance. */
    void publish(UUID sessionId, ServerMessage message) {
        fanOut.publish(TOPIC_PREFIX + sessionId, json.writeValueAsString(message));
    }

    /**
     * The {@code activity} message for an activity (resume): with its tutor line's audio when cached,
     * else without, and a {@code tutor_audio} message follows once it is synthesized.
     */
    ServerMessage.ActivityMessage activityMessage(UUID sessionId, LearnerActivity activity) {
        TurnResult.AudioRef audio = cachedAudio(activity.tutorLine());
        if (audio == null) {
            audioLater(sessionId, "activity", null, activity.key(), activity.tutorLine());
        }
        return ServerMessage.ActivityMessage.of(activity, audio);
    }

    /** The {@code session_complete} message of a finished session (completed or ended early). */
    ServerMessage.SessionComplete completeMessage(SessionView session) {
        return new ServerMessage.SessionComplete(session.status(), session.totalScore(),
                orchestrator.closingMessage(session));
    }

    /** The messages of a turn, in order: evaluation, tutor_response, then stage/session complete or activity. */
    private java.util.List<ServerMessage> turnMessages(String clientEventId, TurnResult result) {
        java.util.List<ServerMessage> messages = new java.util.ArrayList<>();
        messages.add(new ServerMessage.EvaluationMessage(clientEventId, result.evaluation()));
        messages.add(result.tutorResponse());
        if (result.stageComplete() != null) {
            messages.add(result.stageComplete());
        }
        if (result.sessionComplete() != null) {
            messages.add(result.sessionComplete());
        } else if (result.nextActivity() != null && result.evaluation().passed()) {
            messages.add(ServerMessage.ActivityMessage.of(result.nextActivity(), result.nextActivityAudio()));
        }
        return messages;
    }
}
