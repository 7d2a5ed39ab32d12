package com.koto.content;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonRepository extends JpaRepository<Lesson, UUID> {

    Optional<Lesson> findBySlug(String slug);

    List<Lesson> findByStatusOrderBySlug(String status);
}
