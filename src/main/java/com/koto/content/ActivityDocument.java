package com.koto.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One activity within a stage document.
 *
 * @param key                     unique within the lesson
 * @param type                    {@code dialogue}, {@code choice}, {@code repeat}, {@code fill_blank} or {@code ordering}
 * @param difficulty              1–5
 * @param register                expected speech level: {@code polite} (해요체), {@code formal} (합쇼체), {@code casual} (반말)
 * @param tutorLine               what the tutor / NPC says, in Korean
 * @param tutorLineTranslation    the tutor line per instruction language
 * @param instruction             what the learner should do, per instruction language
 * @param sentence                {@code fill_blank} only: the Korean sentence with one {@link #BLANK} where the
 *                                learner fills in; the accepted answers are what fills the blank. Absent otherwise.
 * @param tiles                   {@code ordering} only: the word tiles in the (shuffled) order the learner sees
 *                                them; every accepted answer uses exactly these tiles. Empty otherwise.
 * @param acceptedAnswers         accepted answers in Korean; the first is the canonical model answer
 *                                (for {@code choice}: the correct option's text)
 * @param patterns                optional Java regexes over the normalised answer that also pass
 * @param options                 {@code choice} only: the options, exactly one correct
 * @param successReply            the NPC's Korean reply after a correct answer
 * @param successReplyTranslation that reply per instruction language
 * @param hint                    a nudge after a wrong attempt, per instruction language
 */
public record ActivityDocument(
        String key,
        String type,
        int difficulty,
        String register,
        String tutorLine,
        Map<String, String> tutorLineTranslation,
        Map<String, String> instruction,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sentence,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tiles,
        List<String> acceptedAnswers,
        List<String> patterns,
        List<OptionDocument> options,
        String successReply,
        Map<String, String> successReplyTranslation,
        Map<String, String> hint) {

    /** The activity types, in the order the console offers them. */
    public static final List<String> TYPES = List.of("dialogue", "choice", "repeat", "fill_blank", "ordering");

    /** The speech levels ({@code register}). */
    public static final List<String> REGISTERS = List.of("polite", "formal", "casual");

    /** The blank marker in a {@code fill_blank} sentence. */
    public static final String BLANK = "___";

    public ActivityDocument {
        tutorLineTranslation = Texts.canonical(tutorLineTranslation);
        instruction = Texts.canonical(instruction);
        successReplyTranslation = Texts.canonical(successReplyTranslation);
        hint = Texts.canonical(hint);
        tiles = tiles == null ? List.of() : List.copyOf(tiles);
        acceptedAnswers = acceptedAnswers == null ? List.of() : List.copyOf(acceptedAnswers);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The three-type shape of the first lesson format version (no {@code sentence}, no {@code tiles}). */
    public ActivityDocument(String key, String type, int difficulty, String register, String tutorLine,
            Map<String, String> tutorLineTranslation, Map<String, String> instruction, List<String> acceptedAnswers,
            List<String> patterns, List<OptionDocument> options, String successReply,
            Map<String, String> successReplyTranslation, Map<String, String> hint) {
        this(key, type, difficulty, register, tutorLine, tutorLineTranslation, instruction, null, null,
                acceptedAnswers, patterns, options, successReply, successReplyTranslation, hint);
    }

    /**
     * A choice option.
     *
     * @param text        the option in Korean
     * @param translation per instruction language
     * @param correct     whether this is the right option
     */
    public record OptionDocument(String text, Map<String, String> translation, boolean correct) {

        public OptionDocument {
            translation = Texts.canonical(translation);
        }
    }
}
