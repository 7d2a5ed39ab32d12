package com.koto.speech.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.speech.AudioProbe;
import com.koto.support.RequiresTool;
import com.koto.support.Tool;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The real espeak-ng binary + opusenc: a valid OGG/Opus file of plausible duration. */
class EspeakTextToSpeechTest {

    @RequiresTool({Tool.ESPEAK_NG, Tool.OPUSENC})
    @Test
    void synthesizesKoreanAsOggOpusWithItsRealDuration() {
        SpeechProperties p = new SpeechProperties("auto", "espeak", "Kore", "ko", 1.0,
                Duration.ofSeconds(10), "espeak-ng", "opusenc", "lame");
        assertThat(EspeakTextToSpeech.installed("espeak-ng")).isTrue();
        SynthesizedAudio audio = new EspeakTextToSpeech(p, new AudioEncoder("opusenc", "lame", Duration.ofSeconds(10)))
                .synthesize("네, 아이스 아메리카노 한 잔 나왔습니다.", "ko", 1.0);
        assertThat(audio.contentType()).isEqualTo("audio/ogg");
        assertThat(new String(audio.data(), 0, 4)).isEqualTo("OggS");
        assertThat(audio.durationMs()).isBetween(1500, 6000);
        assertThat(AudioProbe.probe(audio.data()).orElseThrow().durationMs())
                .isCloseTo(audio.durationMs(), org.assertj.core.data.Offset.offset(80));
        assertThat(audio.data().length).isLessThan(30_000);
    }

    @RequiresTool(Tool.LAME)
    @Test
    void fallsBackToMp3ThenWavWhenEncodersAreMissing() {
        byte[] wav = Wav.fromPcm16(new byte[48_000], 24_000); // 1 s of silence
        assertThat(new AudioEncoder("no-such-opusenc", "lame", Duration.ofSeconds(5)).encode(wav).contentType())
                .isEqualTo("audio/mpeg");
        SynthesizedAudio raw = new AudioEncoder("no-such-opusenc", "no-such-lame", Duration.ofSeconds(5)).encode(wav);
        assertThat(raw.contentType()).isEqualTo("audio/wav");
        assertThat(raw.durationMs()).isEqualTo(1000);
    }
}
