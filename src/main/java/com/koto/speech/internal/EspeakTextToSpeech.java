package com.koto.speech.internal;

import com.koto.speech.SpeechUnavailableException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Local TTS with Debian's {@code espeak-ng} (voice {@code ko}), the embedded default. */
public class EspeakTextToSpeech implements TextToSpeech {

    private static final int NORMAL_WPM = 175;

    private final SpeechProperties properties;
    private final AudioEncoder encoder;

    public EspeakTextToSpeech(SpeechProperties properties, AudioEncoder encoder) {
        this.properties = properties;
        this.encoder = encoder;
    }

    /** Whether the binary runs on this machine. */
    public static boolean installed(String binary) {
        try {
            Process p = new ProcessBuilder(binary, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public SynthesizedAudio synthesize(String text, String voice, double speed) {
        int wpm = (int) Math.round(NORMAL_WPM * Math.max(0.5, Math.min(2.0, speed)));
        try {
            // text is an argument, not a shell string: no injection
            Process p = new ProcessBuilder(List.of(properties.espeakBinary(), "-v", voice, "-s", String.valueOf(wpm),
                    "--stdout", text)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] wav = p.getInputStream().readAllBytes();
            if (!p.waitFor(properties.timeout().toMillis(), TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new SpeechUnavailableException("tts_failed", "espeak-ng did not produce audio", null);
            }
            return encoder.encode(wav);
        } catch (IOException e) {
            throw new SpeechUnavailableException("tts_failed", "espeak-ng could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechUnavailableException("tts_failed", "interrupted", e);
        }
    }

    @Override
    public String provider() {
        return "espeak";
    }
}
