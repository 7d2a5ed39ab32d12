package com.koto.speech.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compresses WAV for delivery with well-kept encoders from the OS: Opus in OGG ({@code opusenc},
 * Debian opus-tools), else MP3 ({@code lame}), else the WAV as is.
 */
public final class AudioEncoder {

    private static final Logger log = LoggerFactory.getLogger(AudioEncoder.class);

    private final String opusenc;
    private final String lame;
    private final Duration timeout;

    public AudioEncoder(String opusenc, String lame, Duration timeout) {
        this.opusenc = opusenc;
        this.lame = lame;
        this.timeout = timeout;
    }

    /** Encodes a WAV; the duration is measured on the WAV (the encoders keep it). */
    SynthesizedAudio encode(byte[] wav) {
        int durationMs = Wav.durationMs(wav);
        byte[] opus = run(List.of(opusenc, "--quiet", "--bitrate", "24", "-", "-"), wav);
        if (opus != null) {
            return new SynthesizedAudio(opus, "audio/ogg", durationMs);
        }
        byte[] mp3 = run(List.of(lame, "--quiet", "-b", "32", "-", "-"), wav);
        if (mp3 != null) {
            return new SynthesizedAudio(mp3, "audio/mpeg", durationMs);
        }
        return new SynthesizedAudio(wav, "audio/wav", durationMs);
    }

    private byte[] run(List<String> command, byte[] input) {
        Path out = null;
        try {
            out = Files.createTempFile("koto-enc", ".bin");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (var stdin = p.getOutputStream()) {
                stdin.write(input);
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? Files.readAllBytes(out) : null;
        } catch (IOException e) {
            log.debug("{} unavailable: {}", command.getFirst(), e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // temp file cleanup is best effort
                }
            }
        }
    }
}
