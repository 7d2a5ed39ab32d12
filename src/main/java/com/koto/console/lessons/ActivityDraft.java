package com.koto.console.lessons;

import com.koto.content.ActivityDocument.OptionDocument;
import com.koto.content.ActivityDocument;
import com.koto.content.ActivityType;
import java.util.List;
import java.util.Map;

/**
 * The activity form's bean: every field of every type, so that switching the type back and forth
 * loses nothing; {@link #toDocument()} keeps what the chosen type uses.
 */
final class ActivityDraft {

    String key;
    ActivityType type;
    Integer difficulty;
    String register;
    String tutorLine;
    Map<String, String> tutorLineTranslation;
    Map<String, String> instruction;
    String sentence;
    String repeatLine;
    List<String> answers;
    List<String> patterns;
    List<OptionDocument> options;
    List<String> tiles;
    String successReply;
    Map<String, String> successReplyTranslation;
    Map<String, String> hint;

    static ActivityDraft of(ActivityDocument a) {
        ActivityDraft d = new ActivityDraft();
        d.key = a.key();
        d.type = a.type() == null ? ActivityType.DIALOGUE : a.type();
        d.difficulty = Math.min(5, Math.max(1, a.difficulty()));
        d.register = ActivityDocument.REGISTERS.contains(a.register()) ? a.register() : "polite";
        d.tutorLine = nullToEmpty(a.tutorLine());
        d.tutorLineTranslation = a.tutorLineTranslation();
        d.instruction = a.instruction();
        d.sentence = nullToEmpty(a.sentence());
        d.repeatLine = a.acceptedAnswers().isEmpty() ? "" : a.acceptedAnswers().getFirst();
        d.answers = a.acceptedAnswers();
        d.patterns = a.patterns();
        d.options = a.options();
        d.tiles = a.tiles();
        d.successReply = nullToEmpty(a.successReply());
        d.successReplyTranslation = a.successReplyTranslation();
        d.hint = a.hint();
        return d;
    }

    /** The activity as the form stands, trimmed to its type. */
    ActivityDocument toDocument() {
        List<String> accepted = type != ActivityType.REPEAT ? answers
                : repeatLine.isBlank() ? List.of() : List.of(repeatLine.strip());
        return new ActivityDocument(key.strip(), type, difficulty == null ? 1 : difficulty, register,
                tutorLine.strip(), tutorLineTranslation, instruction, sentence.strip(), tiles, accepted, patterns,
                options, successReply.strip(), successReplyTranslation, hint).trimmedToType();
    }

    /** The model answer the ordering tiles follow. */
    String firstAnswer() {
        return answers == null || answers.isEmpty() ? "" : answers.getFirst();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
