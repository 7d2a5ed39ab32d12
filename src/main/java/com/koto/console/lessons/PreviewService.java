package com.koto.console.lessons;

import com.koto.content.ActivityDocument;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Evaluator;
import com.koto.evaluation.Register;
import com.koto.langpack.LangPacks;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Preview as a learner": evaluates an answer to a draft activity with the real {@link Evaluator},
 * building the request as the tutoring orchestrator does for a published one (a choice is judged
 * against its correct option and may be answered by number), so the console shows exactly what
 * the API will give. Tutor lines of the Play dialog come from the language packs, as in a session.
 */
@Service
@PreAuthorize("hasAnyRole('TEACHER', 'ADMIN')")
public class PreviewService {

    private final Evaluator evaluator;
    private final LangPacks packs;

    PreviewService(Evaluator evaluator, LangPacks packs) {
        this.evaluator = evaluator;
        this.packs = packs;
    }

    /**
     * Evaluates an answer to an activity (saved or not).
     *
     * @param lang instruction language of the feedback
     * @throws IllegalArgumentException when the activity has nothing to compare with (no accepted answer,
     *                                  no correct option)
     */
    public Evaluation evaluate(ActivityDocument activity, String answer, String lang) {
        List<String> expected = activity.acceptedAnswers();
        String text = answer == null ? "" : answer;
        if ("choice".equals(activity.type())) {
            List<ActivityDocument.OptionDocument> options = activity.options();
            expected = options.stream().filter(ActivityDocument.OptionDocument::correct)
                    .map(ActivityDocument.OptionDocument::text).toList();
            String trimmed = text.strip();
            if (trimmed.matches("[1-9]") && Integer.parseInt(trimmed) <= options.size()) {
                text = options.get(Integer.parseInt(trimmed) - 1).text();
            }
        }
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("The activity has no accepted answer yet.");
        }
        Register register;
        try {
            register = Register.fromWire(activity.register());
        } catch (IllegalArgumentException e) {
            register = Register.POLITE;
        }
        return evaluator.evaluate(new EvaluationRequest(expected, activity.patterns(), text, lang, register, null));
    }

    /** The tutor's "try again" line with the activity's hint, as a session says it. */
    public String retryLine(String lang, String hint) {
        return packs.forInstructionLang(lang).prompt("retry", Map.of("hint", hint == null ? "" : hint));
    }

    /** The end-of-lesson line with the score. */
    public String completeLine(String lang, int score) {
        return packs.forInstructionLang(lang).prompt("lesson_complete", Map.of("score", String.valueOf(score)));
    }

    /** The stage-complete line. */
    public String stageCompleteLine(String lang, String stageTitle) {
        return packs.forInstructionLang(lang).prompt("stage_complete", Map.of("stage", stageTitle));
    }
}
