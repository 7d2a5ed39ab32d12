package com.koto.tutoring;

import com.koto.content.LearnerActivity;
import com.koto.platform.FanOut;
import com.koto.platform.RateLimits;
import com.koto.speech.TutorAudio;
import com.koto.speech.TutorVoice;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one turn path shared by REST, WebSocket and voice answers: the orchestrator's transactional
 * turn, then the tutor's voice (TTS, cached), then the turn's messages fanned out to every socket
 * of the session on every instance as {@link ServerMessage}s ({@code evaluation},
 * {@code tutor_response}, then {@code stage_complete} and {@code activity}, or {@code session_complete}).
 */
@Service
public class Tutor {

    static final String TOPIC_PREFIX = "session:";

    private final LessonOrchestrator orchestrator;
    private final TutorVoice voice;
    private final FanOut fanOut;
    private final RateLimits rateLimits;
    private final JsonMapper json;

    Tutor(LessonOrchestrator orchestrator, TutorVoice voice, FanOut fanOut, RateLimits rateLimits, JsonMapper json) {
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
        rateLimits.check(rateLimits.limits().turns(), learnerId.toString());
        return turn(learnerId, sessionId, text, clientEventId, null);
    }

    /** A transcribed voice answer (its upload was rate-limited already). */
    TurnResult answerVoice(UUID learnerId, UUID sessionId, String transcript, UUID audioId) {
        return turn(learnerId, sessionId, transcript, "audio:" + audioId, audioId);
    }

    private TurnResult turn(UUID learnerId, UUID sessionId, String text, String clientEventId, UUID audioId) {
        LessonOrchestrator.Turn turn = orchestrator.turn(learnerId, sessionId, text, clientEventId, audioId);
        TurnResult r = turn.result();
        TutorResponse reply = r.tutorResponse();
        Optional<TutorAudio> replyAudio = voice.speak(reply.text());
        TutorResponse voiced = reply.voiced(replyAudio.map(TutorAudio::url).orElse(null),
                replyAudio.map(TutorAudio::durationMs).orElse(null), clientEventId);
        boolean newActivity = r.evaluation().passed() && r.nextActivity() != null;
        TurnResult.AudioRef nextAudio = newActivity ? audioOf(r.nextActivity().tutorLine()) : null;
        TurnResult result = new TurnResult(r.evaluation(), voiced, r.nextActivity(), nextAudio, r.session(),
                r.stageComplete(), r.sessionComplete());
        if (!turn.replayed()) {
            publishTurn(sessionId, clientEventId, result);
        }
        return result;
    }

    /** The audio of a tutor line, or {@code null} without TTS. */
    TurnResult.AudioRef audioOf(String line) {
        return voice.speak(line).map(a -> new TurnResult.AudioRef(a.url(), a.durationMs())).orElse(null);
    }

    /** Sends a message to every socket of a session, on every instance. */
    void publish(UUID sessionId, ServerMessage message) {
        fanOut.publish(TOPIC_PREFIX + sessionId, json.writeValueAsString(message));
    }

    /** The {@code activity} message for an activity, with its tutor line spoken when TTS is configured. */
    ServerMessage.ActivityMessage activityMessage(LearnerActivity activity) {
        return ServerMessage.ActivityMessage.of(activity, audioOf(activity.tutorLine()));
    }

    /** The {@code session_complete} message of a finished session (completed or ended early). */
    ServerMessage.SessionComplete completeMessage(SessionView session) {
        return new ServerMessage.SessionComplete(session.status(), session.totalScore(),
                orchestrator.closingMessage(session));
    }

    private void publishTurn(UUID sessionId, String clientEventId, TurnResult result) {
        publish(sessionId, new ServerMessage.EvaluationMessage(clientEventId, result.evaluation()));
        publish(sessionId, result.tutorResponse());
        if (result.stageComplete() != null) {
            publish(sessionId, result.stageComplete());
        }
        if (result.sessionComplete() != null) {
            publish(sessionId, result.sessionComplete());
        } else if (result.nextActivity() != null && result.evaluation().passed()) {
            publish(sessionId, ServerMessage.ActivityMessage.of(result.nextActivity(), result.nextActivityAudio()));
        }
    }
}
