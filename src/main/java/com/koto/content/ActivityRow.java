package com.koto.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A draft activity ({@code activities}). Type-specific fields (translations, accepted answers,
 * options, replies, hint) live in the {@code body} JSON, in the lesson file format's names.
 */
@Entity
@Table(name = "activities")
class ActivityRow {

    @Id
    UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stage_id")
    Stage stage;
    int position;
    String key;
    String type;
    short difficulty;
    String register;
    @Column(name = "tutor_line")
    String tutorLine;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String body;

    protected ActivityRow() {
    }

    ActivityRow(Stage stage, int position) {
        this.id = UUID.randomUUID();
        this.stage = stage;
        this.position = position;
    }
}
