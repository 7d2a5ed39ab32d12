package com.koto.storage.internal;

import com.koto.storage.Bucket;
import com.koto.storage.ObjectStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code objectStore} (part of the readiness group): UP when the store answers a lookup of a
 * probe key in the audio bucket (S3: a HEAD request; local store: a file check), DOWN with the error otherwise.
 */
@Component
class ObjectStoreHealthIndicator implements HealthIndicator {

    private static final String PROBE_KEY = "health-probe";

    private final ObjectStore store;

    ObjectStoreHealthIndicator(ObjectStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        try {
            store.exists(Bucket.AUDIO, PROBE_KEY);
            return Health.up().withDetail("kind", store.kind()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("kind", store.kind()).withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
