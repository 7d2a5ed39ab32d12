package com.koto.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-process {@link SharedCache}: TTL per entry, bounded size (oldest-expiring evicted first). */
class LocalSharedCache implements SharedCache {

    private record Entry(String value, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Clock clock;

    LocalSharedCache(int maxEntries, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (!e.expires().isAfter(clock.instant())) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        if (entries.size() >= maxEntries && !entries.containsKey(key)) {
            evict();
        }
        entries.put(key, new Entry(value, clock.instant().plus(ttl)));
    }

    private void evict() {
        Instant now = clock.instant();
        entries.values().removeIf(e -> !e.expires().isAfter(now));
        int excess = entries.size() - maxEntries + 1;
        if (excess > 0) {
            entries.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(Comparator.comparing(Entry::expires)))
                    .limit(excess)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(entries::remove);
        }
    }

    @Override
    public String kind() {
        return "local";
    }
}
