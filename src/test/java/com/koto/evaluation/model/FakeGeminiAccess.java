package com.koto.evaluation.model;

import java.io.IOException;

/** {@link FakeGemini} for tests outside this package. */
public final class FakeGeminiAccess implements AutoCloseable {

    private final FakeGemini server;

    public FakeGeminiAccess() throws IOException {
        this.server = new FakeGemini();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public void replyWithEvaluation(String json) {
        server.replyWithEvaluation(json);
    }

    public void replyWithError(int status, String name) {
        server.replyWithError(status, name);
    }

    public void replySlowly(String json, long millis) {
        server.replySlowly(json, millis);
    }

    /** How many requests reached the server. */
    public int requests() {
        return server.received().size();
    }

    @Override
    public void close() {
        server.close();
    }
}
