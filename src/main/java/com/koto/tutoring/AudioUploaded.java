package com.koto.tutoring;

import java.util.UUID;

/**
 * Event: a voice answer was stored and awaits transcription (published inside the upload's
 * transaction, handled after commit).
 *
 * @param audioId   the audio_files row
 * @param sessionId its session
 */
public record AudioUploaded(UUID audioId, UUID sessionId) {
}
