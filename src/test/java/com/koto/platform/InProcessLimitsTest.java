package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.koto.support.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The in-process fallbacks of Redis (Caffeine): the shared cache keeps its bound under concurrent writers
 * and honours each entry's time to live on the injected clock; the per-instance rate-limit buckets are
 * bounded and still limit.
 */
class InProcessLimitsTest {

    @Test
    void theCacheStaysWithinItsBoundUnderConcurrentWriters() throws Exception {
        LocalSharedCache cache = new LocalSharedCache(1_000, Clock.systemUTC());
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 5_000;
            writers.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 5_000; i++) {
                    cache.put("k" + (offset + i), "v", Duration.ofMinutes(5));
                }
            }));
        }
        start.countDown();
        for (Thread w : writers) {
            w.join();
        }
        assertThat(cache.size()).isBetween(1L, 1_000L);
    }

    @Test
    void anEntryLivesForItsOwnTimeToLiveOnTheInjectedClock() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
        SharedCache cache = SharedCache.inProcess(10, clock);
        cache.put("short", "a", Duration.ofSeconds(30));
        cache.put("long", "b", Duration.ofMinutes(10));
        clock.advance(Duration.ofSeconds(29));
        assertThat(cache.get("short")).contains("a");
        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.get("short")).isEmpty();
        assertThat(cache.get("long")).contains("b");
    }

    @Test
    void perInstanceBucketsLimitEachSubjectAndStayBounded() {
        RateLimits limits = new RateLimits(null, null, new RateLimitProperties(true, 2, 10, 10, 20, 20, 10));
        limits.check(RateLimits.Kind.TURNS, "learner-a");
        limits.check(RateLimits.Kind.TURNS, "learner-a");
        assertThatThrownBy(() -> limits.check(RateLimits.Kind.TURNS, "learner-a"))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.getMessage()).isNotBlank());
        limits.check(RateLimits.Kind.TURNS, "learner-b");

        for (int i = 0; i < RateLimits.MAX_LOCAL_BUCKETS + 5_000; i++) {
            limits.check(RateLimits.Kind.LOGINS, "10.0." + (i >> 8) + "." + (i & 255));
        }
        assertThat(limits.localBuckets()).isLessThanOrEqualTo(RateLimits.MAX_LOCAL_BUCKETS);
    }
}
