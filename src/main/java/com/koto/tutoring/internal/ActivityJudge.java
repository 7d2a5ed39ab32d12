package com.koto.tutoring.internal;

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
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * How a session judges one answer to one activity, shared by the turn path and the console's
 * preview so they can never disagree: a choice is judged against its correct option and may be
 * answered by its 1-based number; model evaluators get the situation (scene, objective, tutor
 * line, task); a wrong choice gets the pack's {@code choice_wrong} feedback naming the right option.
 */
@Service
public class ActivityJudge {

    /** A digit 1–9 (a choice). */
    private static final Pattern OPTION_DIGIT = Pattern.compile("[1-9]");

    private final Evaluator evaluator;
    private final LangPacks langPacks;

    ActivityJudge(Evaluator evaluator, LangPacks langPacks) {
        this.evaluator = evaluator;
        this.langPacks = langPacks;
    }

    /**
     * Evaluates an answer.
     *
     * @param stage       the activity's stage (scene and objective are context for model evaluators)
     * @param activity    the activity, saved or draft
     * @param answer      what the learner typed or said
     * @param lang        the learner's instruction language
     * @param activityRef cache key of the activity version ({@code <lessonVersionId>/<key>}), or
     *                    {@code null} for drafts
     * @throws IllegalArgumentException when the activity has nothing to compare with
     */
    public Evaluation judge(StageDocument stage, ActivityDocument activity, String answer, String lang,
            String activityRef) {
        List<String> expected = activity.acceptedAnswers();
        String text = answer == null ? "" : answer;
        String correctOption = null;
        if (activity.type() == com.koto.content.ActivityType.CHOICE) {
            List<ActivityDocument.OptionDocument> options = activity.options();
            expected = options.stream().filter(ActivityDocument.OptionDocument::correct)
                    .map(ActivityDocument.OptionDocument::text).toList();
            correctOption = expected.isEmpty() ? null : expected.getFirst();
            String trimmed = text.strip();
            if (OPTION_DIGIT.matcher(trimmed).matches() && Integer.parseInt(trimmed) <= options.size()) {
                text = options.get(Integer.parseInt(trimmed) - 1).text();
            }
        }
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("The activity '" + activity.key() + "' has no accepted answer yet.");
        }
        String context = "Scene: " + stage.scene() + ". Objective: " + LessonDocument.pick(stage.objective(), "en")
                + ". The tutor said: " + activity.tutorLine() + " Task: "
                + LessonDocument.pick(activity.instruction(), "en");
        Evaluation evaluation = evaluator.evaluate(new EvaluationRequest(expected, activity.patterns(), text, lang,
                register(activity), activityRef, context));
        if (correctOption == null || evaluation.passed()) {
            return evaluation;
        }
        // a wrong choice is not a grammar mistake: name the right option
        return new Evaluation(evaluation.score(), false, evaluation.errors(),
                langPacks.forInstructionLang(lang).feedback("choice_wrong", Map.of("correct", correctOption)),
                correctOption, evaluation.source(), evaluation.confidence());
    }

    private static Register register(ActivityDocument activity) {
        try {
            return Register.fromWire(activity.register());
        } catch (IllegalArgumentException e) {
            return Register.POLITE;
        }
    }
}
