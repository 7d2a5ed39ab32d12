package com.koto.tutoring;

import com.koto.platform.ConflictException;
import com.koto.platform.NotFoundException;
import com.koto.platform.Problems;
import com.koto.platform.RateLimits;
import com.koto.speech.AudioProbe;
import com.koto.speech.SpeechToText;
import com.koto.speech.SpeechUnavailableException;
import com.koto.speech.Transcript;
import com.koto.storage.Bucket;
import com.koto.storage.ObjectStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Voice answers: upload (content-sniffed format, size and duration limits, private bucket, an
 * {@code audio_files} row) → after commit, asynchronously: STT → the same turn as typed input →
 * {@code transcript}, {@code evaluation}, {@code tutor_response}, next {@code activity} pushed to the
 * learner's sockets. A voice answer's outcome is written with its event in one transaction (the
 * turn's, or {@link LessonOrchestrator#recordAudioFailure}'s), so none is left without the other.
 * The uploading instance claims the row ({@code claimed_by}, {@code claimed_at}); rows still
 * {@code processing} whose claim is older than {@code koto.tutoring.audio-claim-lease} (their
 * instance died) are claimed by exactly one instance, at start and by a sweep every half lease.
 * Metric {@code koto.audio.turn} times upload-to-evaluation.
 */
@Service
class AudioTurns {

    private static final Logger log = LoggerFactory.getLogger(AudioTurns.class);

    private final AudioFileRepository audioFiles;
    private final SessionStore sessions;
    private final ObjectStore store;
    private final SpeechToText stt;
    private final Tutor tutor;
    private final LessonOrchestrator orchestrator;
    private final RateLimits rateLimits;
    private final TutoringProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Timer turnTimer;
    private final Timer sttTimer;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("koto-audio-sweep").daemon().factory());
    /** Tries at recording a failed voice answer (0.5 s, 1 s, 1.5 s … apart). */
    static final int FAILURE_RECORD_ATTEMPTS = 5;
    private final java.util.concurrent.atomic.AtomicBoolean sweeping = new java.util.concurrent.atomic.AtomicBoolean();
    /** This instance's name in {@code audio_files.claimed_by}. */
    private final String instance = "koto-" + UUID.randomUUID().toString().substring(0, 13);

    AudioTurns(AudioFileRepository audioFiles, SessionStore sessions, ObjectStore store, SpeechToText stt,
            Tutor tutor, LessonOrchestrator orchestrator, RateLimits rateLimits, TutoringProperties properties, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock, MeterRegistry meters) {
        this.audioFiles = audioFiles;
        this.sessions = sessions;
        this.store = store;
        this.stt = stt;
        this.tutor = tutor;
        this.orchestrator = orchestrator;
        this.rateLimits = rateLimits;
        this.properties = properties;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.turnTimer = meters.timer("koto.audio.turn");
        this.sttTimer = meters.timer("koto.stt.transcription");
    }

    /**
     * Accepts a voice answer.
     *
     * @param data the uploaded bytes (the declared type is ignored)
     * @return the audio id; processing continues asynchronously
     * @throws NotFoundException for an unknown session or another learner's
     * @throws ConflictException when the session is not active
     * @throws ErrorResponseException 413 too large, 415 not WAV/WebM/OGG-Opus/MP3, 400 empty or too long
     */
    @Transactional
    UUID upload(UUID learnerId, UUID sessionId, byte[] data) {
        rateLimits.check(RateLimits.Kind.UPLOADS, learnerId.toString());
        SessionRow session = sessions.read(sessionId, learnerId, null, false).map(SessionStore.Read::row)
                .orElseThrow(() -> new NotFoundException("There is no session " + sessionId + " for this account."));
        if (!session.active()) {
            throw new ConflictException("This session is " + session.status().wireName() + "; voice answers need an active session.");
        }
        if (data.length == 0) {
            throw problem(HttpStatus.BAD_REQUEST, "audio-empty", "The 'audio' part is empty.");
        }
        if (data.length > properties.maxAudioSize().toBytes()) {
            throw problem(HttpStatus.CONTENT_TOO_LARGE, "audio-too-large", "The recording is " + data.length
                    + " bytes; the limit is " + properties.maxAudioSize().toBytes() + " bytes. Nothing was stored.");
        }
        AudioProbe.Probed probed = AudioProbe.probe(data).orElseThrow(() -> problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "audio-unsupported", "The recording is not WAV, WebM/Opus, OGG/Opus or MP3 (detected from its "
                        + "content, not its declared type). Nothing was stored."));
        if (probed.durationMs() != null && probed.durationMs() > properties.maxAudioDuration().toMillis()) {
            throw problem(HttpStatus.BAD_REQUEST, "audio-too-long", "The recording lasts " + probed.durationMs() / 1000.0
                    + " s; the limit is " + properties.maxAudioDuration().toSeconds() + " s. Nothing was stored.");
        }
        UUID id = UUID.randomUUID();
        String key = "sessions/" + sessionId + "/" + id + probed.extension();
        store.put(Bucket.AUDIO, key, data, probed.contentType());
        audioFiles.save(new AudioFile(id, learnerId, sessionId, key, probed.contentType(), probed.durationMs(),
                data.length, sha256(data), clock.instant(), instance));
        events.publishEvent(new AudioUploaded(id, sessionId));
        return id;
    }

    /** A short-lived download URL of the learner's own recording. @throws NotFoundException otherwise */
    @Transactional(readOnly = true)
    String downloadUrl(UUID learnerId, UUID audioId, Duration ttl) {
        AudioFile audio = audioFiles.findByIdAndOwnerId(audioId, learnerId)
                .orElseThrow(() -> new NotFoundException("There is no recording " + audioId + " for this account."));
        return store.presignedGet(Bucket.AUDIO, audio.objectKey, ttl);
    }

    /** The {@code audio_status} message for an audio id of the learner's session. */
    @Transactional(readOnly = true)
    ServerMessage.AudioStatus status(UUID learnerId, UUID sessionId, UUID audioId) {
        AudioFile audio = audioFiles.findByIdAndOwnerId(audioId, learnerId)
                .filter(a -> a.sessionId.equals(sessionId)).orElse(null);
        return audio == null ? new ServerMessage.AudioStatus(audioId, "not_found", null, null)
                : new ServerMessage.AudioStatus(audioId, audio.status, audio.transcript, audio.errorCode);
    }

    @TransactionalEventListener
    void afterUpload(AudioUploaded event) {
        Instant uploadedAt = clock.instant();
        executor.execute(() -> process(event.audioId(), uploadedAt));
    }

    /**
     * At start, and then every half lease: claims the voice answers left {@code processing} by an
     * instance that stopped (claim older than the lease, or none) and processes them.
     *
     * @return how many this call claimed
     */
    @EventListener(ApplicationReadyEvent.class)
    int resumeUnfinished() {
        if (sweeping.compareAndSet(false, true)) {
            long period = Math.max(1000, properties.audioClaimLease().toMillis() / 2);
            sweeper.scheduleAtFixedRate(this::sweepQuietly, period, period, TimeUnit.MILLISECONDS);
        }
        Instant now = clock.instant();
        Instant expiredBefore = now.minus(properties.audioClaimLease());
        int claimed = 0;
        for (UUID id : audioFiles.findClaimable(expiredBefore)) {
            Integer won = tx.execute(s -> audioFiles.claim(id, instance, now, expiredBefore));
            if (won != null && won == 1) {
                claimed++;
                executor.execute(() -> process(id, now));
            }
        }
        if (claimed > 0) {
            log.info("Resuming {} voice answers left unprocessed (claimed by {})", claimed, instance);
        }
        return claimed;
    }

    private void sweepQuietly() {
        try {
            resumeUnfinished();
        } catch (RuntimeException e) {
            log.warn("Sweep of unprocessed voice answers failed: {}", e.getMessage());
        }
    }

    /**
     * Shutdown: no new sweeps; voice answers being processed get a few seconds, then are interrupted (a
     * claimed answer left {@code processing} is taken over after its lease, see {@link #resumeUnfinished}).
     */
    @PreDestroy
    void stop() throws InterruptedException {
        sweeper.shutdownNow();
        executor.shutdown();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }

    private void process(UUID audioId, Instant uploadedAt) {
        AudioFile audio = tx.execute(s -> audioFiles.findById(audioId).orElse(null));
        if (audio == null || !AudioFile.PROCESSING.equals(audio.status)) {
            return;
        }
        try {
            byte[] data = store.get(Bucket.AUDIO, audio.objectKey)
                    .orElseThrow(() -> new SpeechUnavailableException("audio_missing", "The recording is gone.", null))
                    .data();
            Transcript transcript = sttTimer.record(() -> stt.transcribe(data, audio.contentType));
            tutor.publish(audio.sessionId,
                    new ServerMessage.TranscriptMessage(audioId, transcript.text(), transcript.confidence()));
            // the turn's transaction also marks the row done
            tutor.answerVoice(audio.ownerId, audio.sessionId, transcript.text(), audioId);
            turnTimer.record(Duration.between(uploadedAt, clock.instant()));
        } catch (SpeechUnavailableException e) {
            fail(audio, e.code(), e.getMessage());
        } catch (ConflictException e) {
            fail(audio, "session_not_active", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Voice answer {} failed", audioId, e);
            fail(audio, "internal", "The voice answer could not be processed; please try again or type it.");
        }
    }

    private void fail(AudioFile audio, String code, String detail) {
        // idempotent (it checks the status under the lock), so retried through short database outages;
        // if it still cannot be written, the row stays processing and a sweep claims it after the lease
        for (int attempt = 1; ; attempt++) {
            try {
                orchestrator.recordAudioFailure(audio.sessionId, audio.id, code, detail,
                        !"session_not_active".equals(code));
                break;
            } catch (DataAccessException | TransactionException e) {
                if (attempt == FAILURE_RECORD_ATTEMPTS) {
                    log.warn("Voice answer {} failure not recorded ({}); a sweep will retry it", audio.id,
                            e.getMessage());
                    return;
                }
                try {
                    Thread.sleep(500L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        tutor.publish(audio.sessionId, new ServerMessage.ErrorMessage(code, detail, audio.id));
    }

    private static ErrorResponseException problem(HttpStatus status, String slug, String detail) {
        return new ErrorResponseException(status, Problems.of(status, slug, "Recording refused", detail), null);
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
