package com.koto.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** An immutable published version of a lesson ({@code lesson_versions}). */
@Entity
@Immutable
@Table(name = "lesson_versions")
class LessonVersion {

    @Id
    UUID id;
    @Column(name = "lesson_id")
    UUID lessonId;
    int version;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String document;
    @Column(name = "change_note")
    String changeNote;
    @Column(name = "published_at")
    Instant publishedAt;
    @Column(name = "published_by")
    String publishedBy;

    protected LessonVersion() {
    }

    LessonVersion(UUID lessonId, int version, String document, String changeNote, Instant publishedAt,
            String publishedBy) {
        this.id = UUID.randomUUID();
        this.lessonId = lessonId;
        this.version = version;
        this.document = document;
        this.changeNote = changeNote;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }
}
