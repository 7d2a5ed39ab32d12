package com.koto.speech.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Speech settings ({@code koto.speech.*}). Gemini's key, endpoint and models are {@code koto.gemini.*}
 * (platform's {@code Gemini}).
 *
 * @param sttProvider   {@code auto} (Gemini when {@code koto.gemini.api-key} is set, else none), {@code gemini} or
 *                      {@code none}
 * @param ttsProvider   {@code auto} (Gemini when a key is set, else espeak-ng when installed, else none),
 *                      {@code gemini}, {@code espeak} or {@code none}
 * @param geminiVoice   Gemini prebuilt voice, default {@code Kore}
 * @param espeakVoice   espeak-ng voice, default {@code ko}
 * @param speed         0.5–2.0, default 0.9 (a little slower than native speech, for learners)
 * @param timeout       provider timeout, default 10 s
 * @param espeakBinary  default {@code espeak-ng}
 * @param opusencBinary default {@code opusenc} (Debian opus-tools); missing → {@code lame}, then WAV
 * @param lameBinary    default {@code lame}
 */
@ConfigurationProperties("koto.speech")
public record SpeechProperties(
        @DefaultValue("auto") String sttProvider,
        @DefaultValue("auto") String ttsProvider,
        @DefaultValue("Kore") String geminiVoice,
        @DefaultValue("ko") String espeakVoice,
        @DefaultValue("0.9") double speed,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("espeak-ng") String espeakBinary,
        @DefaultValue("opusenc") String opusencBinary,
        @DefaultValue("lame") String lameBinary) {
}
