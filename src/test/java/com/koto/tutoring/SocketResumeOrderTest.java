package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import com.koto.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

/**
 * The resume message of a (re)connecting socket and the turns around it: it is the socket's first message, and
 * a turn committed after its state was read reaches the socket after it — never before it (a stale activity
 * arriving after the next one) and never not at all (the socket joining the fan-out too late).
 */
class SocketResumeOrderTest extends IntegrationTest {

    /** Spied to commit a turn exactly between the resume's state read and the resume's sending. */
    @MockitoSpyBean
    LessonOrchestrator orchestrator;

    @Test
    void aTurnCommittedWhileTheSocketResumesFollowsTheResume() {
        String token = api().newLearnerToken("id");
        Api learner = api().withToken(token);
        String session = learner.startSession("cafe-ordering");
        JsonNode key = CafeAnswerKey.read();
        // once: the state is read (greet-barista), then the learner's answer sent earlier (over REST, or over the
        // socket that just dropped) is committed and fanned out, then the resume goes out
        AtomicReference<String> turn = new AtomicReference<>("rest-1");
        doAnswer(call -> {
            Object view = call.callRealMethod();
            String id = turn.getAndSet(null);
            if (id != null && call.getArgument(1).equals(UUID.fromString(session))) {
                assertThat(learner.post("/api/v1/sessions/" + session + "/events", Map.of("type", "user_input",
                        "text", CafeAnswerKey.modelAnswer(key, "greet-barista"), "client_event_id", id)).status())
                        .isEqualTo(200);
                // a fan-out through Redis delivers on its own thread: give it time to land
                Thread.sleep(300);
            }
            return view;
        }).when(orchestrator).state(any(), any());

        List<String> seen = new ArrayList<>();
        try (WsClient ws = WsClient.connect(port, session, token)) {
            while (!seen.contains("activity:ask-recommendation")) {
                seen.add(describe(TutorAudioMessages.nextTurnMessage(ws, 10)));
            }
        }

        assertThat(turn.get()).as("the turn was committed after the resume's state read").isNull();
        assertThat(seen).containsExactly("activity:greet-barista", "evaluation:rest-1", "tutor_response:rest-1",
                "activity:ask-recommendation");
        assertThat(learner.get("/api/v1/sessions/" + session).json().path("current_activity").path("key").asString())
                .isEqualTo("ask-recommendation");
    }

    @Test
    void anAnswerSentRightAfterAuthenticatingIsAnsweredAfterTheResume() {
        String token = api().newLearnerToken("id");
        String session = api().withToken(token).startSession("cafe-ordering");
        JsonNode key = CafeAnswerKey.read();
        List<String> seen = new ArrayList<>();
        try (WsClient ws = WsClient.connect(port, session, null)) {
            ws.send(Map.of("type", "auth", "access_token", token));
            ws.send(Map.of("type", "user_input", "text", CafeAnswerKey.modelAnswer(key, "greet-barista"),
                    "client_event_id", "ws-1"));
            for (int i = 0; i < 4; i++) {
                seen.add(describe(TutorAudioMessages.nextTurnMessage(ws, 10)));
            }
        }
        assertThat(seen).containsExactly("activity:greet-barista", "evaluation:ws-1", "tutor_response:ws-1",
                "activity:ask-recommendation");
    }

    private static String describe(JsonNode message) {
        String type = message.path("type").asString();
        return type + ":" + ("activity".equals(type) ? message.path("activity").path("key").asString()
                : message.path("client_event_id").asString());
    }
}
