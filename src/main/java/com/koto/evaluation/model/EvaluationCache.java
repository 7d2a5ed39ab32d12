package com.koto.evaluation.model;

import com.koto.evaluation.Evaluation;
import java.util.Optional;

/**
 * Where model evaluations are kept so that a replayed answer costs no model call. Keys come
 * from {@link CacheKeys}. Implementations: {@link InProcessEvaluationCache} (default, one
 * instance) and a Redis one when Redis is configured (shared by all instances).
 */
public interface EvaluationCache {

    /** The cached evaluation for a key, if present and not expired. */
    Optional<Evaluation> get(String key);

    /** Stores an evaluation under a key for the configured time to live. */
    void put(String key, Evaluation evaluation);
}
