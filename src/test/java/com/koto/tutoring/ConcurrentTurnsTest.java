package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import com.koto.support.WsClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two turns for one session at the same moment, one over REST and one over the WebSocket (issue
 * #16): each {@code client_event_id} has exactly one result, the same for every copy of it, and the
 * event log stays consistent (consecutive sequence numbers; every input judged against the activity
 * the session was at when it was written; each input followed by its evaluation and reply).
 */
class ConcurrentTurnsTest extends IntegrationTest {

    private static final int ROUNDS = 12;

    @Test
    void twoTurnsAtOnceOverRestAndWebSocketGiveOneResultPerClientEventIdAndAConsistentLog() throws Exception {
        String token = api().newLearnerToken("en");
        Api learner = api().withToken(token);
        String session = learner.startSession("cafe-ordering");
        JsonNode key = CafeAnswerKey.read();
        Map<String, Boolean> restPassed = new HashMap<>();
        Set<String> sent = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (WsClient ws = WsClient.connect(port, session, token)) {
            ws.next("activity", 10);
            for (int round = 0; round < ROUNDS; round++) {
                JsonNode state = learner.get("/api/v1/sessions/" + session).json();
                if (!"active".equals(state.path("status").asString())) {
                    break;
                }
                String answer = CafeAnswerKey.modelAnswer(key, state.path("current_activity").path("key").asString());
                // odd rounds: two different inputs at once; even rounds: the same client_event_id twice at once
                String restId = "rest-" + round;
                String wsId = round % 2 == 0 ? restId : "ws-" + round;
                sent.add(restId);
                sent.add(wsId);
                CyclicBarrier together = new CyclicBarrier(2);
                CompletableFuture<Api.Response> rest = CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return learner.post("/api/v1/sessions/" + session + "/events",
                            Map.of("type", "user_input", "text", answer, "client_event_id", restId));
                }, pool);
                CompletableFuture<Void> socket = CompletableFuture.runAsync(() -> {
                    await(together);
                    ws.send(Map.of("type", "user_input", "text", answer, "client_event_id", wsId));
                }, pool);
                Api.Response r = rest.get(20, TimeUnit.SECONDS);
                socket.get(20, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.body()).isIn(200, 409);
                if (r.status() == 200) {
                    restPassed.put(restId, r.json().path("evaluation").path("passed").asBoolean());
                }
                // a distinct socket input gets its own evaluation message; a duplicate replays silently
                if (!wsId.equals(restId)) {
                    while (true) {
                        JsonNode m = ws.next(20);
                        String type = m.path("type").asString();
                        if ("error".equals(type)) {
                            // the REST turn completed the lesson first: the socket's input was refused, not lost
                            assertThat(m.path("code").asString()).isEqualTo("session_not_active");
                            sent.remove(wsId);
                            break;
                        }
                        if ("evaluation".equals(type) && wsId.equals(m.path("client_event_id").asString())) {
                            break;
                        }
                    }
                }
                if (r.status() == 409) {
                    System.out.println("409 on " + restId + ": " + r.body());
                    sent.remove(restId);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        JsonNode events = learner.get("/api/v1/sessions/" + session).json().path("events");
        List<JsonNode> log = new ArrayList<>();
        events.forEach(log::add);
        String current = null;
        Map<String, Integer> inputs = new HashMap<>();
        for (int i = 0; i < log.size(); i++) {
            JsonNode e = log.get(i);
            assertThat(e.path("seq").asInt()).as("seq of event %d", i).isEqualTo(i + 1);
            switch (e.path("type").asString()) {
                case "activity" -> current = e.path("activity_key").asString();
                case "user_input" -> {
                    String cid = e.path("client_event_id").asString();
                    inputs.merge(cid, 1, Integer::sum);
                    assertThat(e.path("activity_key").asString()).as("input %s judged at the current activity", cid)
                            .isEqualTo(current);
                    JsonNode evaluation = log.get(i + 1);
                    assertThat(evaluation.path("type").asString()).isEqualTo("evaluation");
                    assertThat(evaluation.path("activity_key").asString()).isEqualTo(current);
                    assertThat(log.get(i + 2).path("type").asString()).isEqualTo("tutor_response");
                    if (restPassed.containsKey(cid)) {
                        assertThat(evaluation.path("payload").path("passed").asBoolean())
                                .as("the REST result of %s is the recorded one", cid).isEqualTo(restPassed.get(cid));
                    }
                }
                default -> { }
            }
        }
        // exactly one user_input per client_event_id sent, whichever way and however often it was sent
        assertThat(inputs.keySet()).isEqualTo(sent);
        assertThat(inputs.values()).allMatch(n -> n == 1);
    }

    @Test
    void aRetriedClientEventIdReturnsTheFirstResultEvenAfterTheSessionMovedOn() {
        Api learner = api().newLearner("en");
        String session = learner.startSession("cafe-ordering");
        Api.Response first = learner.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "user_input", "text", "안녕하세요", "client_event_id", "once"));
        learner.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "user_input", "text", "아무거나", "client_event_id", "twice"));
        Api.Response again = learner.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "user_input", "text", "something else", "client_event_id", "once"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("evaluation")).isEqualTo(first.json().path("evaluation"));
        assertThat(again.json().path("next_activity")).isEqualTo(first.json().path("next_activity"));
        JsonNode events = learner.get("/api/v1/sessions/" + session).json().path("events");
        assertThat(events.findValuesAsString("client_event_id")).filteredOn(id -> !id.isEmpty())
                .containsExactly("once", "twice");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
