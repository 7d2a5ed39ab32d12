package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import com.koto.support.RequiresTool;
import com.koto.support.Tool;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The repository's Caddyfile, run by the real Caddy on loopback in front of this app: the API
 * under /koto-api, the WebSocket under /koto/ws, the console at /.
 */
@RequiresTool(Tool.CADDY)
class GatewayTest extends IntegrationTest {

    private Process caddy;

    @AfterEach
    void stopCaddy() {
        if (caddy != null) {
            caddy.destroy();
        }
    }

    @Test
    void caddyRoutesApiWebSocketAndConsole() throws Exception {
        int gatewayPort;
        try (ServerSocket s = new ServerSocket(0)) {
            gatewayPort = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(Tool.CADDY.path().toString(), "run", "--config", Path.of("Caddyfile").toAbsolutePath().toString(),
                "--adapter", "caddyfile").redirectErrorStream(true).redirectOutput(Path.of("target", "caddy.log").toFile());
        pb.environment().put("KOTO_DOMAIN", "http://127.0.0.1:" + gatewayPort);
        pb.environment().put("KOTO_UPSTREAMS", "127.0.0.1:" + port);
        pb.environment().put("KOTO_CADDY_ADMIN", "off");
        caddy = pb.start();
        Api gateway = new Api("http://127.0.0.1:" + gatewayPort);
        waitUntilUp(gateway);

        String token = gateway.post("/koto-api/v1/auth/token", Map.of("username", "admin", "password", ADMIN_PASSWORD))
                .json().path("access_token").asString();
        Api viaGateway = gateway.withToken(token);
        JsonNode lessons = viaGateway.get("/koto-api/v1/lessons").json();
        assertThat(lessons.size()).isGreaterThanOrEqualTo(2);
        String session = viaGateway.post("/koto-api/v1/sessions", Map.of("lesson_id", lessons.get(0).path("id").asString()))
                .json().path("id").asString();

        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(
                URI.create("ws://127.0.0.1:" + gatewayPort + "/koto/ws/sessions/" + session + "?access_token=" + token),
                new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        first.complete(data.toString());
                        return null;
                    }
                }).get(5, TimeUnit.SECONDS);
        assertThat(first.get(10, TimeUnit.SECONDS)).contains("\"type\":\"activity\"");
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");

        Api.Response console = gateway.get("/login");
        assertThat(console.status()).isEqualTo(200);
        assertThat(console.body()).contains("window.Vaadin");
    }

    private static void waitUntilUp(Api gateway) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (gateway.get("/koto-api/v1/lessons").status() == 401) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // caddy still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("caddy did not start; see target/caddy.log");
    }
}
