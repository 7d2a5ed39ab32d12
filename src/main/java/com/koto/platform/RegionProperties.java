package com.koto.platform;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The region this deployment serves ({@code koto.region.*}), after the seed's multi-country plan (one
 * deployment per country: e.g. {@code REGION=ID}, {@code INSTRUCTION_LANG=id}, {@code TARGET_LANG=ko}).
 * Checked at start: a malformed value stops the application with Spring Boot's binding report naming the
 * property, instead of being discovered by the first learner.
 *
 * <p>Other modules read it through {@link Region}.
 *
 * @param code                region code, 2–8 characters, a letter then letters, digits or {@code -}
 *                            (ISO 3166-1 alpha-2 such as {@code ID} or {@code VN} recommended), stored upper
 *                            case; env {@code KOTO_REGION}; empty or absent → {@code null} (not configured)
 * @param instructionLanguage ISO 639-1 code (two lower-case letters) new learners are taught in when their
 *                            registration names none; env {@code KOTO_INSTRUCTION_LANG}; default {@code en}.
 *                            A registration still needs a language pack teaching through it (else 400).
 * @param targetLanguage      ISO 639-1 code of the language taught; env {@code KOTO_TARGET_LANG}; default and
 *                            only accepted value {@code ko} (every language pack is {@code ko-xx})
 */
@Validated
@ConfigurationProperties("koto.region")
record RegionProperties(
        @Pattern(regexp = "[A-Z][A-Z0-9-]{1,7}",
                message = "KOTO_REGION must be 2–8 letters, digits or '-' starting with a letter, e.g. ID or VN")
        String code,
        @NotNull @Pattern(regexp = "[a-z]{2}",
                message = "KOTO_INSTRUCTION_LANG must be a two-letter ISO 639-1 code such as en or id")
        @DefaultValue("en") String instructionLanguage,
        @NotNull @Pattern(regexp = "ko", message = "KOTO_TARGET_LANG must be ko: every language pack teaches Korean")
        @DefaultValue("ko") String targetLanguage) {

    /** Trims and normalises case; a blank code becomes {@code null}, a blank language its default. */
    RegionProperties {
        code = code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
        instructionLanguage = instructionLanguage == null || instructionLanguage.isBlank() ? "en"
                : instructionLanguage.strip().toLowerCase(Locale.ROOT);
        targetLanguage = targetLanguage == null || targetLanguage.isBlank() ? "ko"
                : targetLanguage.strip().toLowerCase(Locale.ROOT);
    }

    /** The settings of a deployment without any region configuration (defaults {@code en}, {@code ko}). */
    static RegionProperties unconfigured() {
        return new RegionProperties(null, null, null);
    }

    /** The region code, empty when {@code KOTO_REGION} is not set. */
    Optional<String> configuredCode() {
        return Optional.ofNullable(code);
    }
}
