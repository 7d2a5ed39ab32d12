package com.koto.langpack;

import com.koto.platform.BadRequestException;
import java.util.List;
import java.util.Optional;

/** The language packs the application knows, read from the {@code lang_packs} table (cached). */
public interface LangPacks {

    /**
     * The pack teaching Korean through {@code instructionLang}; falls back to the English pack,
     * then to any pack, so feedback is never missing.
     *
     * @param instructionLang ISO 639-1 code, e.g. {@code id}
     * @throws IllegalStateException when no pack at all is installed
     */
    LangPack forInstructionLang(String instructionLang);

    /** A pack by its code, e.g. {@code ko-id}. */
    Optional<LangPack> byCode(String code);

    /** All installed packs, ordered by code. */
    List<LangPack> all();

    /** The instruction languages that have an installed pack, sorted, e.g. {@code [en, id]}. */
    default List<String> instructionLangs() {
        return all().stream().map(LangPack::instructionLang).distinct().sorted().toList();
    }

    /**
     * Checks that a learner can be taught through a language (API input: registration, profile,
     * session start).
     *
     * @param instructionLang ISO 639-1 code
     * @return the code, lower case
     * @throws BadRequestException (a 400 problem) naming the supported languages when no pack teaches
     *                                  through it
     */
    default String requireInstructionLang(String instructionLang) {
        String lang = instructionLang == null ? "" : instructionLang.trim().toLowerCase(java.util.Locale.ROOT);
        List<String> supported = instructionLangs();
        if (!supported.contains(lang)) {
            throw new BadRequestException("The instruction language '" + instructionLang
                    + "' is not supported; supported instruction languages: " + String.join(", ", supported) + ".");
        }
        return lang;
    }
}
