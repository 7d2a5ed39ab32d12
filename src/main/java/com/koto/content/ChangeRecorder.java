package com.koto.content;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Appends to and reads the lesson change log ({@code lesson_changes}), inside the caller's transaction. */
@Component
class ChangeRecorder {

    private static final TypeReference<List<LessonDiff.Change>> CHANGES = new TypeReference<>() { };

    private final LessonChangeRepository changes;
    private final Clock clock;

    ChangeRecorder(LessonChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** Records a change by {@code author} now, and stamps the lesson as updated by them. */
    void record(Lesson lesson, String author, LessonChange.Action action, String note,
            List<LessonDiff.Change> details) {
        lesson.updatedAt = clock.instant();
        lesson.updatedBy = author;
        changes.save(new LessonChangeRow(lesson.id, lesson.updatedAt, author, action.name().toLowerCase(),
                note, LessonDocuments.compact(details == null ? List.of() : details)));
    }

    static LessonChange view(LessonChangeRow row, String slug) {
        return new LessonChange(row.lessonId, slug, row.at, row.author,
                LessonChange.Action.valueOf(row.action.toUpperCase()), row.note,
                LessonDocuments.parse(row.details, CHANGES));
    }
}
