package com.koto.speech;

import com.google.genai.Client;
import com.koto.platform.SharedCache;
import com.koto.storage.ObjectStore;
import com.koto.storage.StorageProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Selects the speech providers (explicit fallback policy): STT Gemini when a key is set, else none
 * (voice answers get {@code stt_not_configured}); TTS Gemini when a key is set, else espeak-ng
 * when installed, else none (tutor replies go out as text only).
 */
@Configuration(proxyBeanMethods = false)
class SpeechConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SpeechConfiguration.class);

    @Bean
    SpeechToText speechToText(SpeechProperties p) {
        boolean hasKey = StringUtils.hasText(p.geminiApiKey());
        String choice = p.sttProvider();
        if ("gemini".equals(choice) || ("auto".equals(choice) && hasKey)) {
            if (!hasKey) {
                throw new IllegalStateException("koto.speech.stt-provider=gemini needs GEMINI_API_KEY");
            }
            log.info("Speech-to-text: Gemini {}", p.sttModel());
            return new GeminiSpeechToText(GeminiClients.create(p), p.sttModel());
        }
        log.info("Speech-to-text: not configured (voice answers are refused with stt_not_configured)");
        return new NoSpeechToText();
    }

    @Bean
    TutorVoice tutorVoice(SpeechProperties p, ObjectStore store, SharedCache cache, StorageProperties storage,
            MeterRegistry meters) {
        AudioEncoder encoder = new AudioEncoder(p.opusencBinary(), p.lameBinary(), p.timeout());
        boolean hasKey = StringUtils.hasText(p.geminiApiKey());
        String choice = p.ttsProvider();
        TextToSpeech tts = null;
        String voice = null;
        if ("gemini".equals(choice) || ("auto".equals(choice) && hasKey)) {
            Client client = GeminiClients.create(p);
            tts = new GeminiTextToSpeech(client, p.ttsModel(), encoder);
            voice = p.geminiVoice();
        } else if (("espeak".equals(choice) || "auto".equals(choice)) && EspeakTextToSpeech.installed(p.espeakBinary())) {
            tts = new EspeakTextToSpeech(p, encoder);
            voice = p.espeakVoice();
        }
        log.info("Text-to-speech: {}", tts == null ? "not configured (replies as text only)" : tts.provider());
        return new TutorVoice(tts, store, cache, voice, p.speed(), storage.urlTtl(), meters);
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
