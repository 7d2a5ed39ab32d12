package com.koto.console.lessons;

import com.koto.content.ActivityDocument;
import com.koto.content.LessonDocument;
import com.koto.content.StageDocument;
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
 * building the request and shaping the result as the tutoring orchestrator does for a published
 * one (a choice is judged against its correct option, may be answered by number, and a wrong
 * choice gets the pack's {@code choice_wrong} feedback; model evaluators get the same situation
 * context), so the console shows what a session will give. This mirrors
 * {@code LessonOrchestrator.request/choiceFeedback}, which are private to tutoring; keep the two
 * in step until tutoring exposes them. Tutor lines of the Play dialog come from the language
 * packs, as in a session.
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
     * @param stage the activity's stage (its scene and objective are context for model evaluators)
     * @param lang  instruction language of the feedback
     * @throws IllegalArgumentException when the activity has nothing to compare with (no accepted answer,
     *                                  no correct option)
     */
    public Evaluation evaluate(StageDocument stage, ActivityDocument activity, String answer, String lang) {
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
        String context = "Scene: " + stage.scene() + ". Objective: " + LessonDocument.pick(stage.objective(), "en")
                + ". The tutor said: " + activity.tutorLine() + " Task: "
                + LessonDocument.pick(activity.instruction(), "en");
        Evaluation evaluation = evaluator.evaluate(new EvaluationRequest(expected, activity.patterns(), text, lang,
                register, null, context));
        if (!"choice".equals(activity.type()) || evaluation.passed()) {
            return evaluation;
        }
        String correct = expected.getFirst();
        return new Evaluation(evaluation.score(), false, evaluation.errors(),
                packs.forInstructionLang(lang).feedback("choice_wrong", Map.of("correct", correct)), correct,
                evaluation.source(), evaluation.confidence());
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
