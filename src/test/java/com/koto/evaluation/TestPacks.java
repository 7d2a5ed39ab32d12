package com.koto.evaluation;

import com.koto.langpack.LangPack;
import com.koto.langpack.internal.LangPackDocuments;
import com.koto.langpack.LangPacks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The real language packs ({@code lang-packs/ko-id.json}, {@code ko-en.json}), read and validated
 * with the production reader, for unit tests without Spring or a database.
 */
public final class TestPacks implements LangPacks {

    public static final LangPack KO_ID = read("lang-packs/ko-id.json");
    public static final LangPack KO_EN = read("lang-packs/ko-en.json");

    private static LangPack read(String location) {
        try (InputStream in = TestPacks.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + location);
            }
            return new LangPackDocuments().read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public LangPack forInstructionLang(String instructionLang) {
        return "id".equals(instructionLang) ? KO_ID : KO_EN;
    }

    @Override
    public Optional<LangPack> byCode(String code) {
        return all().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public List<LangPack> all() {
        return List.of(KO_EN, KO_ID);
    }
}
