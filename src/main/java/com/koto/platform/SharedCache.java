package com.koto.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * A key → string cache shared by all instances when Redis is configured, in-process otherwise.
 * Failures of the backing store never propagate: a read failure is a miss, a write failure is
 * dropped (the caller's work is still valid, it only costs a recomputation).
 */
public interface SharedCache {

    /** The value, or empty on a miss (or when the store is unreachable). */
    Optional<String> get(String key);

    /**
     * Stores a value.
     *
     * @param ttl time to live, at least 1 s
     */
    void put(String key, String value, Duration ttl);

    /** {@code redis} or {@code local}. */
    String kind();

    /**
     * A bounded in-process cache (what the application uses without Redis; also for tools and
     * tests outside the application), on Caffeine: when full, Caffeine's W-TinyLFU policy picks
     * the entries to drop (rarely read ones first); an expired entry is never returned.
     *
     * @param maxEntries at least 1
     * @param clock      time source
     */
    static SharedCache inProcess(int maxEntries, java.time.Clock clock) {
        return new LocalSharedCache(maxEntries, clock);
    }
}
