package com.koto.tutoring;

import com.koto.support.RequiresTool;
import com.koto.support.Tool;
import static org.assertj.core.api.Assertions.assertThat;

import com.koto.storage.Bucket;
import com.koto.storage.ObjectStore;
import com.koto.support.Api;
import com.koto.support.FakeGemini;
import com.koto.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * No lost or doubled voice answers (issue #10, item 4), against the real PostgreSQL and the real
 * google-genai SDK talking to a local fake: voice answers failing in parallel each leave exactly
 * one {@code audio_failed} event (no sequence collision) and a {@code failed} row; a voice answer
 * left {@code processing} by a dead instance is claimed by exactly one of two racing sweeps and
 * becomes exactly one turn; a fresh claim of a live instance is left alone.
 */
@RequiresTool(Tool.ESPEAK_NG)
class VoiceAnswerDurabilityTest extends IntegrationTest {

    @RegisterExtension
    static final FakeGemini GEMINI = new FakeGemini()
            .answering(body -> "{\"text\":\"안녕하세요\",\"confidence\":0.93}");

    @DynamicPropertySource
    static void speech(DynamicPropertyRegistry registry) {
        GEMINI.addSpeechProperties(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AudioTurns audioTurns;
    @Autowired
    ObjectStore store;

    @Test
    void voiceAnswersFailingInParallelEachLeaveOneEventAndAFailedRow() throws Exception {
        int n = 8;
        GEMINI.status(503);
        String token = api().newLearnerToken("en");
        String session = api().withToken(token).startSession("cafe-ordering");
        byte[] wav = VoiceAnswerTest.espeak("안녕하세요");
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<String> ids = new ArrayList<>();
        try {
            CyclicBarrier together = new CyclicBarrier(n);
            List<Future<JsonNode>> uploads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                uploads.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return VoiceUploads.upload(port, token, session, wav);
                }));
            }
            for (Future<JsonNode> f : uploads) {
                ids.add(f.get(30, TimeUnit.SECONDS).path("audio_id").asString());
            }
            awaitNoneProcessing(session);
        } finally {
            pool.shutdownNow();
            GEMINI.status(200);
        }

        assertThat(jdbc.queryForList("select status from audio_files where session_id = ?::uuid", String.class, session))
                .hasSize(n).containsOnly("failed");
        List<String> failedEvents = jdbc.queryForList("select client_event_id from session_events "
                + "where session_id = ?::uuid and type = 'audio_failed'", String.class, session);
        assertThat(failedEvents).containsExactlyInAnyOrderElementsOf(ids.stream().map(id -> "audio:" + id).toList());
        assertConsecutiveSeqs(session);
    }

    @Test
    void aVoiceAnswerLeftProcessingByADeadInstanceBecomesExactlyOneTurn() throws Exception {
        String token = api().newLearnerToken("en");
        Api learner = api().withToken(token);
        String session = learner.startSession("cafe-ordering");
        UUID learnerId = jdbc.queryForObject("select learner_id from sessions where id = ?::uuid", UUID.class, session);
        byte[] wav = VoiceAnswerTest.espeak("안녕하세요");
        Instant now = Instant.now();
        UUID orphan = stuckAudio(learnerId, session, wav, "dead-instance", now.minus(Duration.ofHours(1)));
        UUID busy = stuckAudio(learnerId, session, wav, "live-instance", now);
        int requestsBefore = GEMINI.requestCount();

        // two sweeps race (as two instances restarting at once would): one claim wins
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> sweep = () -> {
            together.await(10, TimeUnit.SECONDS);
            return audioTurns.resumeUnfinished();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int claimed;
        try {
            Future<Integer> a = pool.submit(sweep);
            Future<Integer> b = pool.submit(sweep);
            claimed = a.get(30, TimeUnit.SECONDS) + b.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(claimed).isEqualTo(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!"done".equals(status(orphan)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(status(orphan)).isEqualTo("done");
        assertThat(jdbc.queryForObject("select claimed_by from audio_files where id = ?", String.class, orphan))
                .startsWith("koto-");
        // the fresh claim of a live instance is left alone
        assertThat(status(busy)).isEqualTo("processing");
        assertThat(GEMINI.requestCount() - requestsBefore).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from session_events where session_id = ?::uuid "
                + "and client_event_id = ?", Integer.class, session, "audio:" + orphan)).isEqualTo(1);
        JsonNode events = learner.get("/api/v1/sessions/" + session).json().path("events");
        assertThat(events.toString()).contains("\"audio_id\":\"" + orphan + "\"");
        assertConsecutiveSeqs(session);
        // leave nothing for the sweeps of other test contexts sharing this database
        jdbc.update("update audio_files set status = 'failed', error_code = 'test' where id = ?", busy);
    }

    /** An uploaded voice answer whose processing was claimed and never finished. */
    private UUID stuckAudio(UUID learnerId, String session, byte[] wav, String claimedBy, Instant claimedAt) {
        UUID id = UUID.randomUUID();
        String key = "sessions/" + session + "/" + id + ".wav";
        store.put(Bucket.AUDIO, key, wav, "audio/wav");
        jdbc.update("insert into audio_files (id, owner_id, session_id, object_key, content_type, duration_ms, size_bytes, "
                + "sha256, status, created_at, claimed_by, claimed_at) values (?, ?, ?::uuid, ?, 'audio/wav', 900, ?, "
                + "'0', 'processing', now(), ?, ?)", id, learnerId, session, key, wav.length, claimedBy,
                java.sql.Timestamp.from(claimedAt));
        return id;
    }

    private String status(UUID audioId) {
        return jdbc.queryForObject("select status from audio_files where id = ?", String.class, audioId);
    }

    private void awaitNoneProcessing(String session) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Integer processing = jdbc.queryForObject("select count(*) from audio_files where session_id = ?::uuid "
                    + "and status = 'processing'", Integer.class, session);
            if (processing == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("voice answers still processing after 60 s");
    }

    private void assertConsecutiveSeqs(String session) {
        List<Integer> seqs = jdbc.queryForList("select seq from session_events where session_id = ?::uuid order by seq",
                Integer.class, session);
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(i + 1);
        }
        assertThat(jdbc.queryForObject("select last_seq from sessions where id = ?::uuid", Integer.class, session))
                .isEqualTo(seqs.size());
    }
}
