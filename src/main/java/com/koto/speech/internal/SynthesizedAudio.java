package com.koto.speech.internal;

/**
 * Audio produced by a TTS provider, already encoded for delivery.
 *
 * @param data        encoded audio
 * @param contentType {@code audio/ogg} (Opus), {@code audio/mpeg} or {@code audio/wav}
 * @param durationMs  real duration of the audio in ms (for lip-sync)
 */
public record SynthesizedAudio(byte[] data, String contentType, int durationMs) {
}
