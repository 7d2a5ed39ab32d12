package com.koto.content;

import com.koto.content.internal.Authors;
import com.koto.content.internal.ChangeRecorder;
import com.koto.content.internal.DraftStore;
import com.koto.content.internal.LessonDocuments;
import com.koto.content.internal.LessonRepository;
import com.koto.content.internal.LessonRow;
import com.koto.content.internal.LessonVersionRepository;
import com.koto.content.internal.LessonVersionRow;
import com.koto.platform.ConflictException;
import com.koto.platform.InvalidDocumentException;
import com.koto.platform.NotFoundException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authoring side of content: lesson drafts (create, import, edit, duplicate, archive) and
 * publishing a draft as a new immutable version. Teachers and admins only; every change is
 * recorded with author and time ({@link LessonHistory#changes}). The author is the signed-in user
 * (console session or API token); start-up imports run as the internal {@code system} admin.
 */
@Service
@PreAuthorize("hasAnyRole('TEACHER', 'ADMIN')")
public class LessonLibrary {

    /** A combining mark (after NFD). */
    private static final Pattern COMBINING_MARK = Pattern.compile("\\p{M}");
    /** Characters that cannot stand in a slug. */
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    /** Hyphens at either end. */
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    /** Hyphens at the end. */
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

    private final Authors authors;
    private final LessonRepository lessons;
    private final LessonVersionRepository versions;
    private final DraftStore drafts;
    private final ChangeRecorder changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LessonDocuments documents = new LessonDocuments();

    LessonLibrary(LessonRepository lessons, LessonVersionRepository versions, DraftStore drafts,
            ChangeRecorder changes, Authors authors, ApplicationEventPublisher events, Clock clock) {
        this.authors = authors;
        this.lessons = lessons;
        this.versions = versions;
        this.drafts = drafts;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a lesson document as a new draft lesson. A slug that is taken gets a numeric suffix
     * ({@code cafe-ordering-2}) so an import never overwrites existing work.
     *
     * @param document a validated document (see {@link LessonDocuments#read})
     * @param author   username recorded as creator (the API passes its token's user)
     * @return the new lesson's id
     */
    @Transactional
    public UUID importAsDraft(LessonDocument document, String author) {
        return drafts.insert(document, author, LessonChange.Action.IMPORTED, null).id();
    }

    /** {@link #importAsDraft(LessonDocument, String)} by the signed-in user. */
    @Transactional
    public UUID importAsDraft(LessonDocument document) {
        return importAsDraft(document, authors.current());
    }

    /**
     * Starts a new, empty draft lesson (no stages yet). The slug comes from the English title.
     *
     * @return the new lesson's id
     */
    @Transactional
    public UUID create(NewLesson lesson) {
        String base = slugOf(lesson.title().getOrDefault("en", ""));
        LessonDocument document = new LessonDocument(LessonDocument.FORMAT, base, lesson.title(),
                lesson.description() == null ? Map.of() : lesson.description(), lesson.level(), "ko",
                lesson.instructionLangs(), List.of());
        return drafts.insert(document, authors.current(), LessonChange.Action.CREATED, null).id();
    }

    /**
     * Copies a lesson's current draft into a new draft lesson ({@code <slug>-copy}).
     *
     * @param title the copy's title per language
     * @return the copy's id
     */
    @Transactional
    public UUID duplicate(UUID lessonId, Map<String, String> title) {
        LessonRow source = drafts.find(lessonId);
        LessonDocument d = source.draft();
        LessonDocument copy = new LessonDocument(d.format(), source.slug() + "-copy", title, d.description(), d.level(),
                d.targetLang(), d.instructionLangs(), d.stages());
        return drafts.insert(copy, authors.current(), LessonChange.Action.DUPLICATED, source.slug()).id();
    }

    /**
     * Every lesson (draft, published, archived) with its current draft content, ordered by slug.
     */
    @Transactional(readOnly = true)
    public List<DraftLesson> all() {
        return lessons.findAll(Sort.by("slug")).stream().map(LessonRow::view).toList();
    }

    /**
     * One lesson with its draft.
     *
     * @throws NotFoundException for an unknown lesson
     */
    @Transactional(readOnly = true)
    public DraftLesson get(UUID lessonId) {
        return drafts.find(lessonId).view();
    }

    /**
     * The slug a lesson got (an import may have suffixed it).
     *
     * @throws NotFoundException for an unknown lesson
     */
    @Transactional(readOnly = true)
    public String draftSlug(UUID lessonId) {
        return drafts.find(lessonId).slug();
    }

    /** Whether a lesson with this slug exists (draft, published or archived). */
    @Transactional(readOnly = true)
    public boolean slugExists(String slug) {
        return lessons.findBySlug(slug).isPresent();
    }

    /**
     * The current draft of a lesson as a document.
     *
     * @throws NotFoundException for an unknown lesson
     */
    @Transactional(readOnly = true)
    public LessonDocument draft(UUID lessonId) {
        return drafts.find(lessonId).draft();
    }

    /**
     * Replaces a lesson's draft. The draft may break {@link LessonRules} while it is being written;
     * only publishing requires a sound lesson. The slug and format stay the lesson's.
     *
     * @param revision the {@link DraftLesson#revision()} the edit started from
     * @return the lesson after the change (unchanged when the document has the same content)
     * @throws ConflictException when someone else changed the draft since {@code revision}
     * @throws NotFoundException for an unknown lesson
     */
    @Transactional
    public DraftLesson saveDraft(UUID lessonId, int revision, LessonDocument document) {
        LessonRow lesson = drafts.find(lessonId);
        if (lesson.revision() != revision) {
            throw new ConflictException("The draft of '" + lesson.slug() + "' was changed by " + lesson.updatedBy()
                    + " in the meantime: reload it and make your change again.");
        }
        List<LessonDiff.Change> diff = drafts.replaceDraft(lesson, document);
        if (!diff.isEmpty()) {
            changes.record(lesson, authors.current(), LessonChange.Action.EDITED, null, diff);
            lessons.flush();
        }
        return lesson.view();
    }

    /**
     * Archives a lesson: learners can no longer start it (running sessions finish on their version).
     *
     * @throws NotFoundException for an unknown lesson
     */
    @Transactional
    public DraftLesson archive(UUID lessonId) {
        LessonRow lesson = drafts.find(lessonId);
        if (lesson.status() != LessonStatus.ARCHIVED) {
            lesson.archive();
            changes.record(lesson, authors.current(), LessonChange.Action.ARCHIVED, null, null);
            lessons.flush();
        }
        return lesson.view();
    }

    /**
     * Brings an archived lesson back: published again if it has a version, else a draft.
     *
     * @throws NotFoundException for an unknown lesson
     */
    @Transactional
    public DraftLesson unarchive(UUID lessonId) {
        LessonRow lesson = drafts.find(lessonId);
        if (lesson.status() == LessonStatus.ARCHIVED) {
            lesson.unarchive();
            changes.record(lesson, authors.current(), LessonChange.Action.UNARCHIVED, null, null);
            lessons.flush();
        }
        return lesson.view();
    }

    /**
     * Publishes the current draft as the next immutable version.
     *
     * @param lessonId   the lesson
     * @param author     username recorded as publisher (the API passes its token's user)
     * @param changeNote what changed, up to 500 characters (may be empty)
     * @return the new version
     * @throws NotFoundException for an unknown lesson
     * @throws InvalidDocumentException when the draft breaks the lesson rules
     * @throws ConflictException for an archived lesson
     */
    @Transactional
    public PublishedLesson publish(UUID lessonId, String author, String changeNote) {
        LessonRow lesson = drafts.find(lessonId);
        if (lesson.status() == LessonStatus.ARCHIVED) {
            throw new ConflictException("'" + lesson.slug() + "' is archived: unarchive it before publishing.");
        }
        LessonDocument document = lesson.draft();
        List<String> problems = new ArrayList<>(LessonDocuments.ruleViolations(document));
        if (problems.isEmpty()) {
            problems.addAll(documents.schemaViolations(document));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException("The draft of '" + lesson.slug() + "' cannot be published", problems);
        }
        String note = changeNote == null ? null : changeNote.strip();
        int next = lesson.latestVersion() == null ? 1 : lesson.latestVersion() + 1;
        LessonVersionRow version = versions.save(new LessonVersionRow(lesson.id(), next, document,
                note, clock.instant(), author));
        lesson.published(next);
        changes.record(lesson, author, LessonChange.Action.PUBLISHED, "v" + next + (note == null || note.isEmpty()
                ? "" : ": " + note), null);
        lessons.flush();
        events.publishEvent(new LessonPublished(lesson.id(), version.id(), next, author));
        return new PublishedLesson(version.id(), lesson.id(), next, version.publishedAt(), document);
    }

    /** {@link #publish(UUID, String, String)} by the signed-in user. */
    @Transactional
    public PublishedLesson publish(UUID lessonId, String changeNote) {
        return publish(lessonId, authors.current(), changeNote);
    }

    /** A slug from a title: lower-case ASCII letters and digits joined by '-', at most 60 characters. */
    static String slugOf(String title) {
        String letters = COMBINING_MARK.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        String ascii = EDGE_HYPHENS.matcher(NON_SLUG.matcher(letters).replaceAll("-")).replaceAll("");
        if (ascii.length() > 60) {
            ascii = TRAILING_HYPHENS.matcher(ascii.substring(0, 60)).replaceAll("");
        }
        return ascii.isEmpty() ? "lesson" : ascii;
    }
}
