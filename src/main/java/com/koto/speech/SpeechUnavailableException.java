package com.koto.speech;

/**
 * Speech could not be processed.
 * {@link #code()} is a stable machine code: {@code stt_not_configured}, {@code stt_failed}, {@code tts_failed}.
 */
public class SpeechUnavailableException extends RuntimeException {

    private final String code;

    /**
     * @param code   machine code
     * @param detail human sentence
     */
    public SpeechUnavailableException(String code, String detail, Throwable cause) {
        super(detail, cause);
        this.code = code;
    }

    /** The machine code. */
    public String code() {
        return code;
    }
}
