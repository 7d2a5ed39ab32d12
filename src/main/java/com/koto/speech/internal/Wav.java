package com.koto.speech.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Minimal RIFF/WAVE reading and writing (PCM), per the Microsoft RIFF WAVE specification. */
public final class Wav {

    private Wav() {
    }

    /**
     * Duration of a PCM WAV file in ms. Streams (espeak-ng {@code --stdout}) may carry a bogus
     * data size: the bytes actually present win.
     *
     * @throws IllegalArgumentException when the bytes are not a PCM WAV
     */
    public static int durationMs(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 44 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new IllegalArgumentException("not a RIFF/WAVE file");
        }
        int pos = 12;
        int byteRate = 0;
        while (pos + 8 <= wav.length) {
            int id = b.getInt(pos);
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            if (id == 0x20746d66) { // "fmt ": byte rate at offset 8 of the chunk body
                if (pos + 20 > wav.length) {
                    throw new IllegalArgumentException("WAV fmt chunk cut short");
                }
                byteRate = b.getInt(pos + 16);
            } else if (id == 0x61746164) { // "data"
                long present = wav.length - (pos + 8L);
                long bytes = Math.min(size, present);
                if (byteRate <= 0) {
                    throw new IllegalArgumentException("WAV without fmt chunk");
                }
                long ms = bytes * 1000 / byteRate;
                if (ms > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("WAV byte rate implausibly low");
                }
                return (int) ms;
            }
            long next = pos + 8L + size + (size & 1);
            if (next > wav.length) {
                break; // a chunk claims more bytes than the file has
            }
            pos = (int) next;
        }
        throw new IllegalArgumentException("WAV without data chunk");
    }

    /** Wraps raw 16-bit little-endian mono PCM in a WAV header. */
    public static byte[] fromPcm16(byte[] pcm, int sampleRate) {
        ByteBuffer b = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46464952).putInt(36 + pcm.length).putInt(0x45564157);
        b.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) 1).putInt(sampleRate)
                .putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        b.putInt(0x61746164).putInt(pcm.length).put(pcm);
        return b.array();
    }
}
