package com.koto.speech.internal;

import com.google.genai.Client;
import com.koto.platform.Gemini;
import com.koto.platform.SharedCache;
import com.koto.speech.SpeechToText;
import com.koto.speech.SpeechUnavailableException;
import com.koto.speech.Transcript;
import com.koto.speech.TutorVoice;
import com.koto.storage.ObjectStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Selects the speech providers (explicit fallback policy): STT Gemini when a key is set, else none
 * (voice answers get {@code stt_not_configured}); TTS Gemini when a key is set, else espeak-ng
 * when installed, else none (tutor replies go out as text only). Gemini's key, endpoint and models come from
 * platform's {@link Gemini} ({@code koto.gemini.*}).
 */
@Configuration(proxyBeanMethods = false)
public class SpeechConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SpeechConfiguration.class);

    /** HTTP attempts per speech call: one retry (a learner waits for STT; TTS runs in the background). */
    public static final int ATTEMPTS = 2;

    @Bean
    SpeechToText speechToText(SpeechProperties p, Gemini gemini) {
        String choice = p.sttProvider();
        if ("gemini".equals(choice) || ("auto".equals(choice) && gemini.configured())) {
            if (!gemini.configured()) {
                throw new IllegalStateException("koto.speech.stt-provider=gemini needs GEMINI_API_KEY");
            }
            String model = gemini.model(Gemini.Use.SPEECH_TO_TEXT);
            log.info("Speech-to-text: Gemini {}", model);
            return new GeminiSpeechToText(gemini.client(p.timeout(), ATTEMPTS), model);
        }
        log.info("Speech-to-text: not configured (voice answers are refused with stt_not_configured)");
        return new NoSpeechToText();
    }

    @Bean
    TutorVoice tutorVoice(SpeechProperties p, Gemini gemini, ObjectStore store, SharedCache cache, MeterRegistry meters) {
        AudioEncoder encoder = new AudioEncoder(p.opusencBinary(), p.lameBinary(), p.timeout());
        String choice = p.ttsProvider();
        TextToSpeech tts = null;
        String voice = null;
        if ("gemini".equals(choice) || ("auto".equals(choice) && gemini.configured())) {
            Client client = gemini.client(p.timeout(), ATTEMPTS);
            tts = new GeminiTextToSpeech(client, gemini.model(Gemini.Use.TEXT_TO_SPEECH), encoder);
            voice = p.geminiVoice();
        } else if (("espeak".equals(choice) || "auto".equals(choice)) && EspeakTextToSpeech.installed(p.espeakBinary())) {
            tts = new EspeakTextToSpeech(p, encoder);
            voice = p.espeakVoice();
        }
        log.info("Text-to-speech: {}", tts == null ? "not configured (replies as text only)" : tts.provider());
        return new TutorVoice(tts, store, cache, voice, p.speed(), store.downloadUrlTtl(), meters);
    }

    /** No STT provider: every voice answer is refused with a clear code. */
    static final class NoSpeechToText implements SpeechToText {
        @Override
        public Transcript transcribe(byte[] audio, String contentType) {
            throw new SpeechUnavailableException("stt_not_configured",
                    "Voice answers are not available: no speech recognizer is configured. Type your answer instead.", null);
        }

        @Override
        public String provider() {
            return "none";
        }
    }
}
