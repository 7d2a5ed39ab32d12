package com.koto.evaluation.model;

import com.google.genai.Client;
import com.google.genai.errors.ApiException;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.Part;
import com.google.genai.types.ThinkingConfig;
import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.EvaluationSource;
import com.koto.evaluation.Evaluator;
import com.koto.evaluation.text.AnswerText;
import com.koto.langpack.LangPack;
import com.koto.langpack.LangPacks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluates an answer with Gemini through the Google Gen AI SDK: structured output (JSON with
 * our response schema and category names), a low thinking budget, an explicit HTTP timeout and
 * attempt count. Throws {@link ModelUnavailableException} when the model gives no usable answer;
 * it never falls back by itself (that is the hybrid policy's job). Thread-safe.
 */
public final class GeminiEvaluator implements Evaluator, AutoCloseable {

    /** Confidence given to a model evaluation. */
    static final double CONFIDENCE = 0.9;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Client client;
    private final String model;
    private final LangPacks packs;
    private final int thinkingBudget;

    /**
     * @param apiKey         Gemini API key
     * @param model          model name, e.g. {@code gemini-2.5-flash}
     * @param baseUrl        API base URL override, {@code null} or blank for Google's
     * @param timeout        HTTP timeout of one call
     * @param attempts       HTTP attempts including the first (retries 408/429/5xx)
     * @param thinkingBudget thinking tokens allowed
     * @param packs          language packs (learner's language and L1 error patterns)
     */
    public GeminiEvaluator(String apiKey, String model, String baseUrl, Duration timeout, int attempts,
            int thinkingBudget, LangPacks packs) {
        HttpOptions.Builder http = HttpOptions.builder()
                .timeout((int) Math.max(1, timeout.toMillis()))
                .retryOptions(retries(attempts));
        if (baseUrl != null && !baseUrl.isBlank()) {
            http.baseUrl(baseUrl);
        }
        this.client = Client.builder().apiKey(apiKey).httpOptions(http.build()).build();
        this.model = model;
        this.packs = packs;
        this.thinkingBudget = thinkingBudget;
    }

    /**
     * The SDK's retry policy: {@code attempts} in all, and no back-off when there is a single
     * attempt (the SDK otherwise waits its initial delay, about 1 s, even before giving up).
     */
    private static HttpRetryOptions retries(int attempts) {
        HttpRetryOptions.Builder retry = HttpRetryOptions.builder().attempts(Math.max(1, attempts));
        if (attempts <= 1) {
            retry.initialDelay(0.0).maxDelay(0.0).jitter(0.0);
        } else {
            retry.initialDelay(0.2).maxDelay(0.5);
        }
        return retry.build();
    }

    @Override
    public Evaluation evaluate(EvaluationRequest request) {
        if (request.expected().isEmpty()) {
            throw new IllegalArgumentException("An evaluation needs at least one accepted answer.");
        }
        LangPack pack = packs.forInstructionLang(request.instructionLang());
        GenerateContentConfig config = GenerateContentConfig.builder()
                .systemInstruction(Content.fromParts(Part.fromText(EvaluationPrompt.instruction(pack))))
                .responseMimeType("application/json")
                .responseSchema(EvaluationPrompt.responseSchema())
                .thinkingConfig(ThinkingConfig.builder().thinkingBudget(thinkingBudget).build())
                .temperature(0f)
                .maxOutputTokens(1024)
                .build();
        GenerateContentResponse response;
        try {
            response = client.models.generateContent(model, EvaluationPrompt.task(request, pack), config);
        } catch (ApiException e) {
            throw new ModelUnavailableException("Gemini answered HTTP " + e.code() + " " + e.status(), e);
        } catch (RuntimeException e) {
            throw new ModelUnavailableException("Gemini call failed: " + e.getMessage(), e);
        }
        return parse(response.text(), request);
    }

    /** Maps the model's JSON onto an evaluation; anything off-schema is a {@link ModelUnavailableException}. */
    static Evaluation parse(String text, EvaluationRequest request) {
        if (text == null || text.isBlank()) {
            throw new ModelUnavailableException("Gemini returned no text", null);
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new ModelUnavailableException("Gemini returned malformed JSON", e);
        }
        if (!root.isObject() || !root.path("score").isNumber() || !root.path("passed").isBoolean()
                || !root.path("errors").isArray() || !root.path("feedback").isString()) {
            throw new ModelUnavailableException("Gemini's JSON does not match the response schema", null);
        }
        List<EvaluationError> errors = new ArrayList<>();
        for (JsonNode e : root.path("errors")) {
            ErrorCategory category;
            try {
                category = ErrorCategory.fromWire(e.path("category").asString(""));
            } catch (IllegalArgumentException unknown) {
                continue; // a category outside the schema: drop the error, keep the verdict
            }
            errors.add(new EvaluationError(category, e.path("original").asString(""),
                    e.path("correction").asString(""), e.path("explanation").asString("")));
        }
        int score = Math.max(0, Math.min(100, root.path("score").asInt()));
        return new Evaluation(score, root.path("passed").asBoolean(), errors, root.path("feedback").asString(),
                acceptedOrFirst(root.path("model_answer").asString(""), request), EvaluationSource.MODEL,
                CONFIDENCE);
    }

    /** The model's model answer when it is one of the accepted answers; else the first accepted answer. */
    private static String acceptedOrFirst(String proposed, EvaluationRequest request) {
        String p = AnswerText.unspaced(AnswerText.normalise(proposed));
        for (String e : request.expected()) {
            if (AnswerText.unspaced(AnswerText.normalise(e)).equals(p)) {
                return e;
            }
        }
        return request.expected().getFirst();
    }

    /** The model name this evaluator calls. */
    public String model() {
        return model;
    }

    @Override
    public void close() {
        client.close();
    }
}
