package com.koto.evaluation.model;

import com.koto.evaluation.Evaluation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded in-process {@link EvaluationCache} with a time to live: the default when no Redis is
 * configured. When full, expired entries are dropped first, then the oldest. Thread-safe.
 */
public final class InProcessEvaluationCache implements EvaluationCache {

    private record Entry(Evaluation evaluation, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;

    /**
     * @param ttl        how long an entry lives
     * @param maxEntries how many entries at most
     * @param clock      time source (tests move it)
     */
    public InProcessEvaluationCache(Duration ttl, int maxEntries, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public Optional<Evaluation> get(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (!e.expires().isAfter(clock.instant())) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e.evaluation());
    }

    @Override
    public void put(String key, Evaluation evaluation) {
        Instant now = clock.instant();
        if (entries.size() >= maxEntries && !entries.containsKey(key)) {
            evict(now);
        }
        entries.put(key, new Entry(evaluation, now.plus(ttl)));
    }

    private void evict(Instant now) {
        entries.values().removeIf(e -> !e.expires().isAfter(now));
        Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().stream()
                .sorted(Map.Entry.comparingByValue((a, b) -> a.expires().compareTo(b.expires())))
                .limit(Math.max(1, entries.size() - maxEntries + 1))
                .iterator();
        while (oldest.hasNext()) {
            entries.remove(oldest.next().getKey());
        }
    }

    /** Number of live and not-yet-evicted entries. */
    int size() {
        return entries.size();
    }
}
