package com.koto.tutoring;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SessionRepository extends JpaRepository<LearnerSession, UUID> {

    Optional<LearnerSession> findByIdAndLearnerId(UUID id, UUID learnerId);

    /** Serialises turns of one session (the row lock is held until the turn's transaction ends). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from LearnerSession s where s.id = ?1 and s.learnerId = ?2")
    Optional<LearnerSession> lockByIdAndLearnerId(UUID id, UUID learnerId);
}
