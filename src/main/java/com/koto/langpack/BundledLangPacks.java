package com.koto.langpack;

import com.koto.platform.ClusterLock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On start, installs the packs shipped in {@code lang-packs/ko-*.json} whose code is not in the
 * database yet (a teacher's edits are never overwritten).
 */
@Component
@Order(10)
class BundledLangPacks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledLangPacks.class);

    private final LangPackStore store;
    private final ClusterLock clusterLock;

    BundledLangPacks(LangPackStore store, ClusterLock clusterLock) {
        this.store = store;
        this.clusterLock = clusterLock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:lang-packs/ko-*.json");
        // instances starting together must not both insert the same pack
        clusterLock.exclusively("koto:seed:lang-packs", () -> install(files));
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
