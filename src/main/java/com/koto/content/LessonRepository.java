package com.koto.content;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonRepository extends JpaRepository<LessonRow, UUID> {

    Optional<LessonRow> findBySlug(String slug);

    List<LessonRow> findByStatusOrderBySlug(LessonStatus status);
}
