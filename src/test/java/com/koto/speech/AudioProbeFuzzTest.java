package com.koto.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.speech.internal.Wav;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand-written container probes (no well-kept Java library reads WAV, OGG/Opus, WebM and MP3
 * durations together: Tika's audio parsers cover MP3/WAV only and pull in dozens of jars) are fuzzed:
 * for each format, thousands of mutations of a real header (bytes flipped, cut short at every length,
 * size fields set to 0/huge, chunks duplicated) must never throw; each gives a format or empty, and a
 * duration that is null or non-negative. An upload that probes empty is a 415 problem
 * ({@code AudioTurns}), so no mutation can become a 500.
 */
class AudioProbeFuzzTest {

    private static final int MUTATIONS = 5_000;

    @TestFactory
    List<DynamicTest> noMutatedHeaderThrows() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (var sample : samples()) {
            tests.add(DynamicTest.dynamicTest(sample.name() + ": " + MUTATIONS + " mutations and every truncation",
                    () -> fuzz(sample.name(), sample.bytes())));
        }
        return tests;
    }

    private record Sample(String name, byte[] bytes) {
    }

    private static List<Sample> samples() throws Exception {
        List<Sample> samples = new ArrayList<>();
        byte[] pcm = new byte[16_000 * 2]; // 1 s of silence at 16 kHz
        byte[] wav = Wav.fromPcm16(pcm, 16_000);
        samples.add(new Sample("wav", wav));
        try (InputStream in = AudioProbeFuzzTest.class.getResourceAsStream("/audio/sample.webm")) {
            samples.add(new Sample("webm", in.readAllBytes()));
        }
        encoded("opusenc", List.of("opusenc", "--quiet", "-", "-"), wav).ifPresent(b -> samples.add(new Sample("ogg", b)));
        encoded("lame", List.of("lame", "--quiet", "-b", "32", "-", "-"), wav).ifPresent(b -> samples.add(new Sample("mp3", b)));
        if (samples.stream().noneMatch(s -> s.name().equals("ogg"))) {
            samples.add(new Sample("ogg", syntheticOggOpus()));
        }
        return samples;
    }

    private static void fuzz(String name, byte[] original) {
        assertThat(AudioProbe.probe(original)).as("the unmutated %s sample is recognised", name).isPresent();
        SplittableRandom random = new SplittableRandom(name.hashCode());
        int head = Math.min(original.length, 4096);
        List<Function<byte[], byte[]>> mutators = List.of(
                b -> flipBytes(b, random, head),
                b -> Arrays.copyOf(b, random.nextInt(Math.max(1, head))),
                b -> sizeField(b, random, head),
                b -> duplicateSlice(b, random, head),
                b -> Arrays.copyOf(flipBytes(b, random, head), 1 + random.nextInt(Math.max(1, head))));
        int recognised = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] mutated = mutators.get(i % mutators.size()).apply(original.clone());
            recognised += check(mutated);
        }
        for (int cut = 0; cut <= Math.min(original.length, 8192); cut++) {
            check(Arrays.copyOf(original, cut));
        }
        assertThat(recognised).as("some mutations of %s are still readable", name).isPositive();
    }

    private static int check(byte[] bytes) {
        Optional<AudioProbe.Probed> probed = AudioProbe.probe(bytes); // must not throw
        probed.ifPresent(p -> assertThat(p.durationMs() == null || p.durationMs() >= 0).isTrue());
        return probed.isPresent() ? 1 : 0;
    }

    private static byte[] flipBytes(byte[] b, SplittableRandom random, int head) {
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            b[random.nextInt(head)] = (byte) random.nextInt(256);
        }
        return b;
    }

    /** Sets a 4-byte little- or big-endian field to 0, 0xFFFFFFFF or a random value. */
    private static byte[] sizeField(byte[] b, SplittableRandom random, int head) {
        int at = random.nextInt(Math.max(1, head - 4));
        int value = switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> -1;
            default -> random.nextInt();
        };
        for (int i = 0; i < 4 && at + i < b.length; i++) {
            b[at + i] = (byte) (value >>> (8 * i));
        }
        return b;
    }

    private static byte[] duplicateSlice(byte[] b, SplittableRandom random, int head) {
        int from = random.nextInt(head);
        int len = Math.min(1 + random.nextInt(64), b.length - from);
        byte[] out = new byte[b.length + len];
        System.arraycopy(b, 0, out, 0, from + len);
        System.arraycopy(b, from, out, from + len, b.length - from);
        return out;
    }

    private static Optional<byte[]> encoded(String tool, List<String> command, byte[] stdin) {
        try {
            Path out = Files.createTempFile("fuzz", ".bin");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (var in = p.getOutputStream()) {
                in.write(stdin);
            }
            boolean ok = p.waitFor() == 0;
            byte[] data = Files.readAllBytes(out);
            Files.delete(out);
            return ok && data.length > 0 ? Optional.of(data) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty(); // tool not installed: the synthetic sample stands in
        }
    }

    /** One OGG page with an OpusHead packet and a second page with a granule position (RFC 7845). */
    private static byte[] syntheticOggOpus() {
        byte[] page = new byte[27 + 1 + 19];
        System.arraycopy("OggS".getBytes(), 0, page, 0, 4);
        page[26] = 1;
        page[27] = 19;
        System.arraycopy("OpusHead".getBytes(), 0, page, 28, 8);
        page[36] = 1;
        page[37] = 1;
        page[38] = 0x38; // pre-skip 312
        page[39] = 0x01;
        byte[] last = new byte[27];
        System.arraycopy("OggS".getBytes(), 0, last, 0, 4);
        last[6] = (byte) 0x80; // granule 48,000 + 312
        last[7] = (byte) 0xBC;
        byte[] all = Arrays.copyOf(page, page.length + last.length);
        System.arraycopy(last, 0, all, page.length, last.length);
        return all;
    }
}
