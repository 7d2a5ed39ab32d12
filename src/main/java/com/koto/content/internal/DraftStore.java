package com.koto.content.internal;

import com.koto.content.LessonChange;
import com.koto.content.LessonDiff;
import com.koto.content.LessonDocument;
import com.koto.platform.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Draft persistence shared by the authoring services (which hold the security and transaction
 * boundaries): find, insert, replace a draft, read a version. Records changes; checks nothing.
 */
@Component
public class DraftStore {

    private final LessonRepository lessons;
    private final LessonVersionRepository versions;
    private final ChangeRecorder changes;

    DraftStore(LessonRepository lessons, LessonVersionRepository versions, ChangeRecorder changes) {
        this.lessons = lessons;
        this.versions = versions;
        this.changes = changes;
    }

    public LessonRow find(UUID lessonId) {
        return lessons.findById(lessonId)
                .orElseThrow(() -> new NotFoundException("There is no lesson " + lessonId + "."));
    }

    /** Inserts a new draft lesson; a taken slug gets a numeric suffix. */
    public LessonRow insert(LessonDocument document, String author, LessonChange.Action action, String note) {
        String slug = document.slug();
        for (int n = 2; lessons.findBySlug(slug).isPresent(); n++) {
            slug = document.slug() + "-" + n;
        }
        LessonRow lesson = new LessonRow(UUID.randomUUID(), slug, author, changes.now());
        lesson.setDraft(document);
        lessons.save(lesson);
        changes.record(lesson, author, action, note, null);
        lessons.flush();
        return lesson;
    }

    /**
     * Replaces the draft's content and updates {@code unpublishedChanges}; records nothing.
     *
     * @return what changed (nothing is written when empty)
     */
    public List<LessonDiff.Change> replaceDraft(LessonRow lesson, LessonDocument document) {
        List<LessonDiff.Change> diff = LessonDiff.between(lesson.draft(), document);
        if (diff.isEmpty()) {
            return diff;
        }
        lesson.setDraft(document);
        lesson.unpublishedChanges = lesson.latestVersion == null
                || !lesson.draft().equals(versionDocument(lesson.id, lesson.latestVersion));
        return diff;
    }

    public LessonDocument versionDocument(UUID lessonId, int version) {
        return versions.findByLessonIdAndVersion(lessonId, version).map(v -> v.document)
                .orElseThrow(() -> new NotFoundException("Lesson " + lessonId + " has no version " + version + "."));
    }
}
