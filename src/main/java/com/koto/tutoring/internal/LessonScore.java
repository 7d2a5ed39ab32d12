package com.koto.tutoring.internal;

import com.koto.content.LessonDocument;
import com.koto.tutoring.LessonOrchestrator;
import com.koto.tutoring.PreviewPlay;
import java.util.Collection;

/**
 * How far a learner is in a lesson and what the lesson scores: one formula for sessions
 * ({@link LessonOrchestrator}) and the console's preview ({@link PreviewPlay}), so they cannot disagree.
 */
public final class LessonScore {

    private LessonScore() {
    }

    /**
     * The total score: the mean over activities of the mean attempt score on each (0–100, rounded
     * half up); 0 when no activity was answered.
     *
     * @param sumAndCountPerActivity per answered activity {@code {sum of attempt scores, attempts}}
     */
    public static int total(Collection<int[]> sumAndCountPerActivity) {
        double mean = sumAndCountPerActivity.stream().mapToDouble(a -> (double) a[0] / a[1]).average().orElse(0);
        return (int) Math.round(mean);
    }

    /** Number of activities before the given position (all activities of earlier stages plus earlier ones of this). */
    public static int activitiesBefore(LessonDocument lesson, int stageIndex, int activityIndex) {
        int done = 0;
        for (int s = 0; s < stageIndex; s++) {
            done += lesson.stages().get(s).activities().size();
        }
        return done + activityIndex;
    }
}
