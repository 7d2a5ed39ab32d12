package com.koto.content;

import java.util.List;

/**
 * One thing that keeps a lesson from being published (or a lesson file from being imported).
 * The {@link Code} is stable, so the console can show the problem in the teacher's language;
 * {@link #message()} is the English sentence the API returns.
 *
 * @param code     what is wrong
 * @param stage    key of the stage concerned, {@code null} for lesson-level problems
 * @param activity key of the activity concerned, {@code null} for lesson- and stage-level problems
 * @param args     the values the message quotes ({@code {0}}, {@code {1}}), e.g. the offending answer
 */
public record LessonProblem(Code code, String stage, String activity, List<String> args) {

    public LessonProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** What is wrong, with the English wording ({@code {stage}}, {@code {activity}}, {@code {0}}, {@code {1}}). */
    public enum Code {
        NO_INSTRUCTION_LANGS("The lesson has no instruction language."),
        NO_STAGES("The lesson has no stages."),
        TITLE_NOT_KOREAN("The lesson title needs a Korean version (with Hangul)."),
        TITLE_MISSING("The lesson title in '{0}' is missing."),
        DESCRIPTION_MISSING("The description in '{0}' is missing."),
        LEVEL_INVALID("The level must be CEFR A1–C2 and TOPIK 1–6."),
        STAGE_KEY_INVALID("Stage key '{stage}' may only use a–z, 0–9 and '-'."),
        STAGE_KEY_DUPLICATE("Stage key '{stage}' is used twice."),
        STAGE_EMPTY("Stage '{stage}' has no activities."),
        STAGE_SCENE_UNKNOWN("Stage '{stage}': the scene '{0}' is unknown."),
        STAGE_TITLE_NOT_KOREAN("Stage '{stage}': the title needs a Korean version (with Hangul)."),
        STAGE_TITLE_MISSING("Stage '{stage}': the title in '{0}' is missing."),
        STAGE_OBJECTIVE_NOT_KOREAN("Stage '{stage}': the objective needs a Korean version (with Hangul)."),
        STAGE_OBJECTIVE_MISSING("Stage '{stage}': the objective in '{0}' is missing."),
        ACTIVITY_KEY_INVALID("Activity '{activity}' (stage '{stage}'): the key may only use a–z, 0–9 and '-'."),
        ACTIVITY_KEY_DUPLICATE("Activity '{activity}' (stage '{stage}'): the key is used twice in this lesson."),
        TYPE_UNKNOWN("Activity '{activity}' (stage '{stage}'): the type '{0}' is unknown."),
        REGISTER_UNKNOWN("Activity '{activity}' (stage '{stage}'): the speech level '{0}' is unknown."),
        DIFFICULTY_RANGE("Activity '{activity}' (stage '{stage}'): the difficulty must be 1–5, it is {0}."),
        TUTOR_LINE_NOT_KOREAN("Activity '{activity}' (stage '{stage}'): the tutor line must be Korean (contain Hangul)."),
        TUTOR_LINE_TRANSLATION_MISSING("Activity '{activity}' (stage '{stage}'): the tutor line's translation in '{0}' is missing."),
        INSTRUCTION_MISSING("Activity '{activity}' (stage '{stage}'): the instruction in '{0}' is missing."),
        ANSWERS_MISSING("Activity '{activity}' (stage '{stage}'): a {0} activity needs at least one accepted answer."),
        ANSWER_NOT_KOREAN("Activity '{activity}' (stage '{stage}'): the accepted answer '{0}' contains no Hangul."),
        ANSWER_FORMAT("Activity '{activity}' (stage '{stage}'): the accepted answer '{0}' must be trimmed, single-spaced and without final punctuation."),
        ANSWER_DUPLICATE("Activity '{activity}' (stage '{stage}'): the accepted answer '{0}' is listed twice."),
        PATTERN_INVALID("Activity '{activity}' (stage '{stage}'): the pattern '{0}' is not a valid regular expression."),
        PATTERN_DUPLICATE("Activity '{activity}' (stage '{stage}'): the pattern '{0}' is listed twice."),
        CHOICE_TOO_FEW_OPTIONS("Activity '{activity}' (stage '{stage}'): a choice needs at least two options."),
        CHOICE_CORRECT_COUNT("Activity '{activity}' (stage '{stage}'): a choice needs exactly one correct option, it has {0}."),
        CHOICE_ANSWER_MISMATCH("Activity '{activity}' (stage '{stage}'): the accepted answer of a choice must be its correct option '{0}'."),
        OPTION_NOT_KOREAN("Activity '{activity}' (stage '{stage}'): the option '{0}' contains no Hangul."),
        OPTION_FORMAT("Activity '{activity}' (stage '{stage}'): the option '{0}' must be trimmed, single-spaced and without final punctuation."),
        OPTION_DUPLICATE("Activity '{activity}' (stage '{stage}'): the option '{0}' is listed twice."),
        OPTION_TRANSLATION_MISSING("Activity '{activity}' (stage '{stage}'): the option '{0}' has no translation in '{1}'."),
        OPTIONS_NOT_ALLOWED("Activity '{activity}' (stage '{stage}'): only a choice has options."),
        REPEAT_ONE_LINE("Activity '{activity}' (stage '{stage}'): a repeat activity has exactly one line to repeat."),
        BLANK_SENTENCE_MISSING("Activity '{activity}' (stage '{stage}'): a fill-in-the-blank needs a sentence with ___ where the learner fills in."),
        BLANK_COUNT("Activity '{activity}' (stage '{stage}'): the sentence must contain exactly one ___, it has {0}."),
        BLANK_SENTENCE_NOT_KOREAN("Activity '{activity}' (stage '{stage}'): the sentence must be Korean (contain Hangul)."),
        TILES_TOO_FEW("Activity '{activity}' (stage '{stage}'): an ordering activity needs at least two tiles."),
        TILES_MISMATCH("Activity '{activity}' (stage '{stage}'): the answer '{0}' does not use exactly the tiles."),
        TILES_NOT_SHUFFLED("Activity '{activity}' (stage '{stage}'): the tiles are shown in the answer's order; shuffle them."),
        SUCCESS_REPLY_NOT_KOREAN("Activity '{activity}' (stage '{stage}'): the reply after a right answer must be Korean (contain Hangul)."),
        SUCCESS_REPLY_TRANSLATION_MISSING("Activity '{activity}' (stage '{stage}'): the reply's translation in '{0}' is missing."),
        HINT_MISSING("Activity '{activity}' (stage '{stage}'): the hint in '{0}' is missing.");

        private final String english;

        Code(String english) {
            this.english = english;
        }

        /** Whether this is a translation missing in one instruction language (named in args[0] or args[1]). */
        public boolean translationMissing() {
            return this == STAGE_TITLE_MISSING || this == STAGE_OBJECTIVE_MISSING || this == TUTOR_LINE_TRANSLATION_MISSING || this == INSTRUCTION_MISSING
                    || this == SUCCESS_REPLY_TRANSLATION_MISSING || this == HINT_MISSING
                    || this == OPTION_TRANSLATION_MISSING;
        }

        /** The English template. */
        public String english() {
            return english;
        }
    }

    /**
     * Whether this problem keeps a draft from being saved. Only missing translations do not (a
     * teacher may translate later); every problem blocks publishing.
     */
    public boolean blocksSaving() {
        return !code.translationMissing();
    }

    /** The English sentence, e.g. {@code "Activity 'greet' (stage 'cafe'): the hint in 'id' is missing."}. */
    public String message() {
        String text = code.english.replace("{stage}", stage == null ? "" : stage)
                .replace("{activity}", activity == null ? "" : activity);
        for (int i = 0; i < args.size(); i++) {
            text = text.replace("{" + i + "}", args.get(i));
        }
        return text;
    }
}
