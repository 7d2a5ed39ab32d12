package com.koto.speech;

/** Transcribes a learner's recorded Korean answer. */
public interface SpeechToText {

    /**
     * Transcribes audio.
     *
     * @param audio       the recording (WAV, WebM/Opus, OGG/Opus or MP3)
     * @param contentType its media type, detected from the bytes
     * @return the transcript
     * @throws SpeechUnavailableException when no provider is configured ({@code stt_not_configured})
     *                                    or the provider failed ({@code stt_failed})
     */
    Transcript transcribe(byte[] audio, String contentType);

    /** Provider name ({@code gemini}, {@code none}). */
    String provider();
}
