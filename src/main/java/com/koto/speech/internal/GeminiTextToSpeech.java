package com.koto.speech.internal;

import com.google.genai.Client;
import com.google.genai.types.Blob;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.Part;
import com.google.genai.types.PrebuiltVoiceConfig;
import com.google.genai.types.SpeechConfig;
import com.google.genai.types.VoiceConfig;
import com.koto.speech.SpeechUnavailableException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TTS with Gemini (google-genai, {@code responseModalities AUDIO}, a prebuilt voice, language
 * {@code ko-KR}). The reply is raw 16-bit PCM ({@code audio/L16;codec=pcm;rate=24000}), wrapped
 * in WAV and compressed by {@link AudioEncoder}.
 */
public class GeminiTextToSpeech implements TextToSpeech {

    private static final Pattern RATE = Pattern.compile("rate=(\\d+)");

    private final Client client;
    private final String model;
    private final AudioEncoder encoder;

    public GeminiTextToSpeech(Client client, String model, AudioEncoder encoder) {
        this.client = client;
        this.model = model;
        this.encoder = encoder;
    }

    @Override
    public SynthesizedAudio synthesize(String text, String voice, double speed) {
        GenerateContentConfig config = GenerateContentConfig.builder()
                .responseModalities("AUDIO")
                .speechConfig(SpeechConfig.builder().languageCode("ko-KR")
                        .voiceConfig(VoiceConfig.builder().prebuiltVoiceConfig(
                                PrebuiltVoiceConfig.builder().voiceName(voice).build()).build())
                        .build())
                .build();
        String prompt = (speed < 0.95 ? "Say slowly and clearly, as a friendly Korean tutor: "
                : "Say as a friendly Korean tutor: ") + text;
        try {
            GenerateContentResponse response = client.models.generateContent(model, prompt, config);
            Blob blob = response.parts().stream().map(Part::inlineData).flatMap(java.util.Optional::stream)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no audio in the reply"));
            byte[] pcm = blob.data().orElseThrow(() -> new IllegalStateException("empty audio"));
            Matcher rate = RATE.matcher(blob.mimeType().orElse(""));
            int sampleRate = rate.find() ? Integer.parseInt(rate.group(1)) : 24_000;
            return encoder.encode(Wav.fromPcm16(pcm, sampleRate));
        } catch (RuntimeException e) {
            throw new SpeechUnavailableException("tts_failed", "The speech synthesizer failed.", e);
        }
    }

    @Override
    public String provider() {
        return "gemini";
    }
}
