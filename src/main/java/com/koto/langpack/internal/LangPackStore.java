package com.koto.langpack.internal;

import com.koto.langpack.LangPack;
import com.koto.langpack.LangPacks;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The installed language packs: stored in {@code lang_packs} as imported JSON, parsed once and
 * cached in memory until a pack is saved.
 */
@Service
public class LangPackStore implements LangPacks {

    private final LangPackRepository repository;
    private final LangPackDocuments documents;
    private final Clock clock;
    private final AtomicReference<Map<String, LangPack>> cache = new AtomicReference<>();

    LangPackStore(LangPackRepository repository, Clock clock) {
        this.repository = repository;
        this.documents = new LangPackDocuments();
        this.clock = clock;
    }

    @Override
    public LangPack forInstructionLang(String instructionLang) {
        List<LangPack> packs = all();
        if (packs.isEmpty()) {
            throw new IllegalStateException("No language pack is installed");
        }
        return packs.stream().filter(p -> p.instructionLang().equals(instructionLang)).findFirst()
                .or(() -> packs.stream().filter(p -> p.instructionLang().equals("en")).findFirst())
                .orElse(packs.getFirst());
    }

    @Override
    public Optional<LangPack> byCode(String code) {
        return Optional.ofNullable(packs().get(code));
    }

    @Override
    public List<LangPack> all() {
        return packs().values().stream().sorted(Comparator.comparing(LangPack::code)).toList();
    }

    /**
     * Validates and stores a pack document, replacing the pack with the same code.
     *
     * @param json   the pack file's bytes; stored exactly as given
     * @param author username recorded with the change
     * @throws com.koto.platform.InvalidDocumentException when the document is invalid; nothing is stored
     */
    @Transactional
    public LangPack save(byte[] json, String author) {
        LangPack pack = documents.read(json);
        String text = new String(json, StandardCharsets.UTF_8);
        repository.findById(pack.code()).ifPresentOrElse(
                row -> row.update(pack, text, clock.instant(), author),
                () -> repository.save(new LangPackRow(pack, text, clock.instant(), author)));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.set(null);
                }
            });
        } else {
            cache.set(null);
        }
        return pack;
    }

    /** Whether a pack with this code is installed. */
    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return repository.existsById(code);
    }

    private Map<String, LangPack> packs() {
        Map<String, LangPack> current = cache.get();
        if (current == null) {
            current = Map.copyOf(repository.findAll().stream()
                    .collect(java.util.stream.Collectors.toMap(r -> r.code,
                            r -> documents.read(r.document.getBytes(StandardCharsets.UTF_8)))));
            cache.set(current);
        }
        return current;
    }
}
