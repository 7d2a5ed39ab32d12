package com.koto.content;

import java.util.List;
import java.util.UUID;

/**
 * A published lesson in a learner's list.
 *
 * @param id               lesson id
 * @param slug             stable identifier
 * @param title            title in the requested instruction language
 * @param titleKo          Korean title
 * @param description      description in the requested instruction language
 * @param cefrLevel        A1 … C2
 * @param topikLevel       1 … 6
 * @param instructionLangs languages the lesson is written for
 * @param stageCount       number of stages
 * @param activityCount    number of activities
 * @param version          latest published version number
 */
public record LessonSummary(UUID id, String slug, String title, String titleKo, String description,
        String cefrLevel, int topikLevel, List<String> instructionLangs, int stageCount, int activityCount,
        int version) {

    public static LessonSummary of(PublishedLesson published, String lang) {
        LessonDocument d = published.document();
        return new LessonSummary(published.lessonId(), d.slug(), LessonDocument.pick(d.title(), lang),
                d.title().getOrDefault("ko", ""), LessonDocument.pick(d.description(), lang), d.level().cefr(),
                d.level().topik(), d.instructionLangs(), d.stages().size(), d.activityCount(), published.version());
    }
}
