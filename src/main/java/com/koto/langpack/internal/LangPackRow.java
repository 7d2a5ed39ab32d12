package com.koto.langpack.internal;

import com.koto.langpack.LangPack;
import com.koto.langpack.LangPackInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored language pack ({@code lang_packs}); {@code document} is the pack JSON exactly as imported. */
@Entity
@Table(name = "lang_packs")
public class LangPackRow {

    @Id
    String code;
    String name;
    @Column(name = "instruction_lang")
    String instructionLang;
    @Column(name = "target_lang")
    String targetLang;
    String version;
    String document;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Column(name = "updated_by")
    String updatedBy;

    protected LangPackRow() {
    }

    LangPackRow(LangPack pack, String document, Instant now, String author) {
        this.code = pack.code();
        update(pack, document, now, author);
    }

    void update(LangPack pack, String document, Instant now, String author) {
        this.name = pack.name();
        this.instructionLang = pack.instructionLang();
        this.targetLang = pack.targetLang();
        this.version = pack.version();
        this.document = document;
        this.updatedAt = now;
        this.updatedBy = author;
    }

    /** The pack's summary for listings; {@code errorPatterns} is counted from the parsed pack. */
    public LangPackInfo info(int errorPatterns) {
        return new LangPackInfo(code, name, instructionLang, version, errorPatterns, updatedAt, updatedBy);
    }

    public String code() {
        return code;
    }

    /** The pack JSON exactly as stored. */
    public String document() {
        return document;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
