package com.koto.tutoring;

import com.koto.support.RequiresTool;
import com.koto.support.Tool;
import static org.assertj.core.api.Assertions.assertThat;

import com.koto.storage.Bucket;
import com.koto.storage.ObjectStore;
import com.koto.support.Api;
import com.koto.support.FakeGemini;
import com.koto.support.IntegrationTest;
import com.koto.tutoring.internal.AudioTurns;
import com.koto.tutoring.internal.VoiceAnswerListener;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.config.StalenessProperties;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * No lost or doubled voice answers (issue #10, item 4), against the real PostgreSQL and the real
 * google-genai SDK talking to a local fake: voice answers failing in parallel each leave exactly
 * one {@code audio_failed} event (no sequence collision) and a {@code failed} row; a voice answer
 * accepted before a crash (its {@link AudioUploaded} publication in the registry, incomplete) is
 * processed after restart by exactly one of two racing restarts and becomes exactly one turn; a fresh
 * claim of a live instance is left alone; a resubmission whose instance died is marked failed by Modulith's
 * staleness monitor and then processed once by the sweep.
 */
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
    VoiceAnswerListener listener;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ObjectStore store;
    @Autowired
    StalenessProperties staleness;

    @Test
    @RequiresTool(Tool.ESPEAK_NG)
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
    @RequiresTool(Tool.ESPEAK_NG)
    void aVoiceAnswerAcceptedBeforeACrashBecomesExactlyOneTurnAfterRestart() throws Exception {
        String token = api().newLearnerToken("en");
        Api learner = api().withToken(token);
        String session = learner.startSession("cafe-ordering");
        UUID learnerId = jdbc.queryForObject("select learner_id from sessions where id = ?::uuid", UUID.class, session);
        byte[] wav = VoiceAnswerTest.espeak("안녕하세요");
        Instant now = Instant.now();
        // accepted (row + publication committed together), then the instance died: once before claiming it, once
        // while transcribing it; a third is being transcribed by a live instance
        UUID unclaimed = acceptedBeforeCrash(learnerId, session, wav, null, null);
        UUID orphan = acceptedBeforeCrash(learnerId, session, wav, "dead-instance", now.minus(Duration.ofHours(1)));
        UUID busy = acceptedBeforeCrash(learnerId, session, wav, "live-instance", now);
        int requestsBefore = GEMINI.requestCount();

        // two restarts race (as two instances starting at once would): each voice answer is processed once
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Void> restart = () -> {
            together.await(10, TimeUnit.SECONDS);
            listener.resubmitOutstanding();
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Void> a = pool.submit(restart);
            Future<Void> b = pool.submit(restart);
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while ((!"done".equals(status(orphan)) || !"done".equals(status(unclaimed)) || incomplete(orphan)
                || incomplete(unclaimed)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(status(orphan)).isEqualTo("done");
        assertThat(status(unclaimed)).isEqualTo("done");
        assertThat(incomplete(orphan)).as("publication completed").isFalse();
        assertThat(incomplete(unclaimed)).as("publication completed").isFalse();
        assertThat(jdbc.queryForObject("select claimed_by from audio_files where id = ?", String.class, orphan))
                .startsWith("koto-");
        // the fresh claim of a live instance is left alone, and so is its publication
        assertThat(status(busy)).isEqualTo("processing");
        assertThat(incomplete(busy)).isTrue();
        assertThat(GEMINI.requestCount() - requestsBefore).isEqualTo(2);
        for (UUID done : List.of(orphan, unclaimed)) {
            assertThat(jdbc.queryForObject("select count(*) from session_events where session_id = ?::uuid "
                    + "and client_event_id = ?", Integer.class, session, "audio:" + done)).isEqualTo(1);
        }
        JsonNode events = learner.get("/api/v1/sessions/" + session).json().path("events");
        assertThat(events.toString()).contains("\"audio_id\":\"" + orphan + "\"");
        assertConsecutiveSeqs(session);
        // leave nothing for the sweeps of other test contexts sharing this database
        jdbc.update("update audio_files set status = 'failed', error_code = 'test' where id = ?", busy);
        jdbc.update("delete from event_publication where serialized_event like ?", "%" + busy + "%");
    }

    /**
     * A resubmission stays {@code RESUBMITTED} when its instance dies; Modulith never resubmits such a publication.
     * The staleness monitor, configured to the claim lease, marks it {@code FAILED}; the next sweep resubmits it and
     * it becomes exactly one turn. The monitor is called here as its scheduled task calls it (every minute).
     */
    @Test
    void aResubmissionWhoseInstanceDiedIsMarkedFailedWhenStaleAndBecomesOneTurn() throws Exception {
        String token = api().newLearnerToken("en");
        String session = api().withToken(token).startSession("cafe-ordering");
        UUID learnerId = jdbc.queryForObject("select learner_id from sessions where id = ?::uuid", UUID.class, session);
        // the fake STT hears 안녕하세요 whatever the bytes are
        byte[] recording = "RIFF recording".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        UUID stuck = acceptedBeforeCrash(learnerId, session, recording, "dead-instance",
                Instant.now().minus(Duration.ofHours(1)));
        jdbc.update("update event_publication set status = 'RESUBMITTED', publication_date = now() - interval '1 hour', "
                + "last_resubmission_date = now() - interval '1 hour' where serialized_event like ?", "%" + stuck + "%");
        int requestsBefore = GEMINI.requestCount();

        assertThat(staleness.getStaleness(EventPublication.Status.RESUBMITTED)).isEqualTo(Duration.ofMinutes(2));
        listener.sweep();
        assertThat(publicationStatus(stuck)).as("Modulith does not resubmit a resubmission").isEqualTo("RESUBMITTED");

        registry.markStalePublicationsFailed(staleness);
        assertThat(publicationStatus(stuck)).isEqualTo("FAILED");
        listener.sweep();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while ((!"done".equals(status(stuck)) || incomplete(stuck)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(status(stuck)).isEqualTo("done");
        assertThat(incomplete(stuck)).as("publication completed").isFalse();
        assertThat(GEMINI.requestCount() - requestsBefore).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from session_events where session_id = ?::uuid "
                + "and client_event_id = ?", Integer.class, session, "audio:" + stuck)).isEqualTo(1);
    }

    private String publicationStatus(UUID audioId) {
        return jdbc.queryForObject("select status from event_publication where serialized_event like ?", String.class,
                "%" + audioId + "%");
    }

    /**
     * A voice answer whose upload committed (its row and its {@link AudioUploaded} publication, as
     * {@link AudioTurns#upload} writes them) and whose processing never finished.
     */
    private UUID acceptedBeforeCrash(UUID learnerId, String session, byte[] wav, String claimedBy, Instant claimedAt) {
        UUID id = UUID.randomUUID();
        String key = "sessions/" + session + "/" + id + ".wav";
        store.put(Bucket.AUDIO, key, wav, "audio/wav");
        tx.executeWithoutResult(status -> {
            jdbc.update("insert into audio_files (id, owner_id, session_id, object_key, content_type, duration_ms, "
                    + "size_bytes, sha256, status, created_at, claimed_by, claimed_at) values (?, ?, ?::uuid, ?, "
                    + "'audio/wav', 900, ?, '0', 'processing', now(), ?, ?)", id, learnerId, session, key, wav.length,
                    claimedBy, claimedAt == null ? null : java.sql.Timestamp.from(claimedAt));
            registry.store(new AudioUploaded(id, UUID.fromString(session)),
                    Stream.of(PublicationTargetIdentifier.of(VoiceAnswerListener.ID)));
        });
        return id;
    }

    private boolean incomplete(UUID audioId) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and serialized_event like ?", Integer.class, "%" + audioId + "%") > 0;
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
