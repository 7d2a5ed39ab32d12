package com.koto.langpack.internal;

import com.koto.langpack.LangPackChange;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One recorded change of a language pack ({@code lang_pack_changes}, append-only). */
@Entity
@Immutable
@Table(name = "lang_pack_changes")
public class LangPackChangeRow {

    @Id
    UUID id;
    String code;
    Instant at;
    String author;
    @Enumerated(EnumType.STRING)
    LangPackChange.Action action;
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> details;

    protected LangPackChangeRow() {
    }

    public LangPackChangeRow(String code, Instant at, String author, LangPackChange.Action action, List<String> details) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.at = at;
        this.author = author;
        this.action = action;
        this.details = details;
    }

    public LangPackChange view() {
        return new LangPackChange(code, at, author, action, details);
    }
}
