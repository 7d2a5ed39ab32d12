package com.koto.content.internal;

import com.koto.content.LessonChange;
import com.koto.content.LessonDiff;
import jakarta.persistence.Column;
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

/** One recorded change of a lesson ({@code lesson_changes}, append-only). */
@Entity
@Immutable
@Table(name = "lesson_changes")
public class LessonChangeRow {

    @Id
    UUID id;
    @Column(name = "lesson_id")
    UUID lessonId;
    Instant at;
    String author;
    @Enumerated(EnumType.STRING)
    LessonChange.Action action;
    String note;
    @JdbcTypeCode(SqlTypes.JSON)
    List<LessonDiff.Change> details;

    protected LessonChangeRow() {
    }

    LessonChangeRow(UUID lessonId, Instant at, String author, LessonChange.Action action, String note,
            List<LessonDiff.Change> details) {
        this.id = UUID.randomUUID();
        this.lessonId = lessonId;
        this.at = at;
        this.author = author;
        this.action = action;
        this.note = note;
        this.details = details == null ? List.of() : details;
    }

    public LessonChange view(String slug) {
        return new LessonChange(lessonId, slug, at, author, action, note, details);
    }

    public UUID lessonId() {
        return lessonId;
    }
}
