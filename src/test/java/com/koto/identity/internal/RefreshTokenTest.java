package com.koto.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Refresh tokens: issued at sign-in, stored hashed, single-use with rotation, reuse revokes the family. */
class RefreshTokenTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private JsonNode signIn(String username) {
        Api.Response r = api().post("/api/v1/auth/token", Map.of("username", username, "password", "correct-horse-1"));
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private Api.Response refresh(String refreshToken) {
        return api().post("/api/v1/auth/refresh", Map.of("refresh_token", refreshToken));
    }

    @Test
    void signInReturnsARefreshTokenStoredOnlyAsItsHash() {
        JsonNode tokens = signIn(api().newLearnerUsername("id"));
        String refresh = tokens.path("refresh_token").asString();
        assertThat(refresh).hasSizeGreaterThanOrEqualTo(43).doesNotContain(".");
        assertThat(tokens.path("refresh_expires_in").asLong()).isEqualTo(30L * 24 * 3600);
        assertThat(jdbc.queryForObject("select count(*) from refresh_tokens where token_hash = ?", Integer.class,
                refresh)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from refresh_tokens where token_hash = ?", Integer.class,
                RefreshTokens.hash(refresh))).isEqualTo(1);
    }

    @Test
    void refreshRotatesAndTheNewAccessTokenWorks() {
        String username = api().newLearnerUsername("id");
        JsonNode first = signIn(username);
        Api.Response rotated = refresh(first.path("refresh_token").asString());
        assertThat(rotated.status()).isEqualTo(200);
        JsonNode second = rotated.json();
        assertThat(second.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(second.path("refresh_token").asString()).isNotEqualTo(first.path("refresh_token").asString());
        Api.Response me = api().withToken(second.path("access_token").asString()).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asString()).isEqualTo(username);
        // and the next one rotates again
        assertThat(refresh(second.path("refresh_token").asString()).status()).isEqualTo(200);
    }

    @Test
    void reusingASpentRefreshTokenRevokesTheWholeFamily() {
        String username = api().newLearnerUsername("en");
        JsonNode first = signIn(username);
        JsonNode other = signIn(username); // another device: its own family
        JsonNode second = refresh(first.path("refresh_token").asString()).json();

        Api.Response reuse = refresh(first.path("refresh_token").asString());
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.contentType()).startsWith("application/problem+json");
        assertThat(reuse.json().path("detail").asString()).contains("already used");

        // the legitimate successor of the stolen token is dead too: the owner signs in again
        assertThat(refresh(second.path("refresh_token").asString()).status()).isEqualTo(401);
        // the other device's sign-in is untouched
        assertThat(refresh(other.path("refresh_token").asString()).status()).isEqualTo(200);
    }

    @Test
    void logoutRevokesAndIsIdempotent() {
        JsonNode tokens = signIn(api().newLearnerUsername("id"));
        String refresh = tokens.path("refresh_token").asString();
        Api.Response out = api().post("/api/v1/auth/logout", Map.of("refresh_token", refresh));
        assertThat(out.status()).isEqualTo(204);
        assertThat(refresh(refresh).status()).isEqualTo(401);
        assertThat(api().post("/api/v1/auth/logout", Map.of("refresh_token", refresh)).status()).isEqualTo(204);
        assertThat(api().post("/api/v1/auth/logout", Map.of("refresh_token", "never-issued")).status()).isEqualTo(204);
    }

    @Test
    void expiredUnknownOrMissingRefreshTokensAreRefused() {
        JsonNode tokens = signIn(api().newLearnerUsername("id"));
        String refresh = tokens.path("refresh_token").asString();
        jdbc.update("update refresh_tokens set expires_at = now() - interval '1 minute' where token_hash = ?",
                RefreshTokens.hash(refresh));
        Api.Response expired = refresh(refresh);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().path("detail").asString()).contains("expired");

        // the next sign-in of the account clears its expired rows
        String username = jdbc.queryForObject("select a.username from accounts a join refresh_tokens t on "
                + "t.account_id = a.id where t.token_hash = ?", String.class, RefreshTokens.hash(refresh));
        signIn(username);
        assertThat(jdbc.queryForObject("select count(*) from refresh_tokens where token_hash = ?", Integer.class,
                RefreshTokens.hash(refresh))).isZero();

        assertThat(refresh("not-a-token").status()).isEqualTo(401);
        Api.Response missing = api().post("/api/v1/auth/refresh", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("detail").asString()).contains("refresh_token");
    }

    @Test
    void anAccessTokenIsNotARefreshToken() {
        JsonNode tokens = signIn(api().newLearnerUsername("id"));
        assertThat(refresh(tokens.path("access_token").asString()).status()).isEqualTo(401);
    }
}
