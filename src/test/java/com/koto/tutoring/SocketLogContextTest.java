package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #14: the log lines of a WebSocket's work carry {@code request_id}, {@code session_id} and, once the
 * socket is authenticated, {@code learner_id}, as fields of the JSON log lines ({@code KOTO_LOG_FORMAT=json}
 * sets this ECS format). Read from the application's real console output while a learner plays over a real
 * socket.
 */
@TestPropertySource(properties = {
        "logging.structured.format.console=ecs",
        "logging.level.com.koto.tutoring.internal.SessionSocketHandler=debug"})
@ExtendWith(OutputCaptureExtension.class)
class SocketLogContextTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyLineOfASocketsMessagesCarriesTheRequestSessionAndLearnerIds(CapturedOutput output) throws Exception {
        String token = api().newLearnerToken("en");
        Api learner = api().withToken(token);
        String session = learner.post("/api/v1/sessions", Map.of("lesson_id", learner.lessonId("cafe-ordering"))).json()
                .path("id").asString();
        String learnerId = subject(token);
        String upgradeId = "ws-log-" + UUID.randomUUID();

        LinkedBlockingQueue<String> inbox = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("X-Request-Id", upgradeId)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/sessions/" + session), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            inbox.add(partial.toString());
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(5, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"type\":\"auth\",\"access_token\":\"" + token + "\"}", true).join();
            assertThat(nextOfType(inbox, "activity")).isNotNull();
            socket.sendText("{\"type\":\"user_input\",\"text\":\"안녕하세요\",\"client_event_id\":\"log-1\"}", true).join();
            assertThat(nextOfType(inbox, "evaluation")).isNotNull();
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }

        List<JsonNode> lines = waitForLines(output, upgradeId, 4);
        JsonNode opened = line(lines, "WebSocket opened");
        JsonNode auth = line(lines, "WebSocket message Auth");
        JsonNode answer = line(lines, "WebSocket message UserInput");
        JsonNode closed = line(lines, "WebSocket closed");

        // one request id per message, all extending the upgrade request's X-Request-Id
        List<String> ids = List.of(opened.path("request_id").asString(), auth.path("request_id").asString(),
                answer.path("request_id").asString(), closed.path("request_id").asString());
        assertThat(ids).allMatch(id -> id.matches(java.util.regex.Pattern.quote(upgradeId) + "\\.\\d+"));
        assertThat(ids).doesNotHaveDuplicates();
        // the session is known from the socket's path; the learner once the socket authenticated
        for (JsonNode line : List.of(opened, auth, answer, closed)) {
            assertThat(line.path("session_id").asString()).isEqualTo(session);
        }
        assertThat(opened.has("learner_id")).isFalse();
        assertThat(answer.path("learner_id").asString()).isEqualTo(learnerId);
        assertThat(closed.path("learner_id").asString()).isEqualTo(learnerId);
    }

    private static JsonNode nextOfType(LinkedBlockingQueue<String> inbox, String type) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            String message = inbox.poll(100, TimeUnit.MILLISECONDS);
            if (message != null && JSON.readTree(message).path("type").asString().equals(type)) {
                return JSON.readTree(message);
            }
        }
        throw new AssertionError("no " + type + " message within 10 s");
    }

    /** The JSON log lines whose request id extends {@code upgradeId}, once at least {@code count} are there. */
    private static List<JsonNode> waitForLines(CapturedOutput output, String upgradeId, int count) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (int attempt = 0; attempt < 50; attempt++) {
            found.clear();
            for (String raw : output.getOut().split("\\R")) {
                if (raw.startsWith("{") && raw.contains(upgradeId)) {
                    JsonNode line = JSON.readTree(raw);
                    if (line.path("request_id").asString().startsWith(upgradeId)) {
                        found.add(line);
                    }
                }
            }
            if (found.size() >= count && found.stream().anyMatch(l -> l.path("message").asString().startsWith("WebSocket closed"))) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected JSON log lines of the socket, found " + found);
    }

    private static JsonNode line(List<JsonNode> lines, String messageStart) {
        return lines.stream().filter(l -> l.path("message").asString().startsWith(messageStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no log line '" + messageStart + "' in " + lines));
    }

    private static String subject(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JSON.readTree(payload).path("sub").asString();
    }
}
