package com.koto.langpack;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** One recorded change of a language pack ({@code lang_pack_changes}, append-only). */
@Entity
@Immutable
@Table(name = "lang_pack_changes")
class LangPackChangeRow {

    @Id
    UUID id;
    String code;
    Instant at;
    String author;
    String action;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String details;

    protected LangPackChangeRow() {
    }

    LangPackChangeRow(String code, Instant at, String author, String action, String details) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.at = at;
        this.author = author;
        this.action = action;
        this.details = details;
    }
}
