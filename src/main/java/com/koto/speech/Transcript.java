package com.koto.speech;

/**
 * What the learner said.
 *
 * @param text       the transcription in Hangul, as spoken (not corrected)
 * @param confidence 0.0–1.0 as reported by the provider
 * @param latencyMs  provider round trip in ms
 */
public record Transcript(String text, double confidence, long latencyMs) {
}
