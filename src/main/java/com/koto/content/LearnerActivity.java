package com.koto.content;

import java.util.List;

/**
 * An activity as the learner's client sees it: never the accepted answers of a dialogue, never
 * which option is correct.
 *
 * @param key                  activity key
 * @param stageKey             its stage's key
 * @param stageIndex           0-based stage position
 * @param activityIndex        0-based position within the stage
 * @param type                 {@code dialogue}, {@code choice}, {@code repeat}
 * @param difficulty           1–5
 * @param register             expected speech level
 * @param scene                the stage's scene type (cafe, airport, …) for the 3D client
 * @param tutorLine            what the tutor / NPC says (Korean)
 * @param tutorLineTranslation that line in the instruction language
 * @param instruction          what to do, in the instruction language
 * @param options              choice options (text + translation), {@code null} for other types
 * @param lineToRepeat         for {@code repeat}: the Korean line to say; {@code null} otherwise
 */
public record LearnerActivity(String key, String stageKey, int stageIndex, int activityIndex, String type,
        int difficulty, String register, String scene, String tutorLine, String tutorLineTranslation,
        String instruction, List<Option> options, String lineToRepeat) {

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
        List<Option> options = "choice".equals(a.type())
                ? a.options().stream().map(o -> new Option(o.text(), LessonDocument.pick(o.translation(), lang)))
                        .toList()
                : null;
        return new LearnerActivity(a.key(), stage.key(), stageIndex, activityIndex, a.type(), a.difficulty(),
                a.register(), stage.scene(), a.tutorLine(), LessonDocument.pick(a.tutorLineTranslation(), lang),
                LessonDocument.pick(a.instruction(), lang), options,
                "repeat".equals(a.type()) ? a.acceptedAnswers().getFirst() : null);
    }
}
