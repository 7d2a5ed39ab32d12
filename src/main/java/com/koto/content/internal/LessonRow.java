package com.koto.content.internal;

import com.koto.content.DraftLesson;
import com.koto.content.LessonDocument;
import com.koto.content.LessonStatus;
import com.koto.content.StageDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A lesson and its editable draft ({@code lessons}): the draft's stages are one jsonb document in
 * the lesson file format, read and written whole; the lesson-level fields are columns so that the
 * lesson list can filter and sort on them.
 */
@Entity
@Table(name = "lessons")
public class LessonRow {

    @Id
    UUID id;
    String slug;
    @Enumerated(EnumType.STRING)
    LessonStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> title;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> description;
    @Column(name = "cefr_level")
    String cefrLevel;
    @Column(name = "topik_level")
    short topikLevel;
    @Column(name = "target_lang")
    String targetLang;
    @Column(name = "instruction_langs")
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> instructionLangs;
    @JdbcTypeCode(SqlTypes.JSON)
    List<StageDocument> stages = List.of();
    @Column(name = "latest_version")
    Integer latestVersion;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Column(name = "updated_by")
    String updatedBy;
    /** Optimistic lock of the draft: bumped by every change, checked by {@code saveDraft}. */
    @Version
    Integer revision;
    /** Whether the draft differs from the latest published version (always true before the first publish). */
    @Column(name = "unpublished_changes")
    boolean unpublishedChanges = true;

    protected LessonRow() {
    }

    LessonRow(UUID id, String slug, String author, Instant now) {
        this.id = id;
        this.slug = slug;
        this.status = LessonStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = author;
        this.updatedAt = now;
        this.updatedBy = author;
    }

    /** Writes a document's content into the draft (the slug stays the lesson's). */
    void setDraft(LessonDocument d) {
        title = d.title();
        description = d.description() == null ? Map.of() : d.description();
        cefrLevel = d.level().cefr();
        topikLevel = (short) d.level().topik();
        targetLang = d.targetLang() == null ? "ko" : d.targetLang();
        instructionLangs = d.instructionLangs();
        stages = d.stages();
    }

    /** The draft as a document. */
    public LessonDocument draft() {
        return new LessonDocument(LessonDocument.FORMAT, slug, title, description,
                new LessonDocument.Level(cefrLevel, topikLevel), targetLang, instructionLangs, stages);
    }

    /** The authoring view of the lesson. */
    public DraftLesson view() {
        return new DraftLesson(id, slug, status, latestVersion, updatedAt, updatedBy, draft(),
                revision == null ? 0 : revision, unpublishedChanges);
    }

    /** Archives the lesson: learners no longer see it; its versions stay. */
    public void archive() {
        status = LessonStatus.ARCHIVED;
    }

    /** Back from the archive: published if it ever was, else a draft. */
    public void unarchive() {
        status = latestVersion == null ? LessonStatus.DRAFT : LessonStatus.PUBLISHED;
    }

    /** Records the publication of version {@code version}: the draft and the latest version agree again. */
    public void published(int version) {
        latestVersion = version;
        status = LessonStatus.PUBLISHED;
        unpublishedChanges = false;
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public LessonStatus status() {
        return status;
    }

    public Integer latestVersion() {
        return latestVersion;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Integer revision() {
        return revision;
    }
}
