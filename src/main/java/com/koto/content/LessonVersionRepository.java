package com.koto.content;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonVersionRepository extends JpaRepository<LessonVersion, UUID> {

    Optional<LessonVersion> findByLessonIdAndVersion(UUID lessonId, int version);

    List<LessonVersion> findByLessonIdOrderByVersionDesc(UUID lessonId);
}
