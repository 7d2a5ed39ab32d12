package com.koto.langpack;

import jakarta.persistence.EnumeratedValue;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A recorded change of a language pack.
 *
 * @param code    the pack
 * @param at      when
 * @param author  username
 * @param action  what kind of change
 * @param paths   what changed: JSON paths such as {@code feedback_templates.good_job}, {@code +error_patterns.x}
 *                (added), {@code -error_patterns.x} (removed)
 */
public record LangPackChange(String code, Instant at, String author, Action action, List<String> paths) {

    /** Kinds of change, stored in {@code lang_pack_changes.action} as {@link #code()}. */
    public enum Action {
        CREATED, IMPORTED, EDITED;

        @EnumeratedValue
        private final String code = name().toLowerCase(Locale.ROOT);

        /** The stored name: {@code created}, {@code imported}, {@code edited}. */
        public String code() {
            return code;
        }
    }
}
