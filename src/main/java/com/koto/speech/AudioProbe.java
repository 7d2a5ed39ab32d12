package com.koto.speech;

import com.koto.speech.internal.Wav;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises a recording by its content (magic bytes, never the declared type) and measures its
 * duration: WAV (RIFF header), OGG/Opus (last page granule position minus pre-skip, RFC 7845),
 * WebM (EBML; Segment Info Duration, else the last Cluster timecode, Matroska spec), MP3 (frame
 * headers summed, ISO/IEC 11172-3 tables; ID3v2 tags skipped).
 */
public final class AudioProbe {

    /** Largest plausible OGG granule position (a day at 48 kHz); larger ones are corrupt. */
    private static final long MAX_GRANULE = 48_000L * 86_400;

    private AudioProbe() {
    }

    /**
     * What a recording is.
     *
     * @param contentType {@code audio/wav}, {@code audio/ogg}, {@code audio/webm} or {@code audio/mpeg}
     * @param extension   file extension with dot
     * @param durationMs  measured duration in ms; {@code null} when the container does not say
     */
    public record Probed(String contentType, String extension, Integer durationMs) {
    }

    /**
     * The recording's format and duration, or empty when it is none of the accepted formats. Every
     * read is bounded by the array: cut-short or corrupt headers give empty or a {@code null}
     * duration, never an exception ({@code AudioProbeFuzzTest} mutates thousands of headers per format).
     */
    public static Optional<Probed> probe(byte[] b) {
        if (b.length >= 12 && ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) {
            try {
                return Optional.of(new Probed("audio/wav", ".wav", Wav.durationMs(b)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (b.length >= 36 && ascii(b, 0, "OggS")) {
            // the identification header is 19 bytes (RFC 7845 §5.1): one cut short is no recording
            int head = indexOf(b, "OpusHead".getBytes(StandardCharsets.US_ASCII), 0, 200);
            return head >= 0 && head + 19 <= b.length
                    ? Optional.of(new Probed("audio/ogg", ".ogg", oggOpusDuration(b)))
                    : Optional.empty();
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0x1A && (b[1] & 0xff) == 0x45 && (b[2] & 0xff) == 0xDF
                && (b[3] & 0xff) == 0xA3) {
            return indexOf(b, "webm".getBytes(StandardCharsets.US_ASCII), 0, 64) >= 0
                    ? Optional.of(new Probed("audio/webm", ".webm", webmDuration(b)))
                    : Optional.empty();
        }
        int start = 0;
        if (b.length >= 10 && ascii(b, 0, "ID3")) {
            start = 10 + ((b[6] & 0x7f) << 21 | (b[7] & 0x7f) << 14 | (b[8] & 0x7f) << 7 | (b[9] & 0x7f));
        }
        Integer mp3 = mp3Duration(b, start);
        return mp3 == null ? Optional.empty() : Optional.of(new Probed("audio/mpeg", ".mp3", mp3));
    }

    private static Integer oggOpusDuration(byte[] b) {
        int head = indexOf(b, "OpusHead".getBytes(StandardCharsets.US_ASCII), 0, 200);
        if (head < 0 || head + 12 > b.length) {
            return null; // identification header cut short (RFC 7845 §5.1: pre-skip at bytes 10–11)
        }
        int preSkip = (b[head + 10] & 0xff) | (b[head + 11] & 0xff) << 8;
        int last = -1;
        for (int i = b.length - 27; i >= 0; i--) {
            if (ascii(b, i, "OggS")) {
                last = i;
                break;
            }
        }
        if (last < 0) {
            return null;
        }
        long granule = ByteBuffer.wrap(b, last + 6, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (granule < 0 || granule > MAX_GRANULE) {
            return null; // -1 means "no packet ends on this page"; beyond a day is no recording
        }
        return granule <= preSkip ? 0 : (int) ((granule - preSkip) * 1000 / 48_000);
    }

    private static Integer webmDuration(byte[] b) {
        long timecodeScale = 1_000_000;
        int scaleAt = indexOf(b, new byte[] {0x2A, (byte) 0xD7, (byte) 0xB1}, 0, Math.min(b.length, 4096));
        if (scaleAt >= 0) {
            int len = scaleAt + 4 <= b.length ? (b[scaleAt + 3] & 0xff) - 0x80 : -1;
            if (len > 0 && len <= 8 && scaleAt + 4 + len <= b.length) {
                long scale = readUnsigned(b, scaleAt + 4, len);
                if (scale > 0 && scale <= 1_000_000_000L) {
                    timecodeScale = scale;
                }
            }
        }
        int durAt = indexOf(b, new byte[] {0x44, (byte) 0x89}, 0, Math.min(b.length, 4096));
        if (durAt >= 0) {
            int len = durAt + 3 <= b.length ? (b[durAt + 2] & 0xff) - 0x80 : -1;
            if ((len == 4 || len == 8) && durAt + 3 + len <= b.length) {
                double d = len == 4 ? ByteBuffer.wrap(b, durAt + 3, 4).getFloat() : ByteBuffer.wrap(b, durAt + 3, 8).getDouble();
                double ms = d * timecodeScale / 1_000_000;
                if (d > 0 && ms < Integer.MAX_VALUE) {
                    return (int) ms;
                }
            }
        }
        // no Duration (MediaRecorder streams): the last cluster's timecode is the best lower bound
        long lastTimecode = -1;
        byte[] cluster = {0x1F, 0x43, (byte) 0xB6, 0x75};
        for (int i = indexOf(b, cluster, 0, b.length); i >= 0; i = indexOf(b, cluster, i + 4, b.length)) {
            int tc = indexOf(b, new byte[] {(byte) 0xE7}, i + 4, Math.min(b.length, i + 24));
            if (tc >= 0 && tc + 2 <= b.length) {
                int len = (b[tc + 1] & 0xff) - 0x80;
                if (len > 0 && len <= 8 && tc + 2 + len <= b.length) {
                    lastTimecode = readUnsigned(b, tc + 2, len);
                }
            }
        }
        if (lastTimecode < 0) {
            return null;
        }
        double ms = (double) lastTimecode * timecodeScale / 1_000_000;
        return ms < Integer.MAX_VALUE ? (int) ms : null;
    }

    private static final int[][] BITRATES = { // kbps, [version index: 0 = MPEG1, 1 = MPEG2/2.5][index]
            {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},
            {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}};
    private static final int[][] SAMPLE_RATES = {{44100, 48000, 32000}, {22050, 24000, 16000}, {11025, 12000, 8000}};

    /** Layer III only (what browsers and encoders produce); at least 3 consecutive valid frames. */
    private static Integer mp3Duration(byte[] b, int start) {
        int pos = start;
        int frames = 0;
        double seconds = 0;
        while (pos + 4 <= b.length) {
            int h = (b[pos] & 0xff) << 24 | (b[pos + 1] & 0xff) << 16 | (b[pos + 2] & 0xff) << 8 | (b[pos + 3] & 0xff);
            if ((h & 0xFFE00000) != 0xFFE00000) {
                break;
            }
            int versionBits = (h >> 19) & 3; // 3 = MPEG1, 2 = MPEG2, 0 = MPEG2.5
            int layer = (h >> 17) & 3; // 1 = Layer III
            int bitrateIndex = (h >> 12) & 15;
            int rateIndex = (h >> 10) & 3;
            if (versionBits == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
                break;
            }
            boolean mpeg1 = versionBits == 3;
            int bitrate = BITRATES[mpeg1 ? 0 : 1][bitrateIndex] * 1000;
            int sampleRate = SAMPLE_RATES[mpeg1 ? 0 : versionBits == 2 ? 1 : 2][rateIndex];
            int samples = mpeg1 ? 1152 : 576;
            int padding = (h >> 9) & 1;
            int length = samples / 8 * bitrate / sampleRate + padding;
            if (length <= 4) {
                break;
            }
            seconds += (double) samples / sampleRate;
            frames++;
            pos += length;
        }
        return frames >= 3 ? (int) Math.round(seconds * 1000) : null;
    }

    private static long readUnsigned(byte[] b, int at, int len) {
        long v = 0;
        for (int i = 0; i < len; i++) {
            v = v << 8 | (b[at + i] & 0xff);
        }
        return v;
    }

    private static boolean ascii(byte[] b, int at, String s) {
        if (at + s.length() > b.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i <= Math.min(b.length, to) - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
