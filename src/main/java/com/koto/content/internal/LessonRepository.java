package com.koto.content.internal;

import com.koto.content.LessonStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonRepository extends JpaRepository<LessonRow, UUID> {

    Optional<LessonRow> findBySlug(String slug);

    List<LessonRow> findByStatusOrderBySlug(LessonStatus status);
}
