package com.koto.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real WebSocket client (java.net.http) collecting the server's JSON messages. */
public final class WsClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;
    /** Every raw message received, for size checks. */
    public final List<String> raw = new ArrayList<>();

    private WsClient(URI uri) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            String message = partial.toString();
                            partial.setLength(0);
                            synchronized (raw) {
                                raw.add(message);
                            }
                            inbox.add(message);
                        }
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket ws, Throwable error) {
                        closed.complete(-1);
                    }
                }).join();
    }

    /** Connects to {@code ws://127.0.0.1:port/ws/sessions/{id}}, optionally with {@code ?access_token=}. */
    public static WsClient connect(int port, String sessionId, String token) {
        return new WsClient(URI.create("ws://127.0.0.1:" + port + "/ws/sessions/" + sessionId
                + (token == null ? "" : "?access_token=" + token)));
    }

    /** Sends a JSON message (a Map or a raw string). */
    public void send(Object message) {
        String text = message instanceof String s ? s : JSON.writeValueAsString(message);
        socket.sendText(text, true).join();
    }

    /** The next message, waiting up to {@code seconds}. @throws AssertionError on timeout */
    public JsonNode next(int seconds) {
        try {
            String m = inbox.poll(seconds, TimeUnit.SECONDS);
            if (m == null) {
                throw new AssertionError("no WebSocket message within " + seconds + " s");
            }
            return JSON.readTree(m);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next message of a type, skipping others. */
    public JsonNode next(String type, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            JsonNode m = next((int) Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime())));
            if (type.equals(m.path("type").asString())) {
                return m;
            }
        }
        throw new AssertionError("no '" + type + "' message within " + seconds + " s");
    }

    /** The close code the server sent, waiting up to {@code seconds}. */
    public int closeCode(int seconds) {
        try {
            return closed.get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("socket not closed within " + seconds + " s");
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
}
