package com.koto.langpack;

import com.koto.langpack.internal.LangPackChangeRepository;
import com.koto.langpack.internal.LangPackChangeRow;
import com.koto.langpack.internal.LangPackDocuments;
import com.koto.langpack.internal.LangPackRepository;
import com.koto.langpack.internal.LangPackRow;
import com.koto.langpack.internal.LangPackStore;
import com.koto.platform.ConflictException;
import com.koto.platform.InvalidDocumentException;
import com.koto.platform.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authoring of language packs for teachers and admins: list, edit, add a pack for a new
 * instruction language, import and export files. An imported file is stored and exported byte
 * for byte; an edited pack is written in the layout of {@code lang-packs/*.json}
 * ({@link LangPackDocuments#write}). Every change is recorded with author and time.
 */
@Service
@PreAuthorize("hasAnyRole('TEACHER', 'ADMIN')")
public class LangPackEditor {


    private final LangPackStore store;
    private final LangPackRepository rows;
    private final LangPackChangeRepository changes;
    private final LangPackDocuments documents = new LangPackDocuments();
    private final Clock clock;
    /** The strategy method security uses (Vaadin's bean), not the JVM-global one another context may have set. */
    private final ObjectProvider<SecurityContextHolderStrategy> security;

    LangPackEditor(LangPackStore store, LangPackRepository rows, LangPackChangeRepository changes, Clock clock,
            ObjectProvider<SecurityContextHolderStrategy> security) {
        this.security = security;
        this.store = store;
        this.rows = rows;
        this.changes = changes;
        this.clock = clock;
    }

    /** The installed packs, ordered by code. */
    @Transactional(readOnly = true)
    public List<LangPackInfo> packs() {
        return rows.findAll().stream().sorted(Comparator.comparing(LangPackRow::code))
                .map(r -> r.info(store.byCode(r.code()).map(p -> p.errorPatterns().size()).orElse(0)))
                .toList();
    }

    /**
     * One pack.
     *
     * @throws NotFoundException for an unknown code
     */
    @Transactional(readOnly = true)
    public LangPack pack(String code) {
        return store.byCode(code).orElseThrow(() -> notFound(code));
    }

    /**
     * The pack file exactly as stored: the imported bytes, or the written form after an edit.
     *
     * @throws NotFoundException for an unknown code
     */
    @Transactional(readOnly = true)
    public byte[] export(String code) {
        return rows.findById(code).orElseThrow(() -> notFound(code)).document().getBytes(StandardCharsets.UTF_8);
    }

    /** When a pack was last changed (pass it back to {@link #save} to detect concurrent edits). */
    @Transactional(readOnly = true)
    public Instant updatedAt(String code) {
        return rows.findById(code).orElseThrow(() -> notFound(code)).updatedAt();
    }

    /**
     * Saves an edited pack.
     *
     * @param basedOn the {@link #updatedAt} the edit started from; {@code null} skips the check
     * @return the saved pack
     * @throws InvalidDocumentException listing the blocking problems ({@link LangPackRules}, then the schema)
     * @throws ConflictException        when someone else saved the pack since {@code basedOn}
     * @throws NotFoundException        for an unknown code
     */
    @Transactional
    public LangPack save(LangPack pack, Instant basedOn) {
        LangPackRow row = rows.findById(pack.code()).orElseThrow(() -> notFound(pack.code()));
        if (basedOn != null && !row.updatedAt().truncatedTo(ChronoUnit.MILLIS)
                .equals(basedOn.truncatedTo(ChronoUnit.MILLIS))) {
            throw new ConflictException("The pack " + pack.code() + " was changed by " + row.updatedBy()
                    + " in the meantime: reload it and make your change again.");
        }
        LangPack before = store.byCode(pack.code()).orElseThrow();
        return write(pack, documents.write(pack), LangPackChange.Action.EDITED, before);
    }

    /**
     * Imports a pack file (upload), installing a new pack or replacing the one with its code.
     * The bytes are stored as given, so export returns the same file.
     *
     * @throws InvalidDocumentException listing every problem (JSON, schema, pack rules)
     */
    @Transactional
    public LangPack importPack(byte[] file) {
        LangPack pack = documents.read(file);
        return write(pack, file, LangPackChange.Action.IMPORTED, store.byCode(pack.code()).orElse(null));
    }

    /**
     * Adds a pack for a new instruction language, starting from a copy of an existing pack's texts
     * for the teacher to translate.
     *
     * @param instructionLang ISO 639-1 code, e.g. {@code vi}
     * @param name            display name in that language
     * @param basedOn         code of the pack to copy (e.g. {@code ko-en})
     * @throws ConflictException when the pack exists already
     */
    @Transactional
    public LangPack create(String instructionLang, String name, String basedOn) {
        String code = "ko-" + instructionLang;
        if (rows.existsById(code)) {
            throw new ConflictException("The pack " + code + " exists already.");
        }
        LangPack base = pack(basedOn);
        LangPack pack = new LangPack(code, name, instructionLang, "ko", "0.1.0", base.feedbackTemplates(),
                base.categoryExplanations(), base.errorPatterns(), base.prompts());
        return write(pack, documents.write(pack), LangPackChange.Action.CREATED, null);
    }

    /** A pack's change log, newest first. */
    @Transactional(readOnly = true)
    public List<LangPackChange> changes(String code) {
        return changes.findByCodeOrderByAtDesc(code).stream().map(LangPackChangeRow::view).toList();
    }

    /** The latest changes over all packs, newest first (admins). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<LangPackChange> recentChanges(int limit) {
        return changes.findAllByOrderByAtDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 1000)))).stream()
                .map(LangPackChangeRow::view).toList();
    }

    private LangPack write(LangPack pack, byte[] bytes, LangPackChange.Action action, LangPack before) {
        List<String> blocking = new ArrayList<>(LangPackRules.check(pack).stream().filter(PackProblem::blocking)
                .map(PackProblem::message).toList());
        if (!blocking.isEmpty()) {
            throw new InvalidDocumentException("The pack " + pack.code() + " cannot be saved", blocking);
        }
        String author = author();
        LangPack saved = store.save(bytes, author);
        changes.save(new LangPackChangeRow(pack.code(), clock.instant(), author, action,
                before == null ? List.of() : paths(before, saved)));
        return saved;
    }

    /** The JSON paths that differ between two versions of a pack. */
    static List<String> paths(LangPack a, LangPack b) {
        List<String> paths = new ArrayList<>();
        if (!Objects.equals(a.name(), b.name())) {
            paths.add("name");
        }
        if (!Objects.equals(a.version(), b.version())) {
            paths.add("version");
        }
        texts("feedback_templates", a.feedbackTemplates(), b.feedbackTemplates(), paths);
        texts("category_explanations", a.categoryExplanations(), b.categoryExplanations(), paths);
        Map<String, ErrorPattern> before = new HashMap<>();
        a.errorPatterns().forEach(p -> before.put(p.id(), p));
        Set<String> seen = new HashSet<>();
        for (ErrorPattern p : b.errorPatterns()) {
            seen.add(p.id());
            ErrorPattern old = before.get(p.id());
            if (old == null) {
                paths.add("+error_patterns." + p.id());
            } else if (!old.equals(p)) {
                paths.add("error_patterns." + p.id());
            }
        }
        a.errorPatterns().stream().filter(p -> !seen.contains(p.id())).forEach(p -> paths.add("-error_patterns." + p.id()));
        texts("prompts", a.prompts(), b.prompts(), paths);
        return paths;
    }

    private static void texts(String section, Map<String, String> a, Map<String, String> b, List<String> paths) {
        b.forEach((k, v) -> {
            if (!a.containsKey(k)) {
                paths.add("+" + section + "." + k);
            } else if (!a.get(k).equals(v)) {
                paths.add(section + "." + k);
            }
        });
        a.keySet().stream().filter(k -> !b.containsKey(k)).forEach(k -> paths.add("-" + section + "." + k));
    }

    private String author() {
        Authentication auth = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy).getContext()
                .getAuthentication();
        if (auth == null || auth.getName() == null) {
            throw new IllegalStateException("No signed-in user");
        }
        return auth.getName();
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("There is no language pack " + code + ".");
    }
}
