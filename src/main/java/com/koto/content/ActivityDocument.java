package com.koto.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.koto.content.internal.Translations;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One activity within a stage document.
 *
 * @param key                     unique within the lesson
 * @param type                    what the learner does
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
        ActivityType type,
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

    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The speech levels ({@code register}). */
    public static final List<String> REGISTERS = List.of("polite", "formal", "casual");

    /** The blank marker in a {@code fill_blank} sentence. */
    public static final String BLANK = "___";

    public ActivityDocument {
        tutorLineTranslation = Translations.canonical(tutorLineTranslation);
        instruction = Translations.canonical(instruction);
        successReplyTranslation = Translations.canonical(successReplyTranslation);
        hint = Translations.canonical(hint);
        tiles = tiles == null ? List.of() : List.copyOf(tiles);
        acceptedAnswers = acceptedAnswers == null ? List.of() : List.copyOf(acceptedAnswers);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The three-type shape of the first lesson format version (no {@code sentence}, no {@code tiles}). */
    public ActivityDocument(String key, ActivityType type, int difficulty, String register, String tutorLine,
            Map<String, String> tutorLineTranslation, Map<String, String> instruction, List<String> acceptedAnswers,
            List<String> patterns, List<OptionDocument> options, String successReply,
            Map<String, String> successReplyTranslation, Map<String, String> hint) {
        this(key, type, difficulty, register, tutorLine, tutorLineTranslation, instruction, null, null,
                acceptedAnswers, patterns, options, successReply, successReplyTranslation, hint);
    }

    /**
     * The activity with only what its type uses: options only for a choice (whose accepted answer is
     * then its correct option), the sentence only for fill_blank, tiles only for ordering, patterns
     * not for choice and ordering. An editor keeps every field while the type may still change and
     * saves this.
     */
    public ActivityDocument trimmedToType() {
        boolean choice = type == ActivityType.CHOICE;
        List<String> accepted = choice
                ? options.stream().filter(OptionDocument::correct).map(OptionDocument::text).limit(1).toList()
                : acceptedAnswers;
        return new ActivityDocument(key, type, difficulty, register, tutorLine, tutorLineTranslation, instruction,
                type == ActivityType.FILL_BLANK ? sentence : null, type == ActivityType.ORDERING ? tiles : List.of(),
                accepted, type != null && type.takesPatterns() ? patterns : List.of(), choice ? options : List.of(),
                successReply, successReplyTranslation, hint);
    }

    /**
     * Word tiles for an ordering answer: its words in an order that differs from it (when it has two
     * different words, as {@link LessonRules} requires), reproducibly for the same answer and {@code round}.
     */
    public static List<String> shuffledTiles(String answer, int round) {
        List<String> words = List.of(SPACES.split(answer.strip()));
        List<String> tiles = new java.util.ArrayList<>(words);
        if (new java.util.HashSet<>(words).size() < 2) {
            return tiles;
        }
        java.util.Random random = new java.util.Random(answer.hashCode() * 31L + round);
        do {
            java.util.Collections.shuffle(tiles, random);
        } while (tiles.equals(words));
        return tiles;
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
            translation = Translations.canonical(translation);
        }
    }
}
