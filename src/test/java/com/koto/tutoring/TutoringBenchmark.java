package com.koto.tutoring;

import com.koto.support.Api;
import com.koto.support.FakeGemini;
import com.koto.support.IntegrationTest;
import com.koto.support.RequiresTool;
import com.koto.support.Tool;
import com.koto.support.WsClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Figures for the real-time tutor (issue #5), printed, never asserted: WebSocket text-turn latency
 * over 1,000 turns, upload-to-evaluation latency with the fake STT at a fixed 200 ms, and the TTS
 * cache hit rate when a lesson is replayed. Run: {@code ./mvnw -Pbenchmark test -Dvaadin.skip -Dtest=TutoringBenchmark}.
 */
@RequiresTool(Tool.ESPEAK_NG)
@Tag("benchmark")
class TutoringBenchmark extends IntegrationTest {

    @RegisterExtension
    static final FakeGemini GEMINI = new FakeGemini().delay(200)
            .answering(body -> "{\"text\":\"안녕하세요\",\"confidence\":0.9}");

    @DynamicPropertySource
    static void speech(DynamicPropertyRegistry registry) {
        GEMINI.addSpeechProperties(registry);
    }

    @Autowired
    MeterRegistry meters;

    @Test
    void figures() throws Exception {
        String token = api().newLearnerToken("id");
        Api learner = api().withToken(token);
        String lesson = learner.lessonId("cafe-ordering");

        // 1. TTS cache: play the lesson twice with the right answers
        double[] first = playThrough(learner, token, lesson);
        double[] replay = playThrough(learner, token, lesson);
        System.out.printf("%nTTS cache, first play: %.0f hits / %.0f misses; replay: %.0f hits / %.0f misses → hit rate %.1f %%%n",
                first[0], first[1], replay[0], replay[1], 100 * replay[0] / (replay[0] + replay[1]));

        // 2. WebSocket text turns: 1,000 turns, time from send to tutor_response
        List<Double> ms = new ArrayList<>();
        String session = newSession(learner, lesson);
        WsClient ws = WsClient.connect(port, session, token);
        ws.next("activity", 10);
        for (int i = 0; i < 1000; i++) {
            long t0 = System.nanoTime();
            ws.send(Map.of("type", "user_input", "text", "커피을 주세요", "client_event_id", "bench-" + i));
            ws.next("tutor_response", 10);
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        ws.close();
        Collections.sort(ms);
        System.out.printf("WS text turn (send → tutor_response), n=%d: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ms.size(), ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)), ms.get((int) (ms.size() * 0.99)),
                ms.getLast());

        // 3. voice: upload → evaluation on the socket, STT fixed at 200 ms
        List<Double> voice = new ArrayList<>();
        byte[] wav = VoiceAnswerTest.espeak("안녕하세요");
        for (int i = 0; i < 30; i++) {
            String s = newSession(learner, lesson);
            try (WsClient socket = WsClient.connect(port, s, token)) {
                socket.next("activity", 10);
                long t0 = System.nanoTime();
                VoiceUploads.upload(port, token, s, wav);
                socket.next("evaluation", 15);
                voice.add((System.nanoTime() - t0) / 1e6);
            }
        }
        Collections.sort(voice);
        System.out.printf("Voice upload → evaluation (fake STT 200 ms), n=%d: p50 %.1f ms, p95 %.1f ms%n%n",
                voice.size(), voice.get(voice.size() / 2), voice.get((int) (voice.size() * 0.95)));
    }

    private String newSession(Api learner, String lesson) {
        return learner.post("/api/v1/sessions", Map.of("lesson_id", lesson)).json().path("id").asString();
    }

    /** Plays the café lesson with its model answers; returns the TTS {hits, misses} it caused. */
    private double[] playThrough(Api learner, String token, String lesson) throws Exception {
        double hits0 = count("hit");
        double misses0 = count("miss");
        JsonNode key = CafeAnswerKey.read();
        String session = newSession(learner, lesson);
        try (WsClient ws = WsClient.connect(port, session, token)) {
            JsonNode activity = ws.next("activity", 10).path("activity");
            int n = 0;
            while (true) {
                String answer = CafeAnswerKey.modelAnswer(key, activity.path("key").asString());
                ws.send(Map.of("type", "user_input", "text", answer, "client_event_id", "p" + n++));
                ws.next("tutor_response", 10);
                JsonNode next = TutorAudioMessages.nextTurnMessage(ws, 10);
                if ("stage_complete".equals(next.path("type").asString())) {
                    next = TutorAudioMessages.nextTurnMessage(ws, 10);
                }
                if ("session_complete".equals(next.path("type").asString())) {
                    break;
                }
                activity = next.path("activity");
            }
        }
        return new double[] {count("hit") - hits0, count("miss") - misses0};
    }

    private double count(String result) {
        var c = meters.find("koto.tts.requests").tag("result", result).counter();
        return c == null ? 0 : c.count();
    }
}
