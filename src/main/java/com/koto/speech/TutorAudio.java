package com.koto.speech;

/**
 * A synthesized tutor line ready for the client.
 *
 * @param objectKey  content-addressed key in the TTS bucket
 * @param url        presigned download URL (≤ 15 min)
 * @param durationMs real duration in ms
 * @param cached     whether it came from the cache (no synthesis cost)
 */
public record TutorAudio(String objectKey, String url, int durationMs, boolean cached) {
}
