package com.koto.tutoring;

import com.koto.storage.StorageProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Voice answers: upload ({@code POST /api/v1/sessions/{id}/audio}) and owner-only download ({@code GET /api/v1/audio/{id}}). */
@RestController
class AudioController {

    private final AudioTurns audioTurns;
    private final StorageProperties storage;

    AudioController(AudioTurns audioTurns, StorageProperties storage) {
        this.audioTurns = audioTurns;
        this.storage = storage;
    }

    /** Multipart part {@code audio} → 202 {@code {audio_id, status:"processing"}}. */
    @PostMapping(path = "/api/v1/sessions/{id}/audio", consumes = "multipart/form-data")
    ResponseEntity<Map<String, Object>> upload(@PathVariable UUID id, @RequestPart("audio") MultipartFile audio,
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
                .body(Map.of("audio_id", audioId, "status", "processing"));
    }

    /** 302 to a presigned URL valid for {@code koto.storage.url-ttl} (≤ 15 min); another learner gets 404. */
    @GetMapping("/api/v1/audio/{id}")
    ResponseEntity<Void> download(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        String url = audioTurns.downloadUrl(UUID.fromString(jwt.getSubject()), id, storage.urlTtl());
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(url)).build();
    }
}
