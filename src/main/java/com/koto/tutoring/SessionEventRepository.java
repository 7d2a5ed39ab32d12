package com.koto.tutoring;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads of the event log (appends go through {@link SessionStore}). */
interface SessionEventRepository extends JpaRepository<SessionEvent, Long> {

    List<SessionEvent> findBySessionIdOrderBySeq(UUID sessionId);
}
