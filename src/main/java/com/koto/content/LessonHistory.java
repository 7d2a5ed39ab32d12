package com.koto.content;

import com.koto.content.internal.Authors;
import com.koto.content.internal.ChangeRecorder;
import com.koto.content.internal.DraftStore;
import com.koto.content.internal.LessonChangeRepository;
import com.koto.content.internal.LessonRepository;
import com.koto.content.internal.LessonRow;
import com.koto.content.internal.LessonVersionRepository;
import com.koto.platform.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lesson's past: its published versions (list, content, diff), restoring an old version into
 * the draft, discarding the draft, and the change log. Teachers and admins; the log across all
 * lessons is for admins.
 */
@Service
@PreAuthorize("hasAnyRole('TEACHER', 'ADMIN')")
public class LessonHistory {

    private final Authors authors;
    private final DraftStore drafts;
    private final LessonRepository lessons;
    private final LessonVersionRepository versions;
    private final LessonChangeRepository changeLog;
    private final ChangeRecorder changes;

    LessonHistory(DraftStore drafts, LessonRepository lessons, LessonVersionRepository versions,
            LessonChangeRepository changeLog, ChangeRecorder changes, Authors authors) {
        this.authors = authors;
        this.drafts = drafts;
        this.lessons = lessons;
        this.versions = versions;
        this.changeLog = changeLog;
        this.changes = changes;
    }

    /**
     * The published versions of a lesson, newest first.
     *
     * @throws NotFoundException for an unknown lesson
     */
    @Transactional(readOnly = true)
    public List<LessonVersionInfo> versions(UUID lessonId) {
        drafts.find(lessonId);
        return versions.findByLessonIdOrderByVersionDesc(lessonId).stream().map(v -> {
            LessonDocument d = v.document();
            return new LessonVersionInfo(v.version(), v.publishedAt(), v.publishedBy(), v.changeNote() == null ? ""
                    : v.changeNote(), d.stages().size(), d.activityCount());
        }).toList();
    }

    /**
     * The content of one published version.
     *
     * @throws NotFoundException for an unknown lesson or version
     */
    @Transactional(readOnly = true)
    public LessonDocument version(UUID lessonId, int version) {
        return drafts.versionDocument(lessonId, version);
    }

    /**
     * Makes the draft a copy of an old version (to publish it again as a new version, or keep editing).
     *
     * @throws NotFoundException for an unknown lesson or version
     */
    @Transactional
    public DraftLesson restore(UUID lessonId, int version) {
        LessonRow lesson = drafts.find(lessonId);
        List<LessonDiff.Change> diff = drafts.replaceDraft(lesson, drafts.versionDocument(lessonId, version));
        changes.record(lesson, authors.current(), LessonChange.Action.RESTORED, "v" + version, diff);
        lessons.flush();
        return lesson.view();
    }

    /**
     * Throws the draft's unpublished changes away: the draft becomes the latest published version again.
     *
     * @throws NotFoundException for an unknown lesson
     * @throws com.koto.platform.ConflictException when the lesson was never published
     */
    @Transactional
    public DraftLesson discardDraft(UUID lessonId) {
        LessonRow lesson = drafts.find(lessonId);
        if (lesson.latestVersion() == null) {
            throw new com.koto.platform.ConflictException(
                    "'" + lesson.slug() + "' was never published: there is no version to go back to.");
        }
        List<LessonDiff.Change> diff = drafts.replaceDraft(lesson,
                drafts.versionDocument(lessonId, lesson.latestVersion()));
        if (!diff.isEmpty()) {
            changes.record(lesson, authors.current(), LessonChange.Action.DISCARDED, "v" + lesson.latestVersion(),
                    diff);
            lessons.flush();
        }
        return lesson.view();
    }

    /**
     * The change log of a lesson, newest first.
     *
     * @throws NotFoundException for an unknown lesson
     */
    @Transactional(readOnly = true)
    public List<LessonChange> changes(UUID lessonId) {
        String slug = drafts.find(lessonId).slug();
        return changeLog.findByLessonIdOrderByAtDescIdDesc(lessonId).stream()
                .map(row -> row.view(slug)).toList();
    }

    /** The latest changes over all lessons, newest first (admins). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<LessonChange> recentChanges(int limit) {
        Map<UUID, String> slugs = new HashMap<>();
        return changeLog.findAllByOrderByAtDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 1000)))).stream()
                .map(row -> row.view(slugs.computeIfAbsent(row.lessonId(),
                        id -> lessons.findById(id).map(l -> l.slug()).orElse("?"))))
                .toList();
    }
}
