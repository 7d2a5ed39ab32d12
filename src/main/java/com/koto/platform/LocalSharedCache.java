package com.koto.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
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
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (e.expires().isBefore(clock.instant())) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        if (entries.size() >= maxEntries) {
            evict();
        }
        entries.put(key, new Entry(value, clock.instant().plus(ttl)));
    }

    private void evict() {
        Instant now = clock.instant();
        entries.values().removeIf(e -> e.expires().isBefore(now));
        Iterator<String> it = entries.keySet().iterator();
        while (entries.size() >= maxEntries && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    @Override
    public String kind() {
        return "local";
    }
}
