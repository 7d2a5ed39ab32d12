package com.koto.tutoring;

import com.koto.content.LearnerActivity;
import com.koto.evaluation.Evaluation;

/**
 * The answer to one learner input ({@code POST /api/v1/sessions/{id}/events}); the socket pushes the
 * same parts as separate messages ({@link ServerMessage}).
 *
 * @param evaluation        the judgement of the input
 * @param tutorResponse     what the tutor says back
 * @param nextActivity      the activity to answer next: a new one after a pass, the same one after a
 *                          failed attempt, {@code null} when the lesson is complete
 * @param nextActivityAudio the next activity's tutor line as audio, when it is a new activity and
 *                          TTS is configured; else {@code null}
 * @param session           the session after the turn
 * @param stageComplete     set when this turn finished a stage (but not the lesson); else {@code null}
 * @param sessionComplete   set when this turn finished the lesson (closing message, total score); else {@code null}
 */
public record TurnResult(Evaluation evaluation, TutorResponse tutorResponse, LearnerActivity nextActivity,
        AudioRef nextActivityAudio, SessionView session, ServerMessage.StageComplete stageComplete,
        ServerMessage.SessionComplete sessionComplete) {

    /** A result without stage or lesson completion. */
    public TurnResult(Evaluation evaluation, TutorResponse tutorResponse, LearnerActivity nextActivity,
            AudioRef nextActivityAudio, SessionView session) {
        this(evaluation, tutorResponse, nextActivity, nextActivityAudio, session, null, null);
    }

    /**
     * Synthesized audio of a tutor line.
     *
     * @param url        presigned URL, valid ≤ 15 min
     * @param durationMs real duration in ms
     */
    public record AudioRef(String url, int durationMs) {
    }
}
