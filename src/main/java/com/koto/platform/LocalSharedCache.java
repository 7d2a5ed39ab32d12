package com.koto.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * In-process {@link SharedCache} on Caffeine: a time to live per entry, and a size bound that Caffeine
 * keeps (W-TinyLFU eviction; expired entries are never returned). Time comes from the injected
 * {@link Clock}; eviction work runs on the calling thread, so the bound holds when {@code put} returns.
 */
class LocalSharedCache implements SharedCache {

    private record Entry(String value, Duration ttl) {
    }

    private final Cache<String, Entry> entries;

    LocalSharedCache(int maxEntries, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.entries = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.<String, Entry>writing((key, entry) -> entry.ttl()))
                .ticker(ticker(clock))
                .executor(Runnable::run)
                .build();
    }

    /** Caffeine's nanosecond ticker read from a {@link Clock}. */
    static Ticker ticker(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.getIfPresent(key)).map(Entry::value);
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        entries.put(key, new Entry(value, ttl));
    }

    /** Entries held now (expired ones not yet cleaned up included); for tests. */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    @Override
    public String kind() {
        return "local";
    }
}
