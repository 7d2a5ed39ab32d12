package com.koto.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for the API tests (java.net.http, JSON via Jackson). */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String token;

    public Api(String base) {
        this(base, null);
    }

    private Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The same client sending {@code Authorization: Bearer <token>}. */
    public Api withToken(String bearer) {
        return new Api(base, bearer);
    }

    /** The bearer token this client sends, or {@code null}. */
    public String token() {
        return token;
    }

    /** GET a path. */
    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), null);
    }

    /** POST a JSON body (a Map/record serialised by Jackson, or a raw String sent as is). */
    public Response post(String path, Object body) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)), text);
    }

    /** The id of a published lesson by slug. @throws AssertionError when it is not listed */
    public String lessonId(String slug) {
        for (JsonNode l : get("/api/v1/lessons").json()) {
            if (slug.equals(l.path("slug").asString())) {
                return l.path("id").asString();
            }
        }
        throw new AssertionError("no published lesson " + slug);
    }

    /** Starts a session on a lesson (by slug) and returns the session id. */
    public String startSession(String slug) {
        Response r = post("/api/v1/sessions", Map.of("lesson_id", lessonId(slug)));
        if (r.status() != 201) {
            throw new AssertionError("session not started: " + r);
        }
        return r.json().path("id").asString();
    }

    /** Registers a learner and returns a client holding their token. */
    public Api newLearner(String instructionLang) {
        return withToken(newLearnerToken(instructionLang));
    }

    /** Registers a learner and returns their access token. */
    public String newLearnerToken(String instructionLang) {
        return login(newLearnerUsername(instructionLang), "correct-horse-1");
    }

    /** Registers a learner (password {@code correct-horse-1}) and returns the username. */
    public String newLearnerUsername(String instructionLang) {
        String username = "learner-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = post("/api/v1/learners", Map.of("username", username, "password", "correct-horse-1",
                "display_name", "Test " + username, "instruction_lang", instructionLang));
        if (created.status() != 201) {
            throw new IllegalStateException("registration failed: " + created);
        }
        return username;
    }

    /** Logs in and returns the access token. */
    public String login(String username, String password) {
        Response r = post("/api/v1/auth/token", Map.of("username", username, "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("login failed: " + r);
        }
        return r.json().path("access_token").asString();
    }

    private Response send(HttpRequest.Builder request, String sent) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A response.
     *
     * @param status      HTTP status
     * @param contentType Content-Type header
     * @param body        raw body
     */
    public record Response(int status, String contentType, String body) {

        /** The body parsed as JSON. */
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
