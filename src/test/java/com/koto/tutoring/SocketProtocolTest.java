package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import com.koto.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebSocket protocol is the typed records: every message the server pushes reads back as its
 * {@link ServerMessage} record and writes out to the same JSON, a whole lesson long (including
 * {@code stage_complete} before a new stage's first activity), and malformed client messages are
 * {@code error}s.
 */
class SocketProtocolTest extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Test
    void everyServerMessageOfALessonIsOneOfTheProtocolRecords() {
        String token = api().newLearnerToken("id");
        Api learner = api().withToken(token);
        String session = learner.startSession("cafe-ordering");
        JsonNode key = CafeAnswerKey.read();
        List<String> types = new ArrayList<>();
        try (WsClient ws = WsClient.connect(port, session, token)) {
            JsonNode message = ws.next(10);
            int n = 0;
            while (true) {
                ServerMessage typed = json.readValue(message.toString(), ServerMessage.class);
                assertThat(json.readTree(json.writeValueAsString(typed))).as("round trip of %s", message)
                        .isEqualTo(message);
                types.add(message.path("type").asString());
                if (typed instanceof ServerMessage.SessionComplete complete) {
                    assertThat(complete.totalScore()).isEqualTo(100);
                    break;
                }
                if (typed instanceof ServerMessage.ActivityMessage activity) {
                    ws.send(Map.of("type", "user_input", "client_event_id", "s-" + n++,
                            "text", CafeAnswerKey.modelAnswer(key, activity.activity().key())));
                }
                message = ws.next(10);
            }
        }
        assertThat(types.subList(0, 5)).containsExactly("activity", "evaluation", "tutor_response", "activity",
                "evaluation");
        // the end of the first stage: its message, then the next stage's first activity
        int stageEnd = types.indexOf("stage_complete");
        assertThat(types.subList(stageEnd - 2, stageEnd + 2))
                .containsExactly("evaluation", "tutor_response", "stage_complete", "activity");
        assertThat(types.stream().filter("stage_complete"::equals).count()).isEqualTo(3);
    }

    @Test
    void malformedClientMessagesAreErrorsNotDisconnects() {
        String token = api().newLearnerToken("id");
        String session = api().withToken(token).startSession("cafe-ordering");
        try (WsClient ws = WsClient.connect(port, session, token)) {
            ws.next("activity", 10);
            ws.send(Map.of("text", "안녕하세요"));
            assertThat(ws.next("error", 5).path("code").asString()).isEqualTo("bad_message");
            ws.send(Map.of("type", "user_input"));
            assertThat(ws.next("error", 5).path("code").asString()).isEqualTo("bad_message");
            ws.send(Map.of("type", "user_input", "text", "안녕하세요", "client_event_id", "has spaces"));
            assertThat(ws.next("error", 5).path("detail").asString()).contains("client_event_id");
            ws.send(Map.of("type", "audio_uploaded", "audio_id", "not-a-uuid"));
            assertThat(ws.next("error", 5).path("code").asString()).isEqualTo("bad_message");
            ws.send(Map.of("type", "ping"));
            assertThat(ws.next("pong", 5).path("type").asString()).isEqualTo("pong");
        }
    }
}
