package com.koto.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document as the running application serves it: public, snake_case throughout, with the
 * problem+json schema, bearer auth and the WebSocket messages, and identical to the committed
 * {@code docs/api/openapi.json} (the contract the Unity client is written against).
 *
 * <p>To refresh the committed copy after a deliberate API change:
 * {@code ./mvnw test -Dvaadin.skip -Dtest=OpenApiDocumentTest -Dopenapi.write=true}.
 */
class OpenApiDocumentTest extends IntegrationTest {

    static final Path COMMITTED = Path.of("docs", "api", "openapi.json");
    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode served() {
        Api.Response r = api().get("/v3/api-docs");
        assertThat(r.status()).as("the document needs no login").isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        return r.json();
    }

    @Test
    void committedDocumentIsWhatTheApplicationServes() throws IOException {
        JsonNode served = served();
        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n";
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(COMMITTED, pretty);
        }
        if (!Files.exists(COMMITTED) || !JSON.readTree(Files.readString(COMMITTED)).equals(served)) {
            Path actual = Path.of("target", "openapi-served.json");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, pretty);
            fail(COMMITTED + " differs from what the application serves (written to " + actual + "). If the API "
                    + "change is deliberate, run this test with -Dopenapi.write=true and commit the file.");
        }
    }

    @Test
    void everyPropertyAndParameterNameIsSnakeCase() {
        JsonNode doc = served();
        List<String> offenders = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : doc.path("components").path("schemas").properties()) {
            collectNames(schema.getKey(), schema.getValue(), offenders);
        }
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                for (JsonNode p : op.getValue().path("parameters")) {
                    if (!SNAKE.matcher(p.path("name").asString()).matches()) {
                        offenders.add(op.getKey() + " " + path.getKey() + " parameter " + p.path("name").asString());
                    }
                }
            }
        }
        assertThat(doc.path("components").path("schemas").size()).isGreaterThan(20);
        assertThat(offenders).as("property names that are not snake_case").isEmpty();
    }

    /** Walks a schema: its properties, required names, and nested schemas (items, allOf, oneOf, …). */
    private static void collectNames(String where, JsonNode schema, List<String> offenders) {
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            if (!SNAKE.matcher(p.getKey()).matches()) {
                offenders.add(where + "." + p.getKey());
            }
            collectNames(where + "." + p.getKey(), p.getValue(), offenders);
        }
        for (JsonNode r : schema.path("required")) {
            if (!SNAKE.matcher(r.asString()).matches()) {
                offenders.add(where + " required " + r.asString());
            }
        }
        for (String nested : List.of("items", "additionalProperties")) {
            if (schema.path(nested).isObject()) {
                collectNames(where + "[" + nested + "]", schema.path(nested), offenders);
            }
        }
        for (String list : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode s : schema.path(list)) {
                collectNames(where + "<" + list + ">", s, offenders);
            }
        }
    }

    @Test
    void documentsErrorsBearerAuthAndTheWebSocketMessages() {
        JsonNode doc = served();
        JsonNode schemas = doc.path("components").path("schemas");
        assertThat(doc.path("components").path("security_schemes").isMissingNode()).isTrue();
        assertThat(doc.path("components").path("securitySchemes").path(OpenApiConfiguration.BEARER).path("scheme")
                .asString()).isEqualTo("bearer");
        assertThat(schemas.path("Problem").path("properties").has("detail")).isTrue();
        assertThat(schemas.path("Problem").path("properties").has("retry_after")).isTrue();

        for (String message : List.of("ClientMessage", "AuthMessage", "UserInputMessage", "AudioUploadedMessage",
                "PingMessage", "ServerMessage", "ActivityMessage", "TranscriptMessage", "EvaluationMessage",
                "TutorResponse", "StageComplete", "SessionComplete", "AudioStatusMessage", "ErrorMessage",
                "PongMessage")) {
            assertThat(schemas.has(message)).as("component schema %s", message).isTrue();
        }
        assertThat(doc.toString()).contains("\"client_event_id\"", "\"audio_url\"", "\"duration_ms\"",
                "\"total_score\"", "\"stage_complete\"", "\"refresh_token\"");

        JsonNode token = doc.path("paths").path("/api/v1/auth/token").path("post");
        assertThat(token.path("security").isArray() && token.path("security").isEmpty())
                .as("sign-in is public").isTrue();
        JsonNode me = doc.path("paths").path("/api/v1/me").path("get");
        assertThat(me.path("security").get(0).has(OpenApiConfiguration.BEARER)).isTrue();
        assertThat(me.path("responses").path("401").path("content").has(OpenApiConfiguration.PROBLEM_JSON)).isTrue();
        JsonNode turn = doc.path("paths").path("/api/v1/sessions/{id}/events").path("post");
        assertThat(turn.path("responses").path("409").path("content").path(OpenApiConfiguration.PROBLEM_JSON)
                .path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void swaggerUiIsPublic() {
        Api.Response ui = api().get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }
}
