package com.koto.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The learner's own profile: read, change, password; unsupported instruction languages are 400s. */
class MeApiTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** PATCH with a JSON body (the shared test client has no PATCH). */
    private Api.Response patch(String token, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Api.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    @Test
    void learnerReadsTheirProfileWithoutThePasswordHash() {
        String username = api().newLearnerUsername("id");
        Api learner = api().withToken(api().login(username, "correct-horse-1"));
        Api.Response me = learner.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        JsonNode body = me.json();
        assertThat(body.path("username").asString()).isEqualTo(username);
        assertThat(body.path("display_name").asString()).isEqualTo("Test " + username);
        assertThat(body.path("instruction_lang").asString()).isEqualTo("id");
        assertThat(body.path("role").asString()).isEqualTo("LEARNER");
        assertThat(me.body()).doesNotContain("password").doesNotContain("{bcrypt}");
        assertThat(api().get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void learnerChangesNameAndLanguageAndNewSessionsUseIt() throws Exception {
        String token = api().newLearnerToken("id");
        Api.Response changed = patch(token, "/api/v1/me", Map.of("display_name", "Sari W.", "instruction_lang", "en"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("display_name").asString()).isEqualTo("Sari W.");
        assertThat(changed.json().path("instruction_lang").asString()).isEqualTo("en");

        // the old token still says "id"; the session follows the account
        Api learner = api().withToken(token);
        Api.Response session = learner.post("/api/v1/sessions", Map.of("lesson_id", learner.lessonId("cafe-ordering")));
        assertThat(session.status()).isEqualTo(201);
        assertThat(session.json().path("instruction_lang").asString()).isEqualTo("en");

        // omitted fields stay
        Api.Response nameOnly = patch(token, "/api/v1/me", Map.of("display_name", "Sari"));
        assertThat(nameOnly.json().path("instruction_lang").asString()).isEqualTo("en");
    }

    @Test
    void unsupportedInstructionLanguageIsABadRequestNamingTheSupportedOnes() throws Exception {
        String token = api().newLearnerToken("id");
        Api.Response patch = patch(token, "/api/v1/me", Map.of("instruction_lang", "fr"));
        assertThat(patch.status()).isEqualTo(400);
        assertThat(patch.contentType()).startsWith("application/problem+json");
        assertThat(patch.json().path("detail").asString()).contains("'fr'").contains("en, id");
        assertThat(api().withToken(token).get("/api/v1/me").json().path("instruction_lang").asString()).isEqualTo("id");

        Api.Response register = api().post("/api/v1/learners", Map.of("username", "fr-learner-1",
                "password", "correct-horse-1", "display_name", "Amélie", "instruction_lang", "fr"));
        assertThat(register.status()).isEqualTo(400);
        assertThat(register.json().path("detail").asString()).contains("en, id");

        Api learner = api().withToken(token);
        Api.Response session = learner.post("/api/v1/sessions", Map.of("lesson_id", learner.lessonId("cafe-ordering"),
                "instruction_lang", "fr"));
        assertThat(session.status()).isEqualTo(400);
        assertThat(session.json().path("detail").asString()).contains("supported instruction languages: en, id");

        Api.Response lessons = learner.get("/api/v1/lessons?instruction_lang=fr");
        assertThat(lessons.status()).isEqualTo(400);
        assertThat(lessons.json().path("detail").asString()).contains("en, id");
        assertThat(learner.get("/api/v1/lessons?instruction_lang=en").status()).isEqualTo(200);
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndSignsOutOtherDevices() {
        String username = api().newLearnerUsername("id");
        JsonNode device = api().post("/api/v1/auth/token", Map.of("username", username, "password", "correct-horse-1"))
                .json();
        Api learner = api().withToken(device.path("access_token").asString());

        Api.Response wrong = learner.post("/api/v1/me/password", Map.of("current_password", "not-my-password",
                "new_password", "battery-staple-2"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("detail").asString()).contains("current password is wrong");
        Api.Response tooShort = learner.post("/api/v1/me/password", Map.of("current_password", "correct-horse-1",
                "new_password", "short"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().path("detail").asString()).contains("new_password");

        Api.Response changed = learner.post("/api/v1/me/password", Map.of("current_password", "correct-horse-1",
                "new_password", "battery-staple-2"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("refresh_token").asString()).isNotBlank();
        assertThat(api().withToken(changed.json().path("access_token").asString()).get("/api/v1/me").status())
                .isEqualTo(200);

        assertThat(api().post("/api/v1/auth/token", Map.of("username", username, "password", "correct-horse-1"))
                .status()).isEqualTo(401);
        assertThat(api().login(username, "battery-staple-2")).isNotBlank();
        // the other device's refresh token was revoked; the new pair's works
        assertThat(api().post("/api/v1/auth/refresh", Map.of("refresh_token", device.path("refresh_token").asString()))
                .status()).isEqualTo(401);
        assertThat(api().post("/api/v1/auth/refresh", Map.of("refresh_token",
                changed.json().path("refresh_token").asString())).status()).isEqualTo(200);
    }
}
