package com.koto.content;

import java.util.List;
import java.util.Map;

/**
 * What a teacher fills in to start a lesson.
 *
 * @param title            per language; {@code ko} (with Hangul) required, the English one gives the slug
 * @param description      per instruction language (may be empty at first)
 * @param level            CEFR and TOPIK level
 * @param instructionLangs the languages the lesson is written for, at least one
 */
public record NewLesson(Map<String, String> title, Map<String, String> description, LessonDocument.Level level,
        List<String> instructionLangs) {
}
