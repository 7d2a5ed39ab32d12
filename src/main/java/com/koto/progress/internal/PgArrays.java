package com.koto.progress.internal;

import java.util.Collection;
import java.util.function.Function;

/**
 * PostgreSQL array literals ({@code {"a","b",NULL}}) for multi-row statements that take one array per
 * column and {@code unnest} them ({@code cast(? as uuid[])}): one parameter per column, whatever the
 * number of rows, with no driver-specific array binding.
 */
final class PgArrays {

    private PgArrays() {
    }

    /**
     * The array literal of {@code value} applied to each item, every element quoted (a {@code null}
     * becomes {@code NULL}); backslashes and double quotes are escaped as the array syntax requires.
     */
    static <T> String of(Collection<? extends T> items, Function<? super T, String> value) {
        StringBuilder out = new StringBuilder(items.size() * 40).append('{');
        for (T item : items) {
            if (out.length() > 1) {
                out.append(',');
            }
            String v = value.apply(item);
            if (v == null) {
                out.append("NULL");
                continue;
            }
            out.append('"');
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
            out.append('"');
        }
        return out.append('}').toString();
    }
}
