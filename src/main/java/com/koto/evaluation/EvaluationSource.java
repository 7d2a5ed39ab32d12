package com.koto.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which evaluator produced an evaluation: {@code rules}, {@code model}, {@code hybrid} or {@code cache}. */
public enum EvaluationSource {
    RULES, MODEL, HYBRID, CACHE;

    /** Wire name, lower case. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
