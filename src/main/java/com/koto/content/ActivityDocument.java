package com.koto.content;

import java.util.List;
import java.util.Map;

/**
 * One activity within a stage document.
 *
 * @param key                     unique within the lesson
 * @param type                    {@code dialogue}, {@code choice} or {@code repeat}
 * @param difficulty              1–5
 * @param register                expected speech level: {@code polite} (해요체), {@code formal} (합쇼체), {@code casual} (반말)
 * @param tutorLine               what the tutor / NPC says, in Korean
 * @param tutorLineTranslation    the tutor line per instruction language
 * @param instruction             what the learner should do, per instruction language
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
        List<String> acceptedAnswers,
        List<String> patterns,
        List<OptionDocument> options,
        String successReply,
        Map<String, String> successReplyTranslation,
        Map<String, String> hint) {

    public ActivityDocument {
        acceptedAnswers = acceptedAnswers == null ? List.of() : List.copyOf(acceptedAnswers);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        options = options == null ? List.of() : List.copyOf(options);
    }

    /**
     * A choice option.
     *
     * @param text        the option in Korean
     * @param translation per instruction language
     * @param correct     whether this is the right option
     */
    public record OptionDocument(String text, Map<String, String> translation, boolean correct) {
    }
}
