package com.koto.tutoring.internal;

import com.koto.platform.ConflictException;
import com.koto.platform.NotFoundException;
import com.koto.platform.Problems;
import com.koto.platform.RateLimits;
import com.koto.speech.AudioProbe;
import com.koto.storage.Bucket;
import com.koto.storage.ObjectStore;
import com.koto.tutoring.AudioUploaded;
import com.koto.tutoring.ServerMessage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Voice answers as the learner sends them: upload (content-sniffed format, size and duration limits, private
 * bucket, an {@code audio_files} row {@code processing}, and the {@link AudioUploaded} event in the same
 * transaction), status and download of the learner's own recordings. Processing (STT → the same turn as typed
 * input → {@code transcript}, {@code evaluation}, {@code tutor_response}, next {@code activity} pushed to the
 * learner's sockets) is {@link VoiceAnswerListener}'s, after commit.
 */
@Service
public class AudioTurns {

    private final AudioFileRepository audioFiles;
    private final SessionStore sessions;
    private final ObjectStore store;
    private final RateLimits rateLimits;
    private final TutoringProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AudioTurns(AudioFileRepository audioFiles, SessionStore sessions, ObjectStore store, RateLimits rateLimits,
            TutoringProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.audioFiles = audioFiles;
        this.sessions = sessions;
        this.store = store;
        this.rateLimits = rateLimits;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Accepts a voice answer.
     *
     * @param data the uploaded bytes (the declared type is ignored)
     * @return the audio id; processing continues asynchronously ({@link VoiceAnswerListener})
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
                data.length, sha256(data), clock.instant()));
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
