package com.koto.content;

import com.koto.platform.InvalidDocumentException;
import com.koto.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * The authoring side of content: import a lesson file as a draft, turn a draft back into a lesson
 * document, publish a draft as a new immutable version. Every change records author and time.
 */
@Service
public class LessonLibrary {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final LessonRepository lessons;
    private final LessonVersionRepository versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LessonLibrary(LessonRepository lessons, LessonVersionRepository versions, ApplicationEventPublisher events,
            Clock clock) {
        this.lessons = lessons;
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a lesson document as a new draft lesson. A slug that is taken gets a numeric suffix
     * ({@code cafe-ordering-2}) so an import never overwrites existing work.
     *
     * @param document a validated document (see {@link LessonDocuments#read})
     * @param author   username recorded as creator
     * @return the new lesson's id
     */
    @Transactional
    public UUID importAsDraft(LessonDocument document, String author) {
        String slug = document.slug();
        for (int n = 2; lessons.findBySlug(slug).isPresent(); n++) {
            slug = document.slug() + "-" + n;
        }
        Lesson lesson = new Lesson(UUID.randomUUID(), slug, author, clock.instant());
        apply(lesson, document);
        lessons.save(lesson);
        return lesson.id;
    }

    /**
     * Every lesson (draft, published, archived) with its current draft content, ordered by slug.
     * Read by the console.
     */
    @Transactional(readOnly = true)
    public List<DraftLesson> all() {
        return lessons.findAll(org.springframework.data.domain.Sort.by("slug")).stream()
                .map(l -> new DraftLesson(l.id, l.slug, l.status, l.latestVersion, l.updatedAt, l.updatedBy,
                        toDocument(l)))
                .toList();
    }

    /**
     * The slug a lesson got (an import may have suffixed it).
     *
     * @throws NotFoundException for an unknown lesson
     */
    @Transactional(readOnly = true)
    public String draftSlug(UUID lessonId) {
        return find(lessonId).slug;
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
        return toDocument(find(lessonId));
    }

    /**
     * Publishes the current draft as the next immutable version.
     *
     * @param lessonId   the lesson
     * @param author     username recorded as publisher
     * @param changeNote what changed, up to 500 characters (may be empty)
     * @return the new version
     * @throws NotFoundException for an unknown lesson
     * @throws InvalidDocumentException when the draft breaks the lesson rules
     */
    @Transactional
    public PublishedLesson publish(UUID lessonId, String author, String changeNote) {
        Lesson lesson = find(lessonId);
        LessonDocument document = toDocument(lesson);
        List<String> problems = LessonDocuments.ruleViolations(document);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(
                    "The draft of '" + lesson.slug + "' cannot be published", problems);
        }
        int next = lesson.latestVersion == null ? 1 : lesson.latestVersion + 1;
        Instant now = clock.instant();
        LessonVersion version = versions.save(new LessonVersion(lesson.id, next, LessonDocuments.compact(document),
                changeNote, now, author));
        lesson.latestVersion = next;
        lesson.status = "published";
        lesson.updatedAt = now;
        lesson.updatedBy = author;
        PublishedLesson published = new PublishedLesson(version.id, lesson.id, next, now, document);
        events.publishEvent(new LessonPublished(lesson.id, version.id, next, author));
        return published;
    }

    private Lesson find(UUID lessonId) {
        return lessons.findById(lessonId)
                .orElseThrow(() -> new NotFoundException("There is no lesson " + lessonId + "."));
    }

    private static void apply(Lesson lesson, LessonDocument d) {
        lesson.title = LessonDocuments.compact(d.title());
        lesson.description = LessonDocuments.compact(d.description() == null ? Map.of() : d.description());
        lesson.cefrLevel = d.level().cefr();
        lesson.topikLevel = (short) d.level().topik();
        lesson.targetLang = d.targetLang();
        lesson.instructionLangs = LessonDocuments.compact(d.instructionLangs());
        lesson.stages.clear();
        for (StageDocument sd : d.stages()) {
            Stage stage = new Stage(lesson, lesson.stages.size());
            stage.key = sd.key();
            stage.scene = sd.scene();
            stage.title = LessonDocuments.compact(sd.title());
            stage.objective = LessonDocuments.compact(sd.objective());
            for (ActivityDocument ad : sd.activities()) {
                ActivityRow row = new ActivityRow(stage, stage.activities.size());
                row.key = ad.key();
                row.type = ad.type();
                row.difficulty = (short) ad.difficulty();
                row.register = ad.register();
                row.tutorLine = ad.tutorLine();
                row.body = LessonDocuments.compact(ActivityBody.of(ad));
                stage.activities.add(row);
            }
            lesson.stages.add(stage);
        }
    }

    private static LessonDocument toDocument(Lesson lesson) {
        List<StageDocument> stages = new ArrayList<>();
        for (Stage stage : lesson.stages) {
            List<ActivityDocument> activities = new ArrayList<>();
            for (ActivityRow row : stage.activities) {
                ActivityBody b = LessonDocuments.parse(row.body, ActivityBody.class);
                activities.add(new ActivityDocument(row.key, row.type, row.difficulty, row.register, row.tutorLine,
                        b.tutorLineTranslation(), b.instruction(), b.acceptedAnswers(), b.patterns(), b.options(),
                        b.successReply(), b.successReplyTranslation(), b.hint()));
            }
            stages.add(new StageDocument(stage.key, stage.scene, LessonDocuments.parse(stage.title, TEXTS),
                    LessonDocuments.parse(stage.objective, TEXTS), activities));
        }
        return new LessonDocument(LessonDocument.FORMAT, lesson.slug, LessonDocuments.parse(lesson.title, TEXTS),
                LessonDocuments.parse(lesson.description, TEXTS),
                new LessonDocument.Level(lesson.cefrLevel, lesson.topikLevel), lesson.targetLang,
                LessonDocuments.parse(lesson.instructionLangs, STRINGS), stages);
    }
}
