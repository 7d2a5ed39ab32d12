package com.koto.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.genai.Client;
import com.koto.platform.Gemini;
import com.koto.speech.internal.AudioEncoder;
import com.koto.speech.internal.GeminiSpeechToText;
import com.koto.speech.internal.GeminiTextToSpeech;
import com.koto.speech.internal.SpeechConfiguration;
import com.koto.speech.internal.SynthesizedAudio;
import com.koto.speech.internal.TextToSpeech;
import com.koto.support.FakeGemini;
import com.koto.support.RequiresTool;
import com.koto.support.Tool;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Gemini STT and TTS through the real google-genai SDK against a local fake endpoint. */
class GeminiSpeechTest {

    private final FakeGemini gemini = new FakeGemini();

    @AfterEach
    void stop() {
        gemini.close();
    }

    /** A client as the speech configuration builds it (3 s timeout, one retry). */
    private Client client() {
        return Gemini.of("test-key", gemini.baseUrl()).client(Duration.ofSeconds(3), SpeechConfiguration.ATTEMPTS);
    }

    @Test
    void transcribesWithInlineAudioAndStructuredOutput() {
        gemini.answering(body -> "{\"text\":\"커피을 주세요\",\"confidence\":0.81}");
        SpeechToText stt = new GeminiSpeechToText(client(), "gemini-2.5-flash");
        Transcript t = stt.transcribe(new byte[] {'R', 'I', 'F', 'F', 0, 0}, "audio/wav");
        assertThat(t.text()).isEqualTo("커피을 주세요"); // verbatim, errors kept for the evaluator
        assertThat(t.confidence()).isEqualTo(0.81);
        String request = gemini.received().getFirst().raw();
        assertThat(request).contains("\"inlineData\"").contains("\"mimeType\":\"audio/wav\"")
                .contains("\"responseMimeType\":\"application/json\"").contains("\"responseSchema\"")
                .contains("\"thinkingBudget\":0").contains("do not correct");
    }

    @Test
    void serverErrorsBecomeSttFailed() {
        gemini.status(500);
        SpeechToText stt = new GeminiSpeechToText(client(), "gemini-2.5-flash");
        assertThatThrownBy(() -> stt.transcribe(new byte[] {1}, "audio/wav"))
                .isInstanceOfSatisfying(SpeechUnavailableException.class, e -> assertThat(e.code()).isEqualTo("stt_failed"));
        assertThat(gemini.requestCount()).isEqualTo(2); // one retry, as configured
    }

    @RequiresTool(Tool.OPUSENC)
    @Test
    void synthesizesFromPcmToEncodedAudioWithItsDuration() {
        byte[] pcm = new byte[24_000 * 2 * 3 / 2]; // 1.5 s of 24 kHz 16-bit silence
        String b64 = Base64.getEncoder().encodeToString(pcm);
        gemini.answeringRaw(body -> "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"inlineData\":"
                + "{\"mimeType\":\"audio/L16;codec=pcm;rate=24000\",\"data\":\"" + b64 + "\"}}]},\"finishReason\":\"STOP\"}]}");
        TextToSpeech tts = new GeminiTextToSpeech(client(), "gemini-2.5-flash-preview-tts",
                new AudioEncoder("opusenc", "lame", Duration.ofSeconds(10)));
        SynthesizedAudio audio = tts.synthesize("어서 오세요!", "Kore", 0.9);
        assertThat(audio.durationMs()).isEqualTo(1500);
        assertThat(audio.contentType()).isEqualTo("audio/ogg");
        String request = gemini.received().getFirst().raw();
        assertThat(request).contains("\"responseModalities\":[\"AUDIO\"]").contains("\"voiceName\":\"Kore\"")
                .contains("ko-KR").contains("어서 오세요!");
    }

    @Test
    void ttsWithoutAudioInTheReplyFails() {
        gemini.answering(body -> "no audio here");
        TextToSpeech tts = new GeminiTextToSpeech(client(), "m",
                new AudioEncoder("opusenc", "lame", Duration.ofSeconds(10)));
        assertThatThrownBy(() -> tts.synthesize("네", "Kore", 1.0))
                .isInstanceOfSatisfying(SpeechUnavailableException.class, e -> assertThat(e.code()).isEqualTo("tts_failed"));
    }
}
