package com.koto.content;

import java.util.List;
import java.util.Map;

/** The JSON {@code body} column of a draft activity: the type-specific part of {@link ActivityDocument}. */
record ActivityBody(
        Map<String, String> tutorLineTranslation,
        Map<String, String> instruction,
        List<String> acceptedAnswers,
        List<String> patterns,
        List<ActivityDocument.OptionDocument> options,
        String successReply,
        Map<String, String> successReplyTranslation,
        Map<String, String> hint) {

    static ActivityBody of(ActivityDocument a) {
        return new ActivityBody(a.tutorLineTranslation(), a.instruction(), a.acceptedAnswers(), a.patterns(),
                a.options(), a.successReply(), a.successReplyTranslation(), a.hint());
    }
}
