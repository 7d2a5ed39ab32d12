package com.koto.content;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** The editable draft of a lesson ({@code lessons}) with its stages. */
@Entity
@Table(name = "lessons")
class Lesson {

    @Id
    UUID id;
    String slug;
    String status;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String title;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String description;
    @Column(name = "cefr_level")
    String cefrLevel;
    @Column(name = "topik_level")
    short topikLevel;
    @Column(name = "target_lang")
    String targetLang;
    @Column(name = "instruction_langs", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String instructionLangs;
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

    @OneToMany(mappedBy = "lesson", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<Stage> stages = new ArrayList<>();

    protected Lesson() {
    }

    Lesson(UUID id, String slug, String author, Instant now) {
        this.id = id;
        this.slug = slug;
        this.status = "draft";
        this.createdAt = now;
        this.createdBy = author;
        this.updatedAt = now;
        this.updatedBy = author;
    }
}
