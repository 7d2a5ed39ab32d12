package com.koto.content.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonChangeRepository extends JpaRepository<LessonChangeRow, UUID> {

    List<LessonChangeRow> findByLessonIdOrderByAtDescIdDesc(UUID lessonId);

    List<LessonChangeRow> findAllByOrderByAtDesc(Pageable page);
}
