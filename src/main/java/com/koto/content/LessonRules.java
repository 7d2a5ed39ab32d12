package com.koto.content;

import com.koto.content.LessonProblem.Code;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The lesson rules: what the JSON Schema ({@code content/lesson.schema.json}) states, in words a
 * teacher understands, plus what a schema cannot state (unique keys, exactly one correct option,
 * Korean text contains Hangul, patterns compile, a translation in every instruction language,
 * ordering answers made of exactly the tiles). A draft may break them while it is edited; a
 * lesson that breaks any of them cannot be published or imported. Pure and thread-safe.
 */
public final class LessonRules {

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3\\u1100-\\u11FF\\u3130-\\u318F]");
    private static final Pattern KEY = Pattern.compile("^[a-z0-9-]{1,80}$");
    /** The schema's {@code answer}: trimmed, no final punctuation, no double spaces. */
    private static final Pattern ANSWER_SHAPE = Pattern.compile("^[^\\s](?:.*[^\\s.?!。…])?$");

    private LessonRules() {
    }

    /** Whether a text contains Hangul (syllables or jamo). */
    public static boolean hasHangul(String text) {
        return text != null && HANGUL.matcher(text).find();
    }

    /** Whether a string is a valid stage / activity key ({@code [a-z0-9-]+}, up to 80 characters). */
    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** Whether an answer or option is in the stored shape: trimmed, single-spaced, no final punctuation. */
    public static boolean isAnswerShaped(String answer) {
        return answer != null && ANSWER_SHAPE.matcher(answer).matches() && !answer.contains("  ");
    }

    /** Number of {@link ActivityDocument#BLANK} markers in a sentence. */
    public static int blanks(String sentence) {
        if (sentence == null) {
            return 0;
        }
        int count = 0;
        for (int i = sentence.indexOf(ActivityDocument.BLANK); i >= 0;
                i = sentence.indexOf(ActivityDocument.BLANK, i + ActivityDocument.BLANK.length())) {
            count++;
        }
        return count;
    }

    /**
     * Every problem of a lesson, in document order.
     *
     * @return empty when the lesson can be published
     */
    public static List<LessonProblem> check(LessonDocument lesson) {
        List<LessonProblem> problems = new ArrayList<>();
        List<String> langs = lesson.instructionLangs();
        if (langs.isEmpty()) {
            problems.add(new LessonProblem(Code.NO_INSTRUCTION_LANGS, null, null, null));
        }
        if (lesson.title() == null || !hasHangul(lesson.title().get("ko"))) {
            problems.add(new LessonProblem(Code.TITLE_NOT_KOREAN, null, null, null));
        }
        for (String lang : langs) {
            if (blank(lesson.title(), lang)) {
                problems.add(new LessonProblem(Code.TITLE_MISSING, null, null, List.of(lang)));
            }
        }
        for (String lang : langs) {
            if (blank(lesson.description(), lang)) {
                problems.add(new LessonProblem(Code.DESCRIPTION_MISSING, null, null, List.of(lang)));
            }
        }
        LessonDocument.Level level = lesson.level();
        if (level == null || !LessonDocument.Level.CEFR.contains(level.cefr()) || level.topik() < 1
                || level.topik() > 6) {
            problems.add(new LessonProblem(Code.LEVEL_INVALID, null, null, null));
        }
        if (lesson.stages().isEmpty()) {
            problems.add(new LessonProblem(Code.NO_STAGES, null, null, null));
        }
        Set<String> stageKeys = new HashSet<>();
        Set<String> activityKeys = new HashSet<>();
        for (StageDocument stage : lesson.stages()) {
            stageProblems(stage, langs, stageKeys, problems);
            for (ActivityDocument activity : stage.activities()) {
                if (!isKey(activity.key())) {
                    problems.add(at(Code.ACTIVITY_KEY_INVALID, stage, activity));
                }
                if (!activityKeys.add(activity.key())) {
                    problems.add(at(Code.ACTIVITY_KEY_DUPLICATE, stage, activity));
                }
                problems.addAll(activityProblems(stage, activity, langs));
            }
        }
        return problems;
    }

    /**
     * What keeps an activity from being saved into a draft at {@code index} of stage {@code stageIndex}
     * (replacing the activity there, or appended when {@code index} is the stage's activity count):
     * its own problems ({@link #activityProblems}) plus an invalid key or one another activity of
     * the lesson already uses. Problems with {@link LessonProblem#blocksSaving()} false (a missing
     * translation) are listed but do not block: a teacher may translate later; they block publishing.
     *
     * @return every problem, in field order; the activity can be saved when none blocks
     * @throws IndexOutOfBoundsException for a stage that does not exist
     */
    public static List<LessonProblem> activityProblemsInDraft(LessonDocument lesson, int stageIndex, int index,
            ActivityDocument a) {
        StageDocument stage = lesson.stages().get(stageIndex);
        List<LessonProblem> found = new ArrayList<>();
        if (!isKey(a.key())) {
            found.add(at(Code.ACTIVITY_KEY_INVALID, stage, a));
        } else if (!lesson.activityKeyFree(a.key(), stageIndex, index)) {
            found.add(at(Code.ACTIVITY_KEY_DUPLICATE, stage, a));
        }
        found.addAll(activityProblems(stage, a, lesson.instructionLangs()));
        return found;
    }

    /**
     * What keeps a stage from being saved into a draft at {@code index} (replacing the stage there,
     * or appended when {@code index} is the stage count): an invalid key or one another stage uses,
     * a title or objective without Korean; plus its missing translations, which do not block
     * ({@link LessonProblem#blocksSaving()}). A stage without activities yet is not a problem here.
     *
     * @return the problems, in field order
     */
    public static List<LessonProblem> stageProblemsInDraft(LessonDocument lesson, int index, StageDocument stage) {
        List<LessonProblem> found = new ArrayList<>();
        stageProblems(stage, lesson.instructionLangs(), new HashSet<>(), found);
        found.removeIf(p -> p.code() == Code.STAGE_EMPTY || p.code() == Code.STAGE_KEY_DUPLICATE);
        if (isKey(stage.key()) && !lesson.stageKeyFree(stage.key(), index)) {
            found.add(0, new LessonProblem(Code.STAGE_KEY_DUPLICATE, stage.key(), null, null));
        }
        return found;
    }

    private static void stageProblems(StageDocument stage, List<String> langs, Set<String> keys,
            List<LessonProblem> problems) {
        String key = stage.key();
        if (!isKey(key)) {
            problems.add(new LessonProblem(Code.STAGE_KEY_INVALID, key, null, null));
        }
        if (!keys.add(key)) {
            problems.add(new LessonProblem(Code.STAGE_KEY_DUPLICATE, key, null, null));
        }
        if (!StageDocument.SCENES.contains(stage.scene())) {
            problems.add(new LessonProblem(Code.STAGE_SCENE_UNKNOWN, key, null, List.of(String.valueOf(stage.scene()))));
        }
        if (stage.title() == null || !hasHangul(stage.title().get("ko"))) {
            problems.add(new LessonProblem(Code.STAGE_TITLE_NOT_KOREAN, key, null, null));
        }
        for (String lang : langs) {
            if (blank(stage.title(), lang)) {
                problems.add(new LessonProblem(Code.STAGE_TITLE_MISSING, key, null, List.of(lang)));
            }
        }
        if (stage.objective() == null || !hasHangul(stage.objective().get("ko"))) {
            problems.add(new LessonProblem(Code.STAGE_OBJECTIVE_NOT_KOREAN, key, null, null));
        }
        for (String lang : langs) {
            if (blank(stage.objective(), lang)) {
                problems.add(new LessonProblem(Code.STAGE_OBJECTIVE_MISSING, key, null, List.of(lang)));
            }
        }
        if (stage.activities().isEmpty()) {
            problems.add(new LessonProblem(Code.STAGE_EMPTY, key, null, null));
        }
    }

    /**
     * The problems of one activity on its own (not the lesson-wide key uniqueness).
     *
     * @param langs the lesson's instruction languages
     */
    public static List<LessonProblem> activityProblems(StageDocument stage, ActivityDocument a, List<String> langs) {
        List<LessonProblem> problems = new ArrayList<>();
        ActivityType type = a.type();
        if (type == null) {
            problems.add(at(Code.TYPE_UNKNOWN, stage, a, "null"));
        }
        if (!ActivityDocument.REGISTERS.contains(a.register())) {
            problems.add(at(Code.REGISTER_UNKNOWN, stage, a, String.valueOf(a.register())));
        }
        if (a.difficulty() < 1 || a.difficulty() > 5) {
            problems.add(at(Code.DIFFICULTY_RANGE, stage, a, String.valueOf(a.difficulty())));
        }
        if (!hasHangul(a.tutorLine())) {
            problems.add(at(Code.TUTOR_LINE_NOT_KOREAN, stage, a));
        }
        missing(a.tutorLineTranslation(), langs, Code.TUTOR_LINE_TRANSLATION_MISSING, stage, a, problems);
        missing(a.instruction(), langs, Code.INSTRUCTION_MISSING, stage, a, problems);
        if (type == ActivityType.CHOICE) {
            choiceProblems(stage, a, langs, problems);
        } else {
            if (!a.options().isEmpty()) {
                problems.add(at(Code.OPTIONS_NOT_ALLOWED, stage, a));
            }
            if (a.acceptedAnswers().isEmpty()) {
                problems.add(at(Code.ANSWERS_MISSING, stage, a, type == null ? "null" : type.code()));
            }
        }
        if (type == ActivityType.REPEAT && a.acceptedAnswers().size() > 1) {
            problems.add(at(Code.REPEAT_ONE_LINE, stage, a));
        }
        Set<String> seen = new HashSet<>();
        for (String answer : a.acceptedAnswers()) {
            if (!hasHangul(answer)) {
                problems.add(at(Code.ANSWER_NOT_KOREAN, stage, a, answer));
            } else if (!isAnswerShaped(answer)) {
                problems.add(at(Code.ANSWER_FORMAT, stage, a, answer));
            }
            if (!seen.add(answer.strip())) {
                problems.add(at(Code.ANSWER_DUPLICATE, stage, a, answer));
            }
        }
        Set<String> seenPatterns = new HashSet<>();
        for (String pattern : a.patterns()) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problems.add(at(Code.PATTERN_INVALID, stage, a, pattern));
            }
            if (!seenPatterns.add(pattern)) {
                problems.add(at(Code.PATTERN_DUPLICATE, stage, a, pattern));
            }
        }
        if (type == ActivityType.FILL_BLANK) {
            fillBlankProblems(stage, a, problems);
        }
        if (type == ActivityType.ORDERING) {
            orderingProblems(stage, a, problems);
        }
        if (!hasHangul(a.successReply())) {
            problems.add(at(Code.SUCCESS_REPLY_NOT_KOREAN, stage, a));
        }
        missing(a.successReplyTranslation(), langs, Code.SUCCESS_REPLY_TRANSLATION_MISSING, stage, a, problems);
        missing(a.hint(), langs, Code.HINT_MISSING, stage, a, problems);
        return problems;
    }

    private static void choiceProblems(StageDocument stage, ActivityDocument a, List<String> langs,
            List<LessonProblem> problems) {
        List<ActivityDocument.OptionDocument> options = a.options();
        if (options.size() < 2) {
            problems.add(at(Code.CHOICE_TOO_FEW_OPTIONS, stage, a));
        }
        List<ActivityDocument.OptionDocument> correct = options.stream()
                .filter(ActivityDocument.OptionDocument::correct).toList();
        if (correct.size() != 1) {
            problems.add(at(Code.CHOICE_CORRECT_COUNT, stage, a, String.valueOf(correct.size())));
        } else if (!a.acceptedAnswers().equals(List.of(correct.getFirst().text()))) {
            problems.add(at(Code.CHOICE_ANSWER_MISMATCH, stage, a, correct.getFirst().text()));
        }
        Set<String> seen = new HashSet<>();
        for (ActivityDocument.OptionDocument option : options) {
            String text = option.text() == null ? "" : option.text();
            if (!hasHangul(text)) {
                problems.add(at(Code.OPTION_NOT_KOREAN, stage, a, text));
            } else if (!isAnswerShaped(text)) {
                problems.add(at(Code.OPTION_FORMAT, stage, a, text));
            }
            if (!seen.add(text.strip())) {
                problems.add(at(Code.OPTION_DUPLICATE, stage, a, text));
            }
            for (String lang : langs) {
                if (blank(option.translation(), lang)) {
                    problems.add(at(Code.OPTION_TRANSLATION_MISSING, stage, a, text, lang));
                }
            }
        }
    }

    private static void fillBlankProblems(StageDocument stage, ActivityDocument a, List<LessonProblem> problems) {
        if (a.sentence() == null || a.sentence().isBlank()) {
            problems.add(at(Code.BLANK_SENTENCE_MISSING, stage, a));
            return;
        }
        int blanks = blanks(a.sentence());
        if (blanks != 1) {
            problems.add(at(Code.BLANK_COUNT, stage, a, String.valueOf(blanks)));
        }
        if (!hasHangul(a.sentence())) {
            problems.add(at(Code.BLANK_SENTENCE_NOT_KOREAN, stage, a));
        }
    }

    private static void orderingProblems(StageDocument stage, ActivityDocument a, List<LessonProblem> problems) {
        List<String> tiles = a.tiles();
        if (tiles.size() < 2) {
            problems.add(at(Code.TILES_TOO_FEW, stage, a));
            return;
        }
        Map<String, Integer> tileCounts = counts(tiles);
        for (String answer : a.acceptedAnswers()) {
            if (!counts(Arrays.asList(answer.strip().split(" "))).equals(tileCounts)) {
                problems.add(at(Code.TILES_MISMATCH, stage, a, answer));
            }
        }
        if (!a.acceptedAnswers().isEmpty() && String.join(" ", tiles).equals(a.acceptedAnswers().getFirst())) {
            problems.add(at(Code.TILES_NOT_SHUFFLED, stage, a));
        }
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }

    private static void missing(Map<String, String> texts, List<String> langs, Code code, StageDocument stage,
            ActivityDocument a, List<LessonProblem> problems) {
        for (String lang : langs) {
            if (blank(texts, lang)) {
                problems.add(at(code, stage, a, lang));
            }
        }
    }

    private static boolean blank(Map<String, String> texts, String lang) {
        return texts == null || texts.get(lang) == null || texts.get(lang).isBlank();
    }

    private static LessonProblem at(Code code, StageDocument stage, ActivityDocument a, String... args) {
        return new LessonProblem(code, stage.key(), a.key(), List.of(args));
    }
}
