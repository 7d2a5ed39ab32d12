package com.koto.langpack.internal;

import com.koto.langpack.LangPack;
import com.koto.platform.SeedStep;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On start, installs the packs shipped in {@code lang-packs/ko-*.json} whose code is not in the
 * database yet (a teacher's edits are never overwritten). Seeding stage {@link SeedStep.Stage#LANGUAGE_PACKS}.
 */
@Component
class BundledLangPacks implements SeedStep {

    private static final Logger log = LoggerFactory.getLogger(BundledLangPacks.class);

    private final LangPackStore store;

    BundledLangPacks(LangPackStore store) {
        this.store = store;
    }

    @Override
    public Stage stage() {
        return Stage.LANGUAGE_PACKS;
    }

    @Override
    public void seed() {
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver().getResources("classpath:lang-packs/ko-*.json");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the bundled packs", e);
        }
        install(files);
    }

    private void install(Resource[] files) {
        for (Resource file : files) {
            String code = file.getFilename().replace(".json", "");
            if (store.exists(code)) {
                continue;
            }
            try (InputStream in = file.getInputStream()) {
                LangPack pack = store.save(in.readAllBytes(), "system");
                log.info("Installed language pack {} ({} error patterns)", pack.code(), pack.errorPatterns().size());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled pack " + file.getFilename(), e);
            }
        }
    }
}
