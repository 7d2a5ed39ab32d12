package com.koto.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** One recorded change of a lesson ({@code lesson_changes}, append-only). */
@Entity
@Immutable
@Table(name = "lesson_changes")
class LessonChangeRow {

    @Id
    UUID id;
    @Column(name = "lesson_id")
    UUID lessonId;
    Instant at;
    String author;
    String action;
    String note;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String details;

    protected LessonChangeRow() {
    }

    LessonChangeRow(UUID lessonId, Instant at, String author, String action, String note, String details) {
        this.id = UUID.randomUUID();
        this.lessonId = lessonId;
        this.at = at;
        this.author = author;
        this.action = action;
        this.note = note;
        this.details = details;
    }
}
