package com.koto.langpack;

import java.time.Instant;
import java.util.List;

/**
 * A recorded change of a language pack.
 *
 * @param code    the pack
 * @param at      when
 * @param author  username
 * @param action  {@code created}, {@code imported} or {@code edited}
 * @param paths   what changed: JSON paths such as {@code feedback_templates.good_job}, {@code +error_patterns.x}
 *                (added), {@code -error_patterns.x} (removed)
 */
public record LangPackChange(String code, Instant at, String author, String action, List<String> paths) {
}
