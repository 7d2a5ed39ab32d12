package com.koto.platform;

import org.springframework.stereotype.Component;

/**
 * The region this deployment serves (one deployment per country), as modules read it; the settings behind it
 * are {@code koto.region.*} ({@link RegionProperties}, checked at start). Identity stamps {@link #code()} on every
 * account it creates and gives a registration that names no instruction language {@link #instructionLanguage()};
 * progress groups cohorts by (instruction language, region).
 */
@Component
public class Region {

    private final RegionProperties settings;

    Region(RegionProperties settings) {
        this.settings = settings;
    }

    /** The region code, upper case (e.g. {@code ID}); {@code null} when {@code KOTO_REGION} is not set. */
    public String code() {
        return settings.code();
    }

    /** ISO 639-1 code new learners are taught in when they name none (default {@code en}). */
    public String instructionLanguage() {
        return settings.instructionLanguage();
    }

    /** ISO 639-1 code of the language taught: {@code ko}. */
    public String targetLanguage() {
        return settings.targetLanguage();
    }
}
