package com.koto.storage.internal;

import java.time.Duration;
import java.util.regex.Pattern;

/** Checks shared by the implementations. */
final class ObjectKeys {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._-]{0,511}");

    private ObjectKeys() {
    }

    static String check(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..") || key.contains("//")) {
            throw new IllegalArgumentException("Invalid object key: " + key);
        }
        return key;
    }

    static Duration checkTtl(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(StorageProperties.MAX_URL_TTL) > 0) {
            throw new IllegalArgumentException("A download URL may be valid for 1 s to 15 min, not " + ttl);
        }
        return ttl;
    }
}
