package com.koto.tutoring.internal;

import com.koto.platform.ConflictException;
import com.koto.speech.SpeechToText;
import com.koto.speech.SpeechUnavailableException;
import com.koto.speech.Transcript;
import com.koto.storage.Bucket;
import com.koto.storage.ObjectStore;
import com.koto.tutoring.AudioUploaded;
import com.koto.tutoring.LessonOrchestrator;
import com.koto.tutoring.ServerMessage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns accepted voice answers into turns. {@link AudioTurns#upload} publishes {@link AudioUploaded} in the
 * upload's transaction, so Spring Modulith's event publication registry ({@code event_publication}) records it
 * with the {@code audio_files} row; after commit this listener runs asynchronously (the application's task
 * executor): claim → STT → {@code transcript} to the sockets → the same turn as typed input, whose transaction
 * marks the row {@code done}; or the failure with its {@code audio_failed} event in one transaction
 * ({@link LessonOrchestrator#recordAudioFailure}). The publication is completed when the listener returns.
 *
 * <p>Exactly once, across crashes and instances: an incomplete publication (its instance died, its failure could
 * not be recorded, or another instance held the claim) is resubmitted unless its row is under a claim younger
 * than {@code koto.tutoring.audio-claim-lease} (a live instance at work): all such once this instance is ready
 * and, every half lease, those published before the lease (thread {@code koto-audio-sweep}); Modulith hands one
 * resubmission to one instance at a time. A resubmission whose instance died stays {@code RESUBMITTED}, which
 * Modulith never resubmits again: its staleness monitor ({@code spring.modulith.events.staleness.resubmitted},
 * set to the lease in {@code application.yml}) marks it {@code FAILED} once its publication is older than that,
 * and the next sweep resubmits it. The monitor counts from the publication, not from the resubmission, so it may
 * mark a resubmission that is still running; the claim, not the publication's status, is what keeps a voice
 * answer to one instance. Whoever processes first claims the row ({@code claimed_by}, {@code claimed_at}); a live
 * claim turns any other attempt away with its publication left incomplete.
 * Metric {@code koto.audio.turn} times claim-to-evaluation (for a fresh upload, milliseconds after the upload),
 * {@code koto.stt.transcription} the STT.
 */
@Component
public class VoiceAnswerListener {

    /** This listener's id in {@code event_publication.listener_id}. */
    public static final String ID = "koto.tutoring.voice-answer";
    /** Tries at recording a failed voice answer (0.5 s, 1 s, 1.5 s … apart). */
    static final int FAILURE_RECORD_ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(VoiceAnswerListener.class);

    private final AudioFileRepository audioFiles;
    private final ObjectStore store;
    private final SpeechToText stt;
    private final Tutor tutor;
    private final LessonOrchestrator orchestrator;
    private final Duration lease;
    private final IncompleteEventPublications incomplete;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Timer turnTimer;
    private final Timer sttTimer;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("koto-audio-sweep").daemon().factory());
    private final AtomicBoolean sweeping = new AtomicBoolean();
    /** This instance's name in {@code audio_files.claimed_by}. */
    private final String instance = "koto-" + UUID.randomUUID().toString().substring(0, 13);

    VoiceAnswerListener(AudioFileRepository audioFiles, ObjectStore store, SpeechToText stt, Tutor tutor,
            LessonOrchestrator orchestrator, TutoringProperties properties, IncompleteEventPublications incomplete,
            TransactionTemplate tx, Clock clock, MeterRegistry meters) {
        this.audioFiles = audioFiles;
        this.store = store;
        this.stt = stt;
        this.tutor = tutor;
        this.orchestrator = orchestrator;
        this.lease = properties.audioClaimLease();
        this.incomplete = incomplete;
        this.tx = tx;
        this.clock = clock;
        this.turnTimer = meters.timer("koto.audio.turn");
        this.sttTimer = meters.timer("koto.stt.transcription");
    }

    /**
     * {@code @Async} here does not depend on another module's configuration enabling it; scheduling runs Modulith's
     * staleness monitor (a {@code SchedulingConfigurer}, idle without it).
     */
    @Configuration(proxyBeanMethods = false)
    @EnableAsync
    @EnableScheduling
    static class AsyncProcessing {
    }

    /**
     * Processes one voice answer.
     *
     * @throws IllegalStateException when another instance holds a live claim, or the failure could not be recorded:
     *                               the publication stays incomplete and is resubmitted
     */
    @Async
    @TransactionalEventListener(id = ID)
    void on(AudioUploaded event) {
        Instant now = clock.instant();
        Integer won = tx.execute(s -> audioFiles.claim(event.audioId(), instance, now, now.minus(lease)));
        AudioFile audio = tx.execute(s -> audioFiles.findById(event.audioId()).orElse(null));
        if (audio == null || !AudioFile.PROCESSING.equals(audio.status)) {
            return; // done, failed or gone: nothing left to do
        }
        if (won == null || won != 1) {
            throw new IllegalStateException("Voice answer " + audio.id + " is claimed by " + audio.claimedBy
                    + " since " + audio.claimedAt + "; left to it for " + lease);
        }
        if (!process(audio, now)) {
            throw new IllegalStateException("Voice answer " + audio.id + " failed and the failure was not recorded");
        }
    }

    /**
     * Resubmits every incomplete voice-answer publication no live instance is working on (at start: what the
     * instance before a crash or shutdown left), then sweeps every half lease.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void resubmitOutstanding() {
        Instant leaseStart = clock.instant().minus(lease);
        incomplete.resubmitIncompletePublications(p -> unclaimed(p, leaseStart));
        if (sweeping.compareAndSet(false, true)) {
            long period = Math.max(1000, lease.toMillis() / 2);
            sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Resubmits the voice-answer publications incomplete for longer than the lease and not under a live claim
     * (one left {@code RESUBMITTED} by a dead instance once the staleness monitor has marked it {@code FAILED}).
     */
    public void sweep() {
        try {
            Instant before = clock.instant().minus(lease);
            incomplete.resubmitIncompletePublications(
                    p -> p.getPublicationDate().isBefore(before) && unclaimed(p, before));
        } catch (RuntimeException e) {
            log.warn("Sweep of unprocessed voice answers failed: {}", e.getMessage());
        }
    }

    /** Whether a publication is a voice answer that no live instance is working on (so none is turned away). */
    private boolean unclaimed(EventPublication publication, Instant leaseStart) {
        if (publication.getEvent() instanceof AudioUploaded uploaded
                && !Boolean.TRUE.equals(tx.execute(s -> audioFiles.claimedSince(uploaded.audioId(), leaseStart)))) {
            log.info("Voice answer {} (published {}) has no live claim; resubmitted unless it already is", uploaded.audioId(),
                    publication.getPublicationDate());
            return true;
        }
        return false;
    }

    /** Shutdown: no new sweeps; an answer cut off mid-way keeps an incomplete publication for the next start. */
    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
    }

    /** @return whether the outcome (turn or failure) was recorded */
    private boolean process(AudioFile audio, Instant claimedAt) {
        try {
            byte[] data = store.get(Bucket.AUDIO, audio.objectKey)
                    .orElseThrow(() -> new SpeechUnavailableException("audio_missing", "The recording is gone.", null))
                    .data();
            Transcript transcript = sttTimer.record(() -> stt.transcribe(data, audio.contentType));
            tutor.publish(audio.sessionId,
                    new ServerMessage.TranscriptMessage(audio.id, transcript.text(), transcript.confidence()));
            // the turn's transaction also marks the row done
            tutor.answerVoice(audio.ownerId, audio.sessionId, transcript.text(), audio.id);
            turnTimer.record(Duration.between(claimedAt, clock.instant()));
            return true;
        } catch (SpeechUnavailableException e) {
            return fail(audio, e.code(), e.getMessage());
        } catch (ConflictException e) {
            return fail(audio, "session_not_active", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Voice answer {} failed", audio.id, e);
            return fail(audio, "internal", "The voice answer could not be processed; please try again or type it.");
        }
    }

    /** Records a failure, retried through short database outages (idempotent: the status is checked under the lock). */
    private boolean fail(AudioFile audio, String code, String detail) {
        for (int attempt = 1; ; attempt++) {
            try {
                orchestrator.recordAudioFailure(audio.sessionId, audio.id, code, detail,
                        !"session_not_active".equals(code));
                break;
            } catch (DataAccessException | TransactionException e) {
                if (attempt == FAILURE_RECORD_ATTEMPTS) {
                    log.warn("Voice answer {} failure not recorded ({}); it is retried after the lease", audio.id,
                            e.getMessage());
                    return false;
                }
                try {
                    Thread.sleep(500L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        tutor.publish(audio.sessionId, new ServerMessage.ErrorMessage(code, detail, audio.id));
        return true;
    }
}
