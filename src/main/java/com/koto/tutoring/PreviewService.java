package com.koto.tutoring;

import com.koto.content.ActivityDocument;
import com.koto.content.StageDocument;
import com.koto.evaluation.Evaluation;
import com.koto.langpack.LangPacks;
import com.koto.tutoring.internal.ActivityJudge;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Preview as a learner": judges an answer to a draft activity with tutoring's {@link ActivityJudge},
 * the same code a session uses, so the console shows exactly what a session will give. Tutor lines
 * of the Play dialog come from the language packs, as in a session; its walk and total score are
 * {@link PreviewPlay}'s.
 */
@Service
@PreAuthorize("hasAnyRole('TEACHER', 'ADMIN')")
public class PreviewService {

    private final ActivityJudge judge;
    private final LangPacks packs;

    PreviewService(ActivityJudge judge, LangPacks packs) {
        this.judge = judge;
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
        return judge.judge(stage, activity, answer, lang, null);
    }

    /** The tutor's "try again" line with the activity's hint, as a session says it. */
    public String retryLine(String lang, String hint) {
        return packs.forInstructionLang(lang).prompt("retry", Map.of("hint", hint == null ? "" : hint));
    }

    /** The end-of-lesson line with the score. */
    public String completeLine(String lang, int score) {
        return packs.forInstructionLang(lang).prompt("lesson_complete", Map.of("score", String.valueOf(score)));
    }
}
