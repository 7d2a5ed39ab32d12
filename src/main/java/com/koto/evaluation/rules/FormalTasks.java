package com.koto.evaluation.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a formal activity asks for the formal 합쇼체 itself, so that a 해요체 sentence end earns the
 * {@code honorific/formal_level} note (session 13, helper eval21a). 해요체 is the polite level used to
 * strangers, staff and superiors in everyday service and office talk; where both fit, it is a correct
 * answer to a formal task and gets no note. 합쇼체 is what the task itself asks for when its description
 * names the style (합쇼체, -(스)ㅂ니다) and on public occasions: introducing oneself to a group or at a
 * formal event, an announcement (국립국어원 『표준 언어 예절』 2011: 해요체 and 합쇼체 as the two levels of
 * 높임, 합쇼체 on formal, public occasions such as 소개 and 안내; Sohn, <i>The Korean Language</i> 1999, ch. 9:
 * the deferential style of formal and public speech, the polite style of everyday talk to non-intimates).
 *
 * <p>The activity's description is the one the app sends ({@code EvaluationRequest#context}, English); with
 * none, the activity's register is the only description of the task and the note is given.
 */
final class FormalTasks {

    private FormalTasks() {
    }

    /**
     * The formal style named (not a 합쇼체 word: the app's description quotes the tutor's Korean line), or a
     * public occasion: a self-introduction or an announcement.
     */
    private static final Pattern ASKS_FORMAL_STYLE = Pattern.compile("합쇼체|하십시오체|합니다체|\\(스\\)ㅂ니다|hapsyo"
            + "|\\bintroduc(?:e|ing) (?:yourself|himself|herself|themselves)\\b|\\bself-introduction\\b|\\bannounc");

    /**
     * @param context the activity's description as the app sends it; null when unknown
     * @return whether 해요체 in this formal activity earns the note that offers the 합쇼체 form
     */
    static boolean asksFormalStyle(String context) {
        return context == null || context.isBlank()
                || ASKS_FORMAL_STYLE.matcher(context.toLowerCase(Locale.ROOT)).find();
    }
}
