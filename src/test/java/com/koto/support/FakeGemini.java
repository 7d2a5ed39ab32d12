package com.koto.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local HTTP server speaking the shape of Gemini's {@code generateContent}, for driving the real
 * google-genai SDK in tests. The reply function gets the request body and returns the model's text
 * part (wrapped into a candidates envelope), with an optional delay.
 */
public final class FakeGemini implements AutoCloseable {

    private final HttpServer server;
    /** Every request body received. */
    public final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Function<String, String> reply = body -> "{}";
    private volatile Function<String, String> rawReply;
    private volatile int status = 200;
    private volatile long delayMs;

    public FakeGemini() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(body);
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String envelope = rawReply != null ? rawReply.apply(body)
                    : "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":"
                            + quote(reply.apply(body)) + "}]},\"finishReason\":\"STOP\"}]}";
            if (status != 200) {
                envelope = "{\"error\":{\"code\":" + status + ",\"message\":\"fake failure\",\"status\":\"UNAVAILABLE\"}}";
            }
            byte[] bytes = envelope.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** Base URL for {@code HttpOptions.baseUrl}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Sets the text part the fake model answers with. */
    public FakeGemini answering(Function<String, String> reply) {
        this.reply = reply;
        return this;
    }

    /** Answers with a whole response body (e.g. inline audio parts). */
    public FakeGemini answeringRaw(Function<String, String> body) {
        this.rawReply = body;
        return this;
    }

    /** Answers every request with this HTTP status (an error body when not 200). */
    public FakeGemini status(int status) {
        this.status = status;
        return this;
    }

    /** Delays every reply. */
    public FakeGemini delay(long ms) {
        this.delayMs = ms;
        return this;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
