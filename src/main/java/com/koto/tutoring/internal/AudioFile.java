package com.koto.tutoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A learner's uploaded voice answer ({@code audio_files}); the bytes live in the AUDIO bucket. */
@Entity
@Table(name = "audio_files")
public class AudioFile {

    public static final String PROCESSING = "processing";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    @Id
    UUID id;
    @Column(name = "owner_id")
    UUID ownerId;
    @Column(name = "session_id")
    UUID sessionId;
    @Column(name = "object_key")
    String objectKey;
    @Column(name = "content_type")
    String contentType;
    @Column(name = "duration_ms")
    Integer durationMs;
    @Column(name = "size_bytes")
    int sizeBytes;
    String sha256;
    String status;
    String transcript;
    @Column(name = "error_code")
    String errorCode;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "processed_at")
    Instant processedAt;
    /** The instance transcribing it (see {@link VoiceAnswerListener}), and since when; none until processing starts. */
    @Column(name = "claimed_by")
    String claimedBy;
    @Column(name = "claimed_at")
    Instant claimedAt;

    protected AudioFile() {
    }

    AudioFile(UUID id, UUID ownerId, UUID sessionId, String objectKey, String contentType, Integer durationMs,
            int sizeBytes, String sha256, Instant now) {
        this.id = id;
        this.ownerId = ownerId;
        this.sessionId = sessionId;
        this.objectKey = objectKey;
        this.contentType = contentType;
        this.durationMs = durationMs;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.status = PROCESSING;
        this.createdAt = now;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public String objectKey() {
        return objectKey;
    }
}
