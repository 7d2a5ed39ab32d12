package com.koto.speech;

import com.koto.platform.SharedCache;
import com.koto.speech.internal.SynthesizedAudio;
import com.koto.speech.internal.TextToSpeech;
import com.koto.storage.Bucket;
import com.koto.storage.ObjectStore;
import com.koto.storage.StorageException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tutor's voice: synthesizes a Korean line once per (provider, voice, speed, text) and keeps it
 * in the TTS bucket under a content-addressed key ({@code sha256.ext}), with its duration in a
 * {@code sha256.json} sidecar and in the shared cache, so the same line never costs twice.
 * Metrics: {@code koto.tts.requests{result=hit|miss}}, {@code koto.tts.synthesis} (timer).
 */
public class TutorVoice {

    private static final Logger log = LoggerFactory.getLogger(TutorVoice.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CACHE_TTL = Duration.ofDays(7);

    private final TextToSpeech tts;
    private final ObjectStore store;
    private final SharedCache cache;
    private final String voice;
    private final double speed;
    private final Duration urlTtl;
    private final Counter hits;
    private final Counter misses;
    private final Timer synthesis;
    /** Background syntheses running at once, at most. */
    static final int MAX_PARALLEL_SYNTHESES = 2;
    private final Semaphore synthesizing = new Semaphore(MAX_PARALLEL_SYNTHESES);
    private final Map<String, CompletableFuture<Optional<TutorAudio>>> inFlight = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    public TutorVoice(TextToSpeech tts, ObjectStore store, SharedCache cache, String voice, double speed, Duration urlTtl,
            MeterRegistry meters) {
        this.tts = tts;
        this.store = store;
        this.cache = cache;
        this.voice = voice;
        this.speed = speed;
        this.urlTtl = urlTtl;
        this.hits = meters.counter("koto.tts.requests", "result", "hit");
        this.misses = meters.counter("koto.tts.requests", "result", "miss");
        this.synthesis = meters.timer("koto.tts.synthesis", "provider", tts == null ? "none" : tts.provider());
    }

    /** Whether a TTS provider is configured. */
    public boolean enabled() {
        return tts != null;
    }

    /**
     * The audio of a tutor line if it was synthesized already; never synthesizes (so it is cheap
     * enough for the turn path: a shared-cache read, on a miss of which the TTS bucket's sidecar).
     *
     * @return empty when no provider is configured or the line is not in the cache yet
     */
    public Optional<TutorAudio> cached(String text) {
        if (tts == null || text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return lookup(hash(text)).map(m -> {
                hits.increment();
                return new TutorAudio(m.key(), store.presignedGet(Bucket.TTS, m.key(), urlTtl), m.durationMs(), true);
            });
        } catch (StorageException e) {
            log.warn("Tutor audio cache unreadable: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Synthesizes a tutor line in the background ({@link #speak} on a virtual thread, at most
     * {@value #MAX_PARALLEL_SYNTHESES} at a time); concurrent requests for the same line share one
     * synthesis.
     *
     * @return completes with the audio, or empty (no provider, or synthesis failed); never
     *         completes exceptionally
     */
    public CompletableFuture<Optional<TutorAudio>> speakLater(String text) {
        if (tts == null || text == null || text.isBlank()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        String hash = hash(text);
        CompletableFuture<Optional<TutorAudio>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<TutorAudio>> running = inFlight.putIfAbsent(hash, mine);
        if (running != null) {
            return running;
        }
        // the caller's log context (request, session, learner ids) goes with the work
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        background.execute(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                synthesizing.acquire();
                try {
                    mine.complete(speak(text));
                } finally {
                    synthesizing.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                mine.complete(Optional.empty());
            } catch (RuntimeException e) {
                log.warn("Tutor line synthesis failed: {}", e.getMessage());
                mine.complete(Optional.empty());
            } finally {
                inFlight.remove(hash, mine);
                MDC.clear();
            }
        });
        return mine;
    }

    /** Shutdown: syntheses running get a few seconds to finish (they only fill the cache), then are interrupted. */
    @PreDestroy
    void stop() throws InterruptedException {
        background.shutdown();
        if (!background.awaitTermination(5, TimeUnit.SECONDS)) {
            background.shutdownNow();
        }
    }

    private Optional<Meta> lookup(String hash) {
        return cache.get("tts:" + hash).map(TutorVoice::parse)
                .or(() -> store.get(Bucket.TTS, hash + ".json").map(o -> parse(new String(o.data(), StandardCharsets.UTF_8))));
    }

    private String hash(String text) {
        return sha256(tts.provider() + "\n" + voice + "\n" + speed + "\n" + text.strip());
    }

    /**
     * The audio of a tutor line, synthesized (in the caller's thread) or from the cache.
     *
     * @param text Korean line
     * @return empty when no provider is configured or synthesis failed (the reply then goes out as
     *         text only; a failure is logged, never thrown)
     */
    public Optional<TutorAudio> speak(String text) {
        if (tts == null || text == null || text.isBlank()) {
            return Optional.empty();
        }
        String hash = hash(text);
        try {
            Optional<Meta> known = lookup(hash);
            if (known.isPresent()) {
                hits.increment();
                Meta m = known.get();
                return Optional.of(new TutorAudio(m.key(), store.presignedGet(Bucket.TTS, m.key(), urlTtl), m.durationMs(), true));
            }
            misses.increment();
            SynthesizedAudio audio = synthesis.record(() -> tts.synthesize(text.strip(), voice, speed));
            String key = hash + extension(audio.contentType());
            store.put(Bucket.TTS, key, audio.data(), audio.contentType());
            String meta = JSON.writeValueAsString(Map.of("key", key, "content_type", audio.contentType(),
                    "duration_ms", audio.durationMs()));
            store.put(Bucket.TTS, hash + ".json", meta.getBytes(StandardCharsets.UTF_8), "application/json");
            cache.put("tts:" + hash, meta, CACHE_TTL);
            return Optional.of(new TutorAudio(key, store.presignedGet(Bucket.TTS, key, urlTtl), audio.durationMs(), false));
        } catch (SpeechUnavailableException | StorageException e) {
            log.warn("Tutor line sent without audio: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static Meta parse(String json) {
        JsonNode n = JSON.readTree(json);
        return new Meta(n.path("key").asString(), n.path("content_type").asString(), n.path("duration_ms").asInt());
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "audio/ogg" -> ".ogg";
            case "audio/mpeg" -> ".mp3";
            default -> ".wav";
        };
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Meta(String key, String contentType, int durationMs) {
    }
}
