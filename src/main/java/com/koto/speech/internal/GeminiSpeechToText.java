package com.koto.speech.internal;

import com.google.genai.Client;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.Part;
import com.google.genai.types.Schema;
import com.google.genai.types.ThinkingConfig;
import com.google.genai.types.Type;
import com.koto.speech.SpeechToText;
import com.koto.speech.SpeechUnavailableException;
import com.koto.speech.Transcript;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * STT with Gemini audio understanding (google-genai): the recording as inline data, a Korean
 * verbatim-transcription prompt, structured JSON output {@code {text, confidence}}, no thinking.
 */
public class GeminiSpeechToText implements SpeechToText {

    static final String PROMPT = """
            Transcribe this recording of a learner of Korean answering a tutor. Write exactly what was
            said in Hangul, including grammar mistakes, wrong particles and hesitations; do not correct
            or translate anything. If nothing intelligible was said, return an empty text.
            Return JSON {"text": string, "confidence": number between 0 and 1}.""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Client client;
    private final String model;

    public GeminiSpeechToText(Client client, String model) {
        this.client = client;
        this.model = model;
    }

    @Override
    public Transcript transcribe(byte[] audio, String contentType) {
        GenerateContentConfig config = GenerateContentConfig.builder()
                .responseMimeType("application/json")
                .responseSchema(Schema.builder().type(Type.Known.OBJECT)
                        .properties(Map.of("text", Schema.builder().type(Type.Known.STRING).build(),
                                "confidence", Schema.builder().type(Type.Known.NUMBER).build()))
                        .required(List.of("text", "confidence")).build())
                .thinkingConfig(ThinkingConfig.builder().thinkingBudget(0).build())
                .temperature(0f)
                .build();
        Content content = Content.fromParts(Part.fromText(PROMPT), Part.fromBytes(audio, contentType));
        long started = System.nanoTime();
        try {
            GenerateContentResponse response = client.models.generateContent(model, content, config);
            JsonNode json = JSON.readTree(response.text());
            String text = json.path("text").asString("").strip();
            double confidence = json.path("confidence").asDouble(0.5);
            return new Transcript(text, Math.max(0, Math.min(1, confidence)), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            throw new SpeechUnavailableException("stt_failed", "The speech recognizer could not transcribe the recording.", e);
        }
    }

    @Override
    public String provider() {
        return "gemini";
    }
}
