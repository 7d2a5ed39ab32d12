package com.koto.content;

import com.koto.content.internal.Lists;
import com.koto.content.internal.Translations;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

        /** The CEFR levels. */
        public static final List<String> CEFR = List.of("A1", "A2", "B1", "B2", "C1", "C2");
    }

    public LessonDocument {
        title = Translations.canonical(title);
        description = Translations.canonical(description);
        stages = stages == null ? List.of() : List.copyOf(stages);
        instructionLangs = instructionLangs == null ? List.of() : List.copyOf(instructionLangs);
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
    /** The same lesson with other details (title, description, level, instruction languages); stages unchanged. */
    public LessonDocument withDetails(Map<String, String> title, Map<String, String> description, Level level,
            List<String> instructionLangs) {
        return new LessonDocument(format, slug, title, description, level, targetLang, instructionLangs, stages);
    }

    /** The same lesson with the stage at {@code index} replaced, or appended when {@code index} is the stage count. */
    public LessonDocument withStage(int index, StageDocument stage) {
        return withStages(Lists.put(stages, index, stage));
    }

    /** The same lesson without the stage at {@code index}. */
    public LessonDocument withoutStage(int index) {
        return withStages(Lists.remove(stages, index));
    }

    /** The same lesson with a stage moved so that it ends up at {@code to}. */
    public LessonDocument moveStage(int from, int to) {
        return withStages(Lists.move(stages, from, to));
    }

    /** The activity at {@code index} of a stage replaced, or appended when {@code index} is the stage's count. */
    public LessonDocument withActivity(int stage, int index, ActivityDocument activity) {
        StageDocument s = stages.get(stage);
        return withStage(stage, s.withActivities(Lists.put(s.activities(), index, activity)));
    }

    /** The same lesson without one activity. */
    public LessonDocument withoutActivity(int stage, int index) {
        StageDocument s = stages.get(stage);
        return withStage(stage, s.withActivities(Lists.remove(s.activities(), index)));
    }

    /** An activity moved within its stage so that it ends up at {@code to}. */
    public LessonDocument moveActivity(int stage, int from, int to) {
        StageDocument s = stages.get(stage);
        return withStage(stage, s.withActivities(Lists.move(s.activities(), from, to)));
    }

    /** Whether no stage but the one at {@code index} (if any) uses {@code key}. */
    public boolean stageKeyFree(String key, int index) {
        for (int i = 0; i < stages.size(); i++) {
            if (i != index && stages.get(i).key().equals(key)) {
                return false;
            }
        }
        return true;
    }

    /** Whether no activity of the lesson but the one at ({@code stage}, {@code index}) uses {@code key}. */
    public boolean activityKeyFree(String key, int stage, int index) {
        for (int s = 0; s < stages.size(); s++) {
            List<ActivityDocument> activities = stages.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                if ((s != stage || a != index) && activities.get(a).key().equals(key)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A new stage to append: key {@code stage-N} (or {@code stage-N-2} … when taken), scene cafe, no text yet. */
    public StageDocument newStage() {
        Set<String> taken = new HashSet<>();
        stages.forEach(s -> taken.add(s.key()));
        return new StageDocument(freeKey("stage-" + (stages.size() + 1), taken), "cafe", Map.of(), Map.of(), List.of());
    }

    /** A new, empty activity of a type with a key no activity of the lesson uses ({@code fill-blank-7}). */
    public ActivityDocument newActivity(ActivityType type) {
        Set<String> taken = new HashSet<>();
        stages.forEach(s -> s.activities().forEach(a -> taken.add(a.key())));
        String key = freeKey(type.code().replace('_', '-') + "-" + (taken.size() + 1), taken);
        return new ActivityDocument(key, type, 1, "polite", "", Map.of(), Map.of(),
                type == ActivityType.FILL_BLANK ? "" : null, List.of(), List.of(), List.of(), List.of(), "", Map.of(),
                Map.of());
    }

    private static String freeKey(String base, Set<String> taken) {
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    private LessonDocument withStages(List<StageDocument> changed) {
        return new LessonDocument(format, slug, title, description, level, targetLang, instructionLangs, changed);
    }
}
