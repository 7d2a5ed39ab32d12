package com.koto.speech;

import com.koto.platform.DependencyUnavailableException;

/**
 * Speech could not be processed: the speech service is unavailable (a {@link DependencyUnavailableException},
 * so unhandled it answers 503 naming it). Unlike its parent, the message is a human sentence a client may be
 * shown (a voice answer's {@code audio_failed} event carries it); {@link #code()} is a stable machine code:
 * {@code stt_not_configured}, {@code stt_failed}, {@code tts_failed}, {@code audio_missing}.
 */
public class SpeechUnavailableException extends DependencyUnavailableException {

    private final String code;

    /**
     * @param code   machine code
     * @param detail human sentence
     * @param cause  the underlying failure, or {@code null}
     */
    public SpeechUnavailableException(String code, String detail, Throwable cause) {
        super("the speech service", detail, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
