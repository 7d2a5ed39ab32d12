package com.koto.content.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LessonVersionRepository extends JpaRepository<LessonVersionRow, UUID> {

    Optional<LessonVersionRow> findByLessonIdAndVersion(UUID lessonId, int version);

    @Query("select v.id from LessonVersionRow v where v.lessonId = ?1 and v.version = ?2")
    Optional<UUID> findIdByLessonIdAndVersion(UUID lessonId, int version);

    List<LessonVersionRow> findByLessonIdOrderByVersionDesc(UUID lessonId);
}
