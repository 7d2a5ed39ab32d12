package com.koto.content.internal;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Translation maps (ISO 639-1 code → text) in their canonical order: Korean first, then by code.
 * Lesson files are written in this order, whatever order a file or the database (jsonb does not
 * keep key order) had, so an export of unchanged content is byte-stable.
 */
public final class Translations {

    /** Korean first, then alphabetical. */
    public static final Comparator<String> ORDER = Comparator.comparing((String code) -> !"ko".equals(code))
            .thenComparing(Comparator.naturalOrder());

    private Translations() {
    }

    /** An unmodifiable copy in canonical order; {@code null} stays {@code null}. */
    public static Map<String, String> canonical(Map<String, String> texts) {
        if (texts == null) {
            return null;
        }
        Map<String, String> sorted = new LinkedHashMap<>();
        texts.entrySet().stream().sorted(Map.Entry.comparingByKey(ORDER))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(sorted);
    }
}
