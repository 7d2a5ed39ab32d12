package com.koto.tutoring;

import com.koto.content.ActivityDocument;
import com.koto.content.LearnerActivity;
import com.koto.content.LessonDocument;
import com.koto.content.PublishedLesson;
import com.koto.content.StageDocument;
import com.koto.tutoring.internal.LessonScore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lesson played through in the console's preview, as a session would walk it: the position
 * (stages without activities are skipped), the attempts' scores and the total score by the
 * session's formula ({@link LessonScore}). Nothing is stored; not thread-safe (one per dialog).
 */
public final class PreviewPlay {

    private final LessonDocument draft;
    private final PublishedLesson lesson;
    private final Map<String, int[]> scores = new LinkedHashMap<>();
    private int stage;
    private int activity;

    /** Starts at the first activity of a draft (saved or not). */
    public PreviewPlay(LessonDocument draft) {
        this.draft = draft;
        this.lesson = new PublishedLesson(null, null, 0, null, draft);
        restart();
    }

    /** Back to the first activity, with no scores. */
    public void restart() {
        stage = 0;
        activity = 0;
        scores.clear();
        skipEmptyStages();
    }

    /** Whether every activity has been passed or skipped. */
    public boolean finished() {
        return stage >= draft.stages().size();
    }

    /** 0-based index of the current stage. */
    public int stageIndex() {
        return stage;
    }

    /** The current stage. @throws IndexOutOfBoundsException when finished */
    public StageDocument stage() {
        return lesson.stage(stage);
    }

    /** The current activity as the author wrote it. @throws IndexOutOfBoundsException when finished */
    public ActivityDocument activity() {
        return lesson.activity(stage, activity);
    }

    /**
     * The current activity as a learner's client gets it.
     *
     * @throws RuntimeException when the draft activity is too incomplete to show (e.g. a repeat with no line)
     */
    public LearnerActivity learnerActivity(String lang) {
        return LearnerActivity.of(lesson, stage, activity, lang);
    }

    /** Activities before the current one (as a session's progress counts them). */
    public int done() {
        return finished() ? draft.activityCount() : LessonScore.activitiesBefore(draft, stage, activity);
    }

    /** Records the score (0–100) of an attempt at the current activity. */
    public void scored(int score) {
        int[] sumAndCount = scores.computeIfAbsent(activity().key(), k -> new int[2]);
        sumAndCount[0] += score;
        sumAndCount[1]++;
    }

    /** Skips the current activity: it counts as one attempt scored 0. */
    public void skip() {
        scored(0);
        next();
    }

    /** On to the next activity (of the next non-empty stage after the last of a stage). */
    public void next() {
        activity++;
        if (activity >= draft.stages().get(stage).activities().size()) {
            stage++;
            activity = 0;
            skipEmptyStages();
        }
    }

    /** The total score so far, by the session's formula. */
    public int totalScore() {
        return LessonScore.total(scores.values());
    }

    private void skipEmptyStages() {
        while (stage < draft.stages().size() && draft.stages().get(stage).activities().isEmpty()) {
            stage++;
        }
    }
}
