package com.koto.tutoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A learner's run through one published lesson version ({@code sessions}). */
@Entity
@Table(name = "sessions")
class LearnerSession {

    static final String ACTIVE = "active";
    static final String COMPLETED = "completed";
    static final String ENDED = "ended";

    @Id
    UUID id;
    @Column(name = "learner_id")
    UUID learnerId;
    @Column(name = "lesson_id")
    UUID lessonId;
    @Column(name = "lesson_version_id")
    UUID lessonVersionId;
    @Column(name = "instruction_lang")
    String instructionLang;
    String status;
    @Column(name = "stage_index")
    int stageIndex;
    @Column(name = "activity_index")
    int activityIndex;
    int attempts;
    @Column(name = "total_score")
    Short totalScore;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Column(name = "finished_at")
    Instant finishedAt;
    @Version
    @Column(name = "lock_version")
    long lockVersion;

    protected LearnerSession() {
    }

    LearnerSession(UUID learnerId, UUID lessonId, UUID lessonVersionId, String instructionLang, Instant now) {
        this.id = UUID.randomUUID();
        this.learnerId = learnerId;
        this.lessonId = lessonId;
        this.lessonVersionId = lessonVersionId;
        this.instructionLang = instructionLang;
        this.status = ACTIVE;
        this.startedAt = now;
        this.updatedAt = now;
    }

    boolean active() {
        return ACTIVE.equals(status);
    }
}
