package com.koto.evaluation.model;

import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.text.AnswerText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Cache keys of model evaluations: (activity version, normalised answer, instruction language).
 * An ad-hoc evaluation (no activity reference) is keyed by its accepted answers and register
 * instead. The parts are hashed so keys are short and safe in Redis.
 */
public final class CacheKeys {

    private CacheKeys() {
    }

    /** {@code koto:eval:<sha-256 hex>} for a request. */
    public static String of(EvaluationRequest request) {
        String activity = request.activityRef() != null
                ? "activity:" + request.activityRef()
                : "adhoc:" + String.join("\u001f", request.expected()) + "\u001e" + request.register().wireName();
        String material = activity + "\u0000" + AnswerText.normalise(request.answer()) + "\u0000"
                + request.instructionLang();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return "koto:eval:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
