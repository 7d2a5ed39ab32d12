package com.koto.content;

import com.koto.content.internal.LessonRepository;
import com.koto.content.internal.LessonRow;
import com.koto.content.internal.LessonVersionRepository;
import com.koto.content.internal.LessonVersionRow;
import com.koto.platform.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner side of content: published lessons only. Published versions are immutable, so
 * their parsed documents are cached by version id for the life of the process.
 */
@Service
public class LessonCatalog {

    private final LessonRepository lessons;
    private final LessonVersionRepository versions;
    private final Map<UUID, PublishedLesson> byVersionId = new ConcurrentHashMap<>();

    LessonCatalog(LessonRepository lessons, LessonVersionRepository versions) {
        this.lessons = lessons;
        this.versions = versions;
    }

    /**
     * Published (not archived) lessons, ordered by level then slug.
     *
     * @param instructionLang only lessons written for this language; {@code null} or blank for all
     */
    @Transactional(readOnly = true)
    public List<LessonSummary> published(String instructionLang) {
        String lang = instructionLang == null || instructionLang.isBlank() ? null : instructionLang;
        return lessons.findByStatusOrderBySlug(LessonStatus.PUBLISHED).stream()
                .map(l -> latestOf(l).orElse(null))
                .filter(p -> p != null && (lang == null || p.document().instructionLangs().contains(lang)))
                .map(p -> LessonSummary.of(p, lang == null ? "en" : lang))
                .sorted(java.util.Comparator.comparing(LessonSummary::topikLevel).thenComparing(LessonSummary::slug))
                .toList();
    }

    /**
     * The latest published version of a lesson that learners may start.
     *
     * @return empty for an unknown, unpublished or archived lesson
     */
    @Transactional(readOnly = true)
    public Optional<PublishedLesson> latest(UUID lessonId) {
        return lessons.findById(lessonId).flatMap(this::latestOf);
    }

    /** Looks up only the version id: a cached document is not read from the database again. */
    private Optional<PublishedLesson> latestOf(LessonRow lesson) {
        if (lesson.status() != LessonStatus.PUBLISHED || lesson.latestVersion() == null) {
            return Optional.empty();
        }
        return versions.findIdByLessonIdAndVersion(lesson.id(), lesson.latestVersion()).map(this::version);
    }

    /**
     * A published version by id (also for archived lessons: running sessions stay pinned to it).
     * Not transactional: a cached version (the turn path's case) costs no pooled connection; a miss
     * reads the row in the repository's own transaction.
     *
     * @throws NotFoundException for an unknown version id
     */
    public PublishedLesson version(UUID versionId) {
        PublishedLesson hit = byVersionId.get(versionId);
        if (hit != null) {
            return hit;
        }
        return versions.findById(versionId).map(this::cached)
                .orElseThrow(() -> new NotFoundException("There is no lesson version " + versionId + "."));
    }

    private PublishedLesson cached(LessonVersionRow v) {
        return byVersionId.computeIfAbsent(v.id(), id -> new PublishedLesson(v.id(), v.lessonId(), v.version(),
                v.publishedAt(), v.document()));
    }
}
