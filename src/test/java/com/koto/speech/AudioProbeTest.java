package com.koto.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.RequiresTool;
import com.koto.support.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Formats are recognised from real encoder output (espeak-ng WAV, opusenc OGG/Opus, lame MP3, and
 * an ffmpeg WebM/Opus fixture), never from names; durations agree with the source WAV.
 */
class AudioProbeTest {

    private static byte[] run(List<String> command, byte[] stdin) throws IOException, InterruptedException {
        Path out = Files.createTempFile("probe", ".bin");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        }
        assertThat(p.waitFor()).isZero();
        byte[] data = Files.readAllBytes(out);
        Files.delete(out);
        return data;
    }

    private static byte[] wav() throws Exception {
        return run(List.of("espeak-ng", "-v", "ko", "--stdout", "아메리카노 한 잔 주세요"), null);
    }

    @RequiresTool(Tool.ESPEAK_NG)
    @Test
    void recognisesWavAndMeasuresIt() throws Exception {
        AudioProbe.Probed p = AudioProbe.probe(wav()).orElseThrow();
        assertThat(p.contentType()).isEqualTo("audio/wav");
        assertThat(p.durationMs()).isBetween(1000, 4000);
    }

    @RequiresTool({Tool.ESPEAK_NG, Tool.OPUSENC})
    @Test
    void recognisesOggOpusWithTheSameDuration() throws Exception {
        byte[] wav = wav();
        byte[] ogg = run(List.of("opusenc", "--quiet", "-", "-"), wav);
        AudioProbe.Probed p = AudioProbe.probe(ogg).orElseThrow();
        assertThat(p.contentType()).isEqualTo("audio/ogg");
        assertThat(p.durationMs()).isCloseTo(AudioProbe.probe(wav).orElseThrow().durationMs(),
                org.assertj.core.data.Offset.offset(60));
    }

    @RequiresTool({Tool.ESPEAK_NG, Tool.LAME})
    @Test
    void recognisesMp3WithTheSameDuration() throws Exception {
        byte[] wav = wav();
        byte[] mp3 = run(List.of("lame", "--quiet", "-b", "32", "-", "-"), wav);
        AudioProbe.Probed p = AudioProbe.probe(mp3).orElseThrow();
        assertThat(p.contentType()).isEqualTo("audio/mpeg");
        // lame pads with encoder delay and a final frame (≤ ~100 ms)
        assertThat(p.durationMs()).isCloseTo(AudioProbe.probe(wav).orElseThrow().durationMs(),
                org.assertj.core.data.Offset.offset(150));
    }

    @Test
    void recognisesWebmOpus() throws Exception {
        byte[] webm;
        try (InputStream in = getClass().getResourceAsStream("/audio/sample.webm")) {
            webm = in.readAllBytes();
        }
        AudioProbe.Probed p = AudioProbe.probe(webm).orElseThrow();
        assertThat(p.contentType()).isEqualTo("audio/webm");
        assertThat(p.durationMs()).isBetween(1400, 1650); // the source WAV lasted 1.52 s
    }

    @Test
    void refusesAnythingElse() throws Exception {
        assertThat(AudioProbe.probe("RIFF this is text pretending".getBytes())).isEmpty();
        assertThat(AudioProbe.probe(new byte[0])).isEmpty();
        assertThat(AudioProbe.probe("<html>hello</html>".getBytes())).isEmpty();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertThat(AudioProbe.probe(png)).isEmpty();
    }
}
