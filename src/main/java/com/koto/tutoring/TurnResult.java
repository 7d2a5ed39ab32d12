package com.koto.tutoring;

import com.koto.content.LearnerActivity;
import com.koto.evaluation.Evaluation;

/**
 * The answer to one learner input.
 *
 * @param evaluation        the judgement of the input
 * @param tutorResponse     what the tutor says back
 * @param nextActivity      the activity to answer next: a new one after a pass, the same one after a
 *                          failed attempt, {@code null} when the lesson is complete
 * @param nextActivityAudio the next activity's tutor line as audio, when it is a new activity and
 *                          TTS is configured; else {@code null}
 * @param session           the session after the turn
 */
public record TurnResult(Evaluation evaluation, TutorResponse tutorResponse, LearnerActivity nextActivity,
        AudioRef nextActivityAudio, SessionView session) {

    /**
     * Synthesized audio of a tutor line.
     *
     * @param url        presigned URL, valid ≤ 15 min
     * @param durationMs real duration in ms
     */
    public record AudioRef(String url, int durationMs) {
    }
}
