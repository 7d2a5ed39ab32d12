package com.koto.tutoring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionEventRepository extends JpaRepository<SessionEvent, Long> {

    List<SessionEvent> findBySessionIdOrderBySeq(UUID sessionId);

    List<SessionEvent> findBySessionIdAndTypeOrderBySeq(UUID sessionId, String type);

    Optional<SessionEvent> findBySessionIdAndClientEventId(UUID sessionId, String clientEventId);

    @Query("select coalesce(max(e.seq), 0) from SessionEvent e where e.sessionId = ?1")
    int lastSeq(UUID sessionId);
}
