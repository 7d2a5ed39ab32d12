package com.koto.evaluation.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.EvaluationSource;
import com.koto.platform.SharedCache;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class SharedEvaluationCacheTest {

    /** A map standing in for Redis: what matters here is the stored string. */
    private static final class MapCache implements SharedCache {
        final Map<String, String> values = new ConcurrentHashMap<>();
        Duration lastTtl;

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, String value, Duration ttl) {
            values.put(key, value);
            lastTtl = ttl;
        }

        @Override
        public String kind() {
            return "test";
        }
    }

    @Test
    void anEvaluationSurvivesTheRoundTripWithItsConfidence() {
        MapCache store = new MapCache();
        SharedEvaluationCache cache = new SharedEvaluationCache(store, Duration.ofHours(24));
        Evaluation e = new Evaluation(70, false, List.of(new EvaluationError(ErrorCategory.PARTICLE_MISSING,
                "카드", "카드로", "Di sini perlu partikel")), "Tata bahasa salah.", "카드로 계산할게요",
                EvaluationSource.MODEL, 0.9);

        cache.put("koto:eval:1", e);

        assertThat(store.values.get("koto:eval:1")).contains("\"particle_missing\"", "카드로");
        assertThat(store.lastTtl).isEqualTo(Duration.ofHours(24));
        assertThat(cache.get("koto:eval:1")).contains(e);
    }

    @Test
    void anUnreadableEntryIsAMiss() {
        MapCache store = new MapCache();
        store.values.put("k", "{not json");
        store.values.put("k2", "{\"score\":1,\"passed\":false,\"errors\":[{\"category\":\"nonsense\"}]}");
        SharedEvaluationCache cache = new SharedEvaluationCache(store, Duration.ofHours(1));
        assertThat(cache.get("k")).isEmpty();
        assertThat(cache.get("k2")).isEmpty();
        assertThat(cache.get("absent")).isEmpty();
    }
}
