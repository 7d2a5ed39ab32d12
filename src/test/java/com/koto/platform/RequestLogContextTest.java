package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Log context of a request ({@code X-Request-Id} kept when it is a safe token, else a new one, echoed back),
 * and the environment switches: {@code KOTO_LOG_FORMAT=json} → ECS JSON lines, Redis health only where Redis is
 * configured.
 */
class RequestLogContextTest extends IntegrationTest {

    @Test
    void aSafeRequestIdIsKeptAndEchoedAnythingElseIsReplaced() throws Exception {
        assertThat(requestId("client-42.abc_DEF")).isEqualTo("client-42.abc_DEF");
        String replaced = requestId("bad id\" with spaces");
        assertThat(UUID.fromString(replaced)).isNotNull();
        assertThat(UUID.fromString(requestId(null))).isNotNull();
    }

    @Test
    void jsonLogFormatAndRedisHealthFollowTheEnvironment() {
        StandardEnvironment json = environment(Map.of("KOTO_LOG_FORMAT", "json", "KOTO_REDIS_URL", "redis://r:6379"));
        assertThat(json.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(json.getProperty("management.health.redis.enabled")).isEqualTo("true");
        assertThat(json.getProperty("spring.data.redis.url")).isEqualTo("redis://r:6379");

        StandardEnvironment plain = environment(Map.of());
        assertThat(plain.getProperty("logging.structured.format.console")).isNull();
        assertThat(plain.getProperty("management.health.redis.enabled")).isEqualTo("false");
    }

    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", variables));
        new KotoEnvironmentAliases().postProcessEnvironment(env, null);
        return env;
    }

    private String requestId(String given) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"));
        if (given != null) {
            request.header("X-Request-Id", given);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("X-Request-Id").orElseThrow();
    }
}
