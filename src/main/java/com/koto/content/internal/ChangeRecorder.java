package com.koto.content.internal;

import com.koto.content.LessonChange;
import com.koto.content.LessonDiff;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Appends to the lesson change log ({@code lesson_changes}), inside the caller's transaction. */
@Component
public class ChangeRecorder {

    private final LessonChangeRepository changes;
    private final Clock clock;

    ChangeRecorder(LessonChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** Now, by the application's clock: the time a change is recorded at. */
    Instant now() {
        return clock.instant();
    }

    /** Records a change by {@code author} now, and stamps the lesson as updated by them. */
    public void record(LessonRow lesson, String author, LessonChange.Action action, String note,
            List<LessonDiff.Change> details) {
        lesson.updatedAt = clock.instant();
        lesson.updatedBy = author;
        changes.save(new LessonChangeRow(lesson.id, lesson.updatedAt, author, action, note, details));
    }
}
