package com.koto.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import tools.jackson.databind.JsonNode;

class AuthApiTest extends IntegrationTest {

    @Autowired
    JwtEncoder encoder;

    @Test
    void learnerRegistersAndGetsABearerToken() {
        String username = "sari-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = api().post("/api/v1/learners", Map.of("username", username,
                "password", "rahasia-123", "display_name", "Sari", "instruction_lang", "id"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("role").asString()).isEqualTo("LEARNER");
        assertThat(created.body()).doesNotContain("rahasia-123").doesNotContain("password");

        Api.Response token = api().post("/api/v1/auth/token", Map.of("username", username, "password", "rahasia-123"));
        assertThat(token.status()).isEqualTo(200);
        JsonNode body = token.json();
        assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(3600);
        assertThat(body.path("access_token").asString()).contains(".");
        assertThat(api().withToken(body.path("access_token").asString()).get("/api/v1/lessons").status())
                .isEqualTo(200);
    }

    @Test
    void registrationRejectsShortPasswordsAndBadLanguagesWithFieldErrors() {
        Api.Response r = api().post("/api/v1/learners", Map.of("username", "ab", "password", "short",
                "display_name", "", "instruction_lang", "Indonesian"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asString()).contains("password").contains("username")
                .contains("instruction_lang").contains("display_name");
    }

    @Test
    void takenUsernameIsAConflict() {
        Map<String, String> body = Map.of("username", "budi-" + UUID.randomUUID().toString().substring(0, 6),
                "password", "rahasia-123", "display_name", "Budi", "instruction_lang", "id");
        assertThat(api().post("/api/v1/learners", body).status()).isEqualTo(201);
        Api.Response again = api().post("/api/v1/learners", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asString()).contains("already taken");
    }

    @Test
    void wrongPasswordIsUnauthorizedWithoutSayingWhichPart() {
        Api.Response r = api().post("/api/v1/auth/token", Map.of("username", "admin", "password", "nope-nope"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asString()).isEqualTo("Wrong username or password.");
    }

    @Test
    void bootstrapAdminCanLogInWithTheConfiguredPassword() {
        assertThat(api().login("admin", ADMIN_PASSWORD)).isNotBlank();
    }

    @Test
    void missingTokenIsUnauthorizedProblem() {
        Api.Response r = api().get("/api/v1/lessons");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asString()).contains("bearer access token");
    }

    @Test
    void tamperedTokenIsRejected() {
        String token = api().newLearnerToken("en");
        String[] parts = token.split("\\.");
        // flip the payload to claim ADMIN while keeping the old signature
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"x\",\"roles\":[\"ADMIN\"],\"iss\":\"koto\"}".getBytes()) + "." + parts[2];
        Api.Response r = api().withToken(forged).get("/api/v1/lessons");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().path("detail").asString()).contains("invalid or has expired");
    }

    @Test
    void expiredTokenIsRejected() {
        Instant past = Instant.now().minus(2, ChronoUnit.HOURS);
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(TokenClaims.ISSUER).subject(UUID.randomUUID().toString())
                .issuedAt(past).expiresAt(past.plus(1, ChronoUnit.HOURS))
                .claim(TokenClaims.ROLES, List.of("LEARNER")).build();
        String expired = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        Api.Response r = api().withToken(expired).get("/api/v1/lessons");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void learnerCannotUseTeacherEndpoints() {
        Api learner = api().newLearner("en");
        Api.Response r = learner.post("/api/v1/lessons", "{}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }
}
