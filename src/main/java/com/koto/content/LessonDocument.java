package com.koto.content;

import java.util.List;
import java.util.Map;

/**
 * A lesson in the lesson file format ({@code koto.lesson/v1}, schema {@code content/lesson.schema.json}):
 * the import/export format and the frozen content of a published version. Translations are maps
 * from ISO 639-1 code to text ({@code ko}, {@code en}, {@code id}, …).
 *
 * @param format           always {@link #FORMAT}
 * @param slug             stable identifier, {@code [a-z0-9-]+}
 * @param title            title per language
 * @param description      description per instruction language
 * @param level            CEFR and TOPIK level
 * @param targetLang       {@code ko}
 * @param instructionLangs the instruction languages the lesson is written for
 * @param stages           the stages in order
 */
public record LessonDocument(
        String format,
        String slug,
        Map<String, String> title,
        Map<String, String> description,
        Level level,
        String targetLang,
        List<String> instructionLangs,
        List<StageDocument> stages) {

    /** The format identifier this code reads and writes. */
    public static final String FORMAT = "koto.lesson/v1";

    /**
     * @param cefr  A1 … C2
     * @param topik 1 … 6
     */
    public record Level(String cefr, int topik) {
    }

    /** Number of activities over all stages. */
    public int activityCount() {
        return stages.stream().mapToInt(s -> s.activities().size()).sum();
    }

    /** Text in {@code lang}, else English, else Korean, else any. */
    public static String pick(Map<String, String> texts, String lang) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        for (String candidate : new String[] {lang, "en", "ko"}) {
            String text = texts.get(candidate);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return texts.values().iterator().next();
    }
}
