package com.koto.speech.internal;

import com.koto.speech.SpeechUnavailableException;
import com.koto.speech.TutorVoice;

/** Synthesizes a Korean tutor line (SPI; {@link TutorVoice} caches the results). */
public interface TextToSpeech {

    /**
     * @param text  Korean text, ≤ 500 characters
     * @param voice provider voice name
     * @param speed 0.5–2.0, 1.0 normal
     * @throws SpeechUnavailableException ({@code tts_failed}) when synthesis fails
     */
    SynthesizedAudio synthesize(String text, String voice, double speed);

    /** Provider name ({@code gemini}, {@code espeak}). */
    String provider();
}
