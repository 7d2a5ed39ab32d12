package com.koto.console.progress;

import com.koto.progress.Progress;
import com.koto.progress.ProgressRecords.Weakness;
import java.util.List;
import java.util.UUID;

/**
 * What the learner page and lesson analytics compute on the server, without a UI (for the
 * benchmark): the service reads plus the SVG charts.
 */
public final class ProgressViewTimings {

    private ProgressViewTimings() {
    }

    public static int learnerPage(Progress progress, UUID learner) {
        var p = progress.learner(learner, "en");
        List<Weakness> weak = progress.learnerWeaknesses(learner);
        var sessions = progress.sessions(learner, "en", 200);
        var trend = p.weekly().stream().map(w -> new Charts.Point(w.week().toString(), w.averageScore())).toList();
        var bars = weak.stream().map(w -> new Charts.Point(w.category(), w.failures())).toList();
        int size = Charts.line("t", "trend", "week", "score", trend, "%.1f").getElement().getChildCount()
                + Charts.bars("w", "weak", "category", "failures", bars, true, "%.0f").getElement().getChildCount();
        return size + sessions.size();
    }

    public static int lessonAnalytics(Progress progress, UUID lesson) {
        var versions = progress.lessonAnalytics(lesson, "en");
        int size = 0;
        for (var v : versions) {
            var funnel = v.funnel().stream().map(f -> new Charts.Point(f.key(), f.sessions())).toList();
            size += Charts.bars("f", "funnel", "stage", "sessions", funnel, false, "%.0f").getElement().getChildCount()
                    + v.activities().size();
        }
        return size;
    }
}
