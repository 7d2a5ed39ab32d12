package com.koto.evaluation.model;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for the Gemini API ({@code POST /v1beta/models/{model}:generateContent}) on
 * the JDK's HTTP server: records every request and answers with queued replies — recorded-shape
 * responses, HTTP errors, malformed JSON or slow replies.
 */
final class FakeGemini implements AutoCloseable {

    /** One reply: an HTTP status, a body, and a delay before answering. */
    record Reply(int status, String body, long delayMillis) {
    }

    /** One received request. */
    record Received(String method, String path, Map<String, List<String>> headers, JsonNode body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    FakeGemini() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), JSON.readTree(new String(in, StandardCharsets.UTF_8))));
            Reply reply = replies.poll();
            if (reply == null) {
                reply = new Reply(500, "{\"error\":{\"code\":500,\"message\":\"no reply queued\",\"status\":\"INTERNAL\"}}", 0);
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
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** Base URL to give the SDK. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues a successful reply whose model text is {@code evaluationJson}, in the API's response shape. */
    void replyWithEvaluation(String evaluationJson) {
        String body = JSON.createObjectNode()
                .set("candidates", JSON.createArrayNode().add(JSON.createObjectNode()
                        .<tools.jackson.databind.node.ObjectNode>set("content", JSON.createObjectNode()
                                .put("role", "model")
                                .set("parts", JSON.createArrayNode().add(JSON.createObjectNode()
                                        .put("text", evaluationJson))))
                        .put("finishReason", "STOP")
                        .put("index", 0)))
                .<tools.jackson.databind.node.ObjectNode>set("usageMetadata", JSON.createObjectNode()
                        .put("promptTokenCount", 412).put("candidatesTokenCount", 96).put("totalTokenCount", 508))
                .put("modelVersion", "gemini-2.5-flash")
                .put("responseId", "fake-1")
                .toString();
        replies.add(new Reply(200, body, 0));
    }

    /** Queues an HTTP error in Google's error shape. */
    void replyWithError(int status, String statusName) {
        replies.add(new Reply(status, "{\"error\":{\"code\":" + status + ",\"message\":\"fake " + statusName
                + "\",\"status\":\"" + statusName + "\"}}", 0));
    }

    /** Queues a reply after a delay. */
    void replySlowly(String evaluationJson, long delayMillis) {
        replyWithEvaluation(evaluationJson);
        Reply r = replies.stream().reduce((a, b) -> b).orElseThrow();
        replies.remove(r);
        replies.add(new Reply(r.status(), r.body(), delayMillis));
    }

    List<Received> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
