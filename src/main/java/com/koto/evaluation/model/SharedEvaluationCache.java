package com.koto.evaluation.model;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.EvaluationSource;
import com.koto.platform.SharedCache;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link EvaluationCache} on the platform's {@link SharedCache}: Redis when configured (so every
 * instance reuses a model evaluation), in-process otherwise. Evaluations are stored as JSON with
 * their confidence; an unreadable entry is a miss. The shared cache never throws (a Redis outage
 * is a miss), so neither does this.
 */
public final class SharedEvaluationCache implements EvaluationCache {

    /** The stored shape: the evaluation including its (otherwise unserialised) confidence. */
    record Stored(int score, boolean passed, List<StoredError> errors, String feedback, String modelAnswer,
            double confidence) {
    }

    record StoredError(String category, String original, String correction, String explanation, String subtype) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final SharedCache cache;
    private final Duration ttl;

    /**
     * @param cache the platform cache
     * @param ttl   time to live of an entry
     */
    public SharedEvaluationCache(SharedCache cache, Duration ttl) {
        this.cache = cache;
        this.ttl = ttl;
    }

    @Override
    public Optional<Evaluation> get(String key) {
        return cache.get(key).flatMap(SharedEvaluationCache::read);
    }

    @Override
    public void put(String key, Evaluation e) {
        Stored stored = new Stored(e.score(), e.passed(), e.errors().stream()
                .map(x -> new StoredError(x.category().wireName(), x.original(), x.correction(), x.explanation(),
                        x.subtype()))
                .toList(), e.feedback(), e.modelAnswer(), e.confidence());
        cache.put(key, JSON.writeValueAsString(stored), ttl);
    }

    private static Optional<Evaluation> read(String json) {
        try {
            Stored s = JSON.readValue(json, Stored.class);
            List<EvaluationError> errors = s.errors() == null ? List.of() : s.errors().stream()
                    .map(x -> new EvaluationError(ErrorCategory.fromWire(x.category()), x.original(), x.correction(),
                            x.explanation(), x.subtype()))
                    .toList();
            return Optional.of(new Evaluation(s.score(), s.passed(), errors, s.feedback(), s.modelAnswer(),
                    EvaluationSource.MODEL, s.confidence()));
        } catch (JacksonException | IllegalArgumentException e) {
            return Optional.empty(); // an entry from another version: recompute
        }
    }

    /** Which store backs this cache: {@code redis} or {@code local}. */
    public String kind() {
        return cache.kind();
    }
}
