package com.koto.evaluation.model;

import com.koto.support.FakeGemini;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.EvaluationSource;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Gemini evaluator through the real SDK against a local fake server. */
class GeminiEvaluatorTest {

    static final String VERDICT = """
            {"score": 70, "passed": false, "errors": [{"category": "vocabulary", "original": "라떼",
             "correction": "아메리카노", "explanation": "Pesanannya amerikano, bukan latte."}],
             "feedback": "Hampir benar. Seharusnya: 아메리카노 한 잔 주세요", "model_answer": "아메리카노 한 잔 주세요"}""";

    private FakeGemini server;
    private GeminiEvaluator gemini;

    @BeforeEach
    void start() throws Exception {
        server = new FakeGemini();
        gemini = new GeminiEvaluator("test-key", "gemini-2.5-flash", server.baseUrl(), Duration.ofSeconds(2), 1, 0,
                new TestPacks());
    }

    @AfterEach
    void stop() {
        gemini.close();
        server.close();
    }

    private static EvaluationRequest request(String answer) {
        return new EvaluationRequest(List.of("아메리카노 한 잔 주세요"), List.of(), answer, "id", Register.POLITE,
                "v1/cafe-order", "Order a drink at the counter");
    }

    @Test
    void sendsTheActivityWithStructuredOutputAndALowThinkingBudget() {
        server.replyWithEvaluation(VERDICT);

        gemini.evaluate(request("라떼 한 잔 주세요"));

        FakeGemini.Received call = server.received().getFirst();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
        assertThat(call.headers().get("X-goog-api-key")).containsExactly("test-key");
        JsonNode body = call.body();
        String task = body.at("/contents/0/parts/0/text").asString();
        assertThat(task).contains("라떼 한 잔 주세요", "- 아메리카노 한 잔 주세요", "Register: polite", "Indonesian",
                "Order a drink at the counter", "(카드 계산할게요 → 카드로 계산할게요)");
        assertThat(body.at("/systemInstruction/parts/0/text").asString()).contains("Indonesian", "particle_missing");
        JsonNode config = body.path("generationConfig");
        assertThat(config.path("responseMimeType").asString()).isEqualTo("application/json");
        assertThat(config.at("/thinkingConfig/thinkingBudget").asInt()).isZero();
        assertThat(config.path("temperature").asDouble()).isZero();
        JsonNode schema = config.path("responseSchema");
        assertThat(schema.at("/properties/errors/items/properties/category/enum")).hasSize(11);
        assertThat(schema.path("required").toString()).contains("score", "passed", "errors", "feedback");
    }

    @Test
    void mapsTheReplyOntoAnEvaluation() {
        server.replyWithEvaluation(VERDICT);

        Evaluation e = gemini.evaluate(request("라떼 한 잔 주세요"));

        assertThat(e.passed()).isFalse();
        assertThat(e.score()).isEqualTo(70);
        assertThat(e.source()).isEqualTo(EvaluationSource.MODEL);
        assertThat(e.errors().getFirst().category()).isEqualTo(ErrorCategory.VOCABULARY);
        assertThat(e.feedback()).startsWith("Hampir benar");
        assertThat(e.modelAnswer()).isEqualTo("아메리카노 한 잔 주세요");
    }

    @Test
    void rateLimitIsModelUnavailableAfterOneAttempt() {
        server.replyWithError(429, "RESOURCE_EXHAUSTED");
        server.replyWithEvaluation(VERDICT);

        assertThatThrownBy(() -> gemini.evaluate(request("라떼 한 잔 주세요")))
                .isInstanceOf(ModelUnavailableException.class).hasMessageContaining("429");
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void serverErrorIsModelUnavailable() {
        server.replyWithError(500, "INTERNAL");

        assertThatThrownBy(() -> gemini.evaluate(request("라떼 한 잔 주세요")))
                .isInstanceOf(ModelUnavailableException.class).hasMessageContaining("500");
    }

    @Test
    void malformedJsonIsModelUnavailable() {
        server.replyWithEvaluation("{\"score\": 70, \"passed\": fals");

        assertThatThrownBy(() -> gemini.evaluate(request("라떼 한 잔 주세요")))
                .isInstanceOf(ModelUnavailableException.class).hasMessageContaining("malformed");
    }

    @Test
    void jsonOffTheSchemaIsModelUnavailable() {
        server.replyWithEvaluation("{\"verdict\": \"ok\"}");

        assertThatThrownBy(() -> gemini.evaluate(request("라떼 한 잔 주세요")))
                .isInstanceOf(ModelUnavailableException.class).hasMessageContaining("schema");
    }
}
