package com.koto.tutoring;

/**
 * What the tutor says after a turn.
 *
 * @param text        Korean line (the NPC's reply after a pass, an invitation to retry after a miss)
 * @param translation the line's meaning or guidance in the learner's instruction language
 * @param hint        after a miss: the activity's hint in the instruction language; otherwise {@code null}
 * @param audioUrl    synthesized audio of {@code text}; {@code null} until speech is configured
 * @param durationMs  length of that audio in ms; {@code null} without audio
 */
public record TutorResponse(String text, String translation, String hint, String audioUrl, Integer durationMs) {
}
