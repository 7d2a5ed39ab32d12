package com.koto.content.internal;

import com.koto.content.LessonDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An immutable published version of a lesson ({@code lesson_versions}). */
@Entity
@Immutable
@Table(name = "lesson_versions")
public class LessonVersionRow {

    @Id
    UUID id;
    @Column(name = "lesson_id")
    UUID lessonId;
    int version;
    @JdbcTypeCode(SqlTypes.JSON)
    LessonDocument document;
    @Column(name = "change_note")
    String changeNote;
    @Column(name = "published_at")
    Instant publishedAt;
    @Column(name = "published_by")
    String publishedBy;

    protected LessonVersionRow() {
    }

    public LessonVersionRow(UUID lessonId, int version, LessonDocument document, String changeNote, Instant publishedAt,
            String publishedBy) {
        this.id = UUID.randomUUID();
        this.lessonId = lessonId;
        this.version = version;
        this.document = document;
        this.changeNote = changeNote;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID lessonId() {
        return lessonId;
    }

    public int version() {
        return version;
    }

    public LessonDocument document() {
        return document;
    }

    public String changeNote() {
        return changeNote;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}
