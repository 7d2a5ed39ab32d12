package com.koto.tutoring;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SessionRepository extends JpaRepository<LearnerSession, UUID> {

    Optional<LearnerSession> findByIdAndLearnerId(UUID id, UUID learnerId);

    /** A learner's sessions, newest first (index {@code sessions_learner_idx}). */
    Page<LearnerSession> findByLearnerIdOrderByStartedAtDescIdDesc(UUID learnerId, Pageable page);

    /** A learner's sessions in one status, newest first. */
    Page<LearnerSession> findByLearnerIdAndStatusOrderByStartedAtDescIdDesc(UUID learnerId, String status,
            Pageable page);

    /** Serialises turns of one session (the row lock is held until the turn's transaction ends). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from LearnerSession s where s.id = ?1 and s.learnerId = ?2")
    Optional<LearnerSession> lockByIdAndLearnerId(UUID id, UUID learnerId);
}
