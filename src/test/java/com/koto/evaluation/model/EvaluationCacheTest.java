package com.koto.evaluation.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.EvaluationSource;
import com.koto.platform.SharedCache;
import com.koto.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Model evaluations in the in-process shared cache: TTL, bound, keys. */
class EvaluationCacheTest {

    private static final Evaluation E = new Evaluation(70, false, List.of(), "x", "y", EvaluationSource.MODEL, 0.9);

    @Test
    void entriesExpireAfterTheirTimeToLive() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
        SharedEvaluationCache cache = new SharedEvaluationCache(SharedCache.inProcess(10, clock), Duration.ofMinutes(10));
        cache.put("k", E);
        clock.advance(Duration.ofMinutes(9));
        assertThat(cache.get("k")).contains(E);
        clock.advance(Duration.ofMinutes(2));
        assertThat(cache.get("k")).isEmpty();
    }

    @Test
    void theCacheStaysWithinItsBound() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
        SharedEvaluationCache cache = new SharedEvaluationCache(SharedCache.inProcess(3, clock), Duration.ofMinutes(10));
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(1));
            cache.put("k" + i, E);
        }
        long live = java.util.stream.IntStream.range(0, 10).filter(i -> cache.get("k" + i).isPresent()).count();
        assertThat(live).isLessThanOrEqualTo(3);
        assertThat(cache.get("k9")).contains(E);
    }

    @Test
    void keysIgnorePunctuationAndSpacingNoiseButNotTheLanguageOrActivity() {
        EvaluationRequest a = EvaluationRequest.of(List.of("커피 주세요"), "커피 주세요!", "id");
        EvaluationRequest b = EvaluationRequest.of(List.of("커피 주세요"), "  커피   주세요 ", "id");
        EvaluationRequest c = EvaluationRequest.of(List.of("커피 주세요"), "커피 주세요", "en");
        assertThat(CacheKeys.of(a)).isEqualTo(CacheKeys.of(b)).isNotEqualTo(CacheKeys.of(c));
        assertThat(CacheKeys.of(a)).startsWith("koto:eval:");
    }
}
