package com.koto.content;

import java.util.List;

/**
 * An activity as the learner's client sees it: never the accepted answers of a dialogue, never
 * which option is correct, never the right order of ordering tiles.
 *
 * @param key                  activity key
 * @param stageKey             its stage's key
 * @param stageIndex           0-based stage position
 * @param activityIndex        0-based position within the stage
 * @param type                 {@code dialogue}, {@code choice}, {@code repeat}, {@code fill_blank}, {@code ordering}
 * @param difficulty           1–5
 * @param register             expected speech level
 * @param scene                the stage's scene type (cafe, airport, …) for the 3D client
 * @param tutorLine            what the tutor / NPC says (Korean)
 * @param tutorLineTranslation that line in the instruction language
 * @param instruction          what to do, in the instruction language
 * @param options              choice options (text + translation), {@code null} for other types
 * @param lineToRepeat         for {@code repeat}: the Korean line to say; {@code null} otherwise
 * @param sentence             for {@code fill_blank}: the Korean sentence with {@code ___} where the learner
 *                             fills in (the answer is what fills the blank); {@code null} otherwise
 * @param tiles                for {@code ordering}: the word tiles in the order shown (the answer is the tiles
 *                             in the right order, joined by single spaces); {@code null} otherwise
 */
public record LearnerActivity(String key, String stageKey, int stageIndex, int activityIndex, String type,
        int difficulty, String register, String scene, String tutorLine, String tutorLineTranslation,
        String instruction, List<Option> options, String lineToRepeat, String sentence, List<String> tiles) {

    /**
     * @param text        Korean text of the option
     * @param translation in the instruction language
     */
    public record Option(String text, String translation) {
    }

    /**
     * The learner's view of an activity of a published lesson.
     *
     * @param lang instruction language for translations
     */
    public static LearnerActivity of(PublishedLesson lesson, int stageIndex, int activityIndex, String lang) {
        StageDocument stage = lesson.stage(stageIndex);
        ActivityDocument a = stage.activities().get(activityIndex);
        List<Option> options = a.type() == ActivityType.CHOICE
                ? a.options().stream().map(o -> new Option(o.text(), LessonDocument.pick(o.translation(), lang)))
                        .toList()
                : null;
        return new LearnerActivity(a.key(), stage.key(), stageIndex, activityIndex, a.type().code(), a.difficulty(),
                a.register(), stage.scene(), a.tutorLine(), LessonDocument.pick(a.tutorLineTranslation(), lang),
                LessonDocument.pick(a.instruction(), lang), options,
                a.type() == ActivityType.REPEAT ? a.acceptedAnswers().getFirst() : null,
                a.type() == ActivityType.FILL_BLANK ? a.sentence() : null,
                a.type() == ActivityType.ORDERING ? a.tiles() : null);
    }
}
