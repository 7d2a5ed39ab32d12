package com.koto.evaluation.model;

import com.koto.evaluation.Evaluation;
import java.util.Optional;

/**
 * Where model evaluations are kept so that a replayed answer costs no model call. Keys come
 * from {@link CacheKeys}. Implementation: {@link SharedEvaluationCache} on the platform's
 * {@code SharedCache} (Redis when configured, shared by all instances; in-process otherwise).
 */
public interface EvaluationCache {

    /** The cached evaluation for a key, if present and not expired. */
    Optional<Evaluation> get(String key);

    /** Stores an evaluation under a key for the configured time to live. */
    void put(String key, Evaluation evaluation);
}
