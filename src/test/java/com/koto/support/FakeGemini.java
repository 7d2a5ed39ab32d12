package com.koto.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local stand-in for the Gemini API ({@code POST /v1beta/models/{model}:generateContent}) on the
 * JDK's HTTP server, for driving the real google-genai SDK in tests. It records every request and
 * answers with the next queued reply (recorded-shape responses, HTTP errors, malformed JSON, slow
 * replies); when none is queued, with the standing reply: a text part computed from the request
 * body ({@link #answering}), a whole body ({@link #answeringRaw}) or an error status ({@link #status}).
 * Declared as a static {@code @RegisterExtension} field, it stops after the test class.
 */
public final class FakeGemini implements AutoCloseable, AfterAllCallback {

    /** One reply: an HTTP status, a body, and a delay before answering. */
    public record Reply(int status, String body, long delayMillis) {
    }

    /**
     * One received request.
     *
     * @param raw  the body as sent
     * @param body the body parsed as JSON
     */
    public record Received(String method, String path, Map<String, List<String>> headers, String raw, JsonNode body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final BlockingQueue<Reply> queued = new LinkedBlockingQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<String, String> standing = body -> envelope("{}");
    private volatile int status = 200;
    private volatile long delayMs;

    public FakeGemini() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), raw, JSON.readTree(raw)));
            Reply reply = queued.poll();
            if (reply == null) {
                reply = status != 200 ? error(status, "UNAVAILABLE", delayMs) : new Reply(200, standing.apply(raw), delayMs);
            }
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            try {
                exchange.sendResponseHeaders(reply.status(), out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            } catch (IOException clientGone) {
                // the client timed out and closed the connection
            }
            exchange.close();
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** Base URL to give the SDK ({@code HttpOptions.baseUrl}). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Standing reply: a model text part computed from the request body. */
    public FakeGemini answering(Function<String, String> text) {
        this.standing = body -> envelope(text.apply(body));
        return this;
    }

    /** Standing reply: a whole response body (e.g. inline audio parts). */
    public FakeGemini answeringRaw(Function<String, String> body) {
        this.standing = body;
        return this;
    }

    /** Standing reply: this HTTP status (an error body when not 200). */
    public FakeGemini status(int status) {
        this.status = status;
        return this;
    }

    /** Delays every standing reply. */
    public FakeGemini delay(long ms) {
        this.delayMs = ms;
        return this;
    }

    /** Queues a successful reply whose model text is {@code text}, in the API's response shape. */
    public void replyWithEvaluation(String text) {
        queued.add(new Reply(200, envelope(text), 0));
    }

    /** Queues an HTTP error in Google's error shape. */
    public void replyWithError(int status, String statusName) {
        queued.add(error(status, statusName, 0));
    }

    /** Queues a successful reply sent after a delay. */
    public void replySlowly(String text, long delayMillis) {
        queued.add(new Reply(200, envelope(text), delayMillis));
    }

    /**
     * Application properties that route speech-to-text to this fake (real google-genai SDK), keep
     * text-to-speech on the local espeak-ng and answers with the rule evaluator.
     */
    /** Adds {@link #speechProperties()} to a test's {@code @DynamicPropertySource}. */
    public void addSpeechProperties(DynamicPropertyRegistry registry) {
        speechProperties().forEach((k, v) -> registry.add(k, () -> v));
    }

    public Map<String, String> speechProperties() {
        return Map.of("koto.gemini.api-key", "test-key", "koto.gemini.base-url", baseUrl(),
                "koto.speech.stt-provider", "gemini", "koto.speech.tts-provider", "espeak",
                "koto.evaluation.use-model", "false");
    }

    /** Every request received, in order. */
    public List<Received> received() {
        return received;
    }

    /** How many requests reached the server. */
    public int requestCount() {
        return received.size();
    }

    private static Reply error(int status, String statusName, long delay) {
        return new Reply(status, "{\"error\":{\"code\":" + status + ",\"message\":\"fake " + statusName
                + "\",\"status\":\"" + statusName + "\"}}", delay);
    }

    private static String envelope(String text) {
        ObjectNode candidate = JSON.createObjectNode();
        candidate.putObject("content").put("role", "model").putArray("parts").addObject().put("text", text);
        candidate.put("finishReason", "STOP").put("index", 0);
        ObjectNode body = JSON.createObjectNode();
        body.putArray("candidates").add(candidate);
        body.putObject("usageMetadata").put("promptTokenCount", 412).put("candidatesTokenCount", 96)
                .put("totalTokenCount", 508);
        body.put("modelVersion", "gemini-2.5-flash").put("responseId", "fake-1");
        return body.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
