package com.koto.evaluation.rules;

import java.util.function.Supplier;

/**
 * A chain of word repairs tried in order, as {@link Resynthesis} and {@link StemEndings} try theirs: each repair reads
 * one word and gives {@code [correction, subtype]}, or null when its rule does not apply; the first that applies wins
 * and the ones after it are not run.
 */
final class Repairs {

    private Repairs() {
    }

    /**
     * The first repair in the list that applies.
     *
     * @param repairs the repairs, in the order of precedence
     * @return its {@code [correction, subtype]}, or null when none applies
     */
    @SafeVarargs
    static String[] first(Supplier<String[]>... repairs) {
        for (Supplier<String[]> repair : repairs) {
            String[] fixed = repair.get();
            if (fixed != null) {
                return fixed;
            }
        }
        return null;
    }
}
