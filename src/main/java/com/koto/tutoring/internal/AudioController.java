package com.koto.tutoring.internal;

import com.koto.storage.ObjectStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Voice answers: upload ({@code POST /api/v1/sessions/{id}/audio}) and owner-only download ({@code GET /api/v1/audio/{id}}). */
@RestController
@Tag(name = "audio", description = "Voice answers")
class AudioController {

    private final AudioTurns audioTurns;
    private final ObjectStore store;

    AudioController(AudioTurns audioTurns, ObjectStore store) {
        this.audioTurns = audioTurns;
        this.store = store;
    }

    /**
     * Multipart part {@code audio} (WAV, WebM/Opus, OGG/Opus or MP3, sniffed from the content) → 202
     * {@code {audio_id, status:"processing"}}; the result arrives on the session's socket
     * ({@code transcript}, {@code evaluation}, … or {@code error}). 413 too large, 415 not audio, 400 too long.
     */
    @Operation(operationId = "uploadAudio", summary = "Upload a voice answer")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "202", description = "Stored; transcription and the turn follow on the socket")
    @ApiResponse(responseCode = "413", description = "Recording too large", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "415", description = "Not a supported audio format", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping(path = "/api/v1/sessions/{id}/audio", consumes = "multipart/form-data")
    ResponseEntity<AudioAccepted> upload(@PathVariable UUID id, @RequestPart("audio") MultipartFile audio,
            @AuthenticationPrincipal Jwt jwt) {
        byte[] data;
        try {
            data = audio.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
        UUID audioId;
        try {
            audioId = audioTurns.upload(UUID.fromString(jwt.getSubject()), id, data);
        } catch (RuntimeException refused) {
            // koto_uploads_total{outcome}: Micrometer's global registry, bound by Boot to the app's
            io.micrometer.core.instrument.Metrics.counter("koto.uploads", "outcome",
                    refused instanceof com.koto.platform.RateLimitedException ? "rate_limited" : "refused").increment();
            throw refused;
        }
        io.micrometer.core.instrument.Metrics.counter("koto.uploads", "outcome", "accepted").increment();
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/audio/" + audioId))
                .body(new AudioAccepted(audioId, "processing"));
    }

    /** 302 to a presigned URL valid for {@code koto.storage.url-ttl} (≤ 15 min); another learner gets 404. */
    @Operation(operationId = "downloadAudio", summary = "Download one's own recording")
    @ApiResponse(responseCode = "302", description = "Redirect to a short-lived presigned URL (Location header)")
    @GetMapping("/api/v1/audio/{id}")
    ResponseEntity<Void> download(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        String url = audioTurns.downloadUrl(UUID.fromString(jwt.getSubject()), id, store.downloadUrlTtl());
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(url)).build();
    }

    /**
     * The answer to an upload.
     *
     * @param audioId the recording's id ({@code audio:<audio_id>} becomes the turn's client_event_id)
     * @param status  always {@code processing}
     */
    record AudioAccepted(UUID audioId, @Schema(allowableValues = "processing") String status) {
    }
}
