package com.koto.tutoring.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads of the event log (appends go through {@link SessionStore}). */
public interface SessionEventRepository extends JpaRepository<SessionEvent, Long> {

    List<SessionEvent> findBySessionIdOrderBySeq(UUID sessionId);
}
