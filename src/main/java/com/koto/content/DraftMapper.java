package com.koto.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/** Maps between the draft tables ({@link Lesson}, {@link Stage}, {@link ActivityRow}) and lesson documents. */
final class DraftMapper {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private DraftMapper() {
    }

    /**
     * Writes a document's content into a lesson whose stages are empty (the slug stays the lesson's).
     * Callers replacing a draft clear the stages and flush first, so that keys can be reused.
     */
    static void fill(Lesson lesson, LessonDocument d) {
        lesson.title = LessonDocuments.compact(d.title());
        lesson.description = LessonDocuments.compact(d.description() == null ? Map.of() : d.description());
        lesson.cefrLevel = d.level().cefr();
        lesson.topikLevel = (short) d.level().topik();
        lesson.targetLang = d.targetLang() == null ? "ko" : d.targetLang();
        lesson.instructionLangs = LessonDocuments.compact(d.instructionLangs());
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

    /** The lesson's current draft as a document. */
    static LessonDocument toDocument(Lesson lesson) {
        List<StageDocument> stages = new ArrayList<>();
        for (Stage stage : lesson.stages) {
            List<ActivityDocument> activities = new ArrayList<>();
            for (ActivityRow row : stage.activities) {
                ActivityBody b = LessonDocuments.parse(row.body, ActivityBody.class);
                activities.add(new ActivityDocument(row.key, row.type, row.difficulty, row.register, row.tutorLine,
                        b.tutorLineTranslation(), b.instruction(), b.sentence(), b.tiles(), b.acceptedAnswers(),
                        b.patterns(), b.options(), b.successReply(), b.successReplyTranslation(), b.hint()));
            }
            stages.add(new StageDocument(stage.key, stage.scene, LessonDocuments.parse(stage.title, TEXTS),
                    LessonDocuments.parse(stage.objective, TEXTS), activities));
        }
        return new LessonDocument(LessonDocument.FORMAT, lesson.slug, LessonDocuments.parse(lesson.title, TEXTS),
                LessonDocuments.parse(lesson.description, TEXTS),
                new LessonDocument.Level(lesson.cefrLevel, lesson.topikLevel), lesson.targetLang,
                LessonDocuments.parse(lesson.instructionLangs, STRINGS), stages);
    }

    /** The authoring view of a lesson. */
    static DraftLesson view(Lesson l) {
        return new DraftLesson(l.id, l.slug, l.status, l.latestVersion, l.updatedAt, l.updatedBy, toDocument(l),
                l.revision == null ? 0 : l.revision, l.unpublishedChanges);
    }
}
