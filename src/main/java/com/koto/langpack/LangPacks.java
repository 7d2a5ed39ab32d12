package com.koto.langpack;

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
}
