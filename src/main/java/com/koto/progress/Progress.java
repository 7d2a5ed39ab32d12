package com.koto.progress;

import com.koto.content.ActivityDocument;
import com.koto.content.LessonCatalog;
import com.koto.content.LessonDocument;
import com.koto.content.PublishedLesson;
import com.koto.content.StageDocument;
import com.koto.platform.NotFoundException;
import com.koto.progress.ProgressRecords.ActivityStats;
import com.koto.progress.ProgressRecords.AnalysableLesson;
import com.koto.progress.ProgressRecords.Cohort;
import com.koto.progress.ProgressRecords.Example;
import com.koto.progress.ProgressRecords.FunnelStep;
import com.koto.progress.ProgressRecords.LearnerFilter;
import com.koto.progress.ProgressRecords.LearnerProgress;
import com.koto.progress.ProgressRecords.LearnerRow;
import com.koto.progress.ProgressRecords.LearnerSort;
import com.koto.progress.ProgressRecords.LessonProgress;
import com.koto.progress.ProgressRecords.ReviewItem;
import com.koto.progress.ProgressRecords.SessionRow;
import com.koto.progress.ProgressRecords.VersionAnalytics;
import com.koto.progress.ProgressRecords.WeekCount;
import com.koto.progress.ProgressRecords.WeekScore;
import com.koto.progress.ProgressRecords.Weakness;
import com.koto.progress.internal.StaffAccess;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the progress read models (never of the event log): a learner's own progress and weak
 * points, and for staff the learners grid, a learner's page, cohorts and lesson analytics.
 * Figures and their computation: {@code docs/progress.md}.
 */
@Service
@Transactional(readOnly = true)
public class Progress {

    /** How many wrong-answer examples a weak point shows. */
    static final int EXAMPLES = 3;

    /** How many failing answers an activity's analytics lists. */
    static final int TOP_FAILING = 5;

    private final JdbcClient db;
    private final LessonCatalog catalog;
    private final StaffAccess access;

    Progress(JdbcClient db, LessonCatalog catalog, StaffAccess access) {
        this.db = db;
        this.catalog = catalog;
        this.access = access;
    }

    /**
     * A learner's totals, weekly score trend and per-lesson progress (zeros before the first session).
     *
     * @param lang language for lesson titles
     */
    public LearnerProgress of(UUID learnerId, String lang) {
        Optional<LearnerRow> row = db.sql("select * from progress_learners where learner_id = ?").param(learnerId)
                .query(Progress::learnerRow).optional();
        List<WeekScore> weekly = db.sql("""
                select week, turns, score_sum from progress_learner_weeks where learner_id = ? order by week""")
                .param(learnerId).query((rs, i) -> new WeekScore(rs.getDate("week").toLocalDate(), rs.getInt("turns"),
                        round2((double) rs.getLong("score_sum") / rs.getInt("turns"))))
                .list();
        List<LessonProgress> lessons = db.sql("""
                select lesson_id, sessions_started, sessions_completed, best_score, last_active
                from progress_learner_lessons where learner_id = ? order by last_active desc""")
                .param(learnerId).query((rs, i) -> {
                    UUID lessonId = rs.getObject("lesson_id", UUID.class);
                    return new LessonProgress(lessonId, title(lessonId, lang), rs.getInt("sessions_started"),
                            rs.getInt("sessions_completed"), (Integer) rs.getObject("best_score", Integer.class),
                            rs.getTimestamp("last_active").toInstant());
                }).list();
        return row.map(r -> new LearnerProgress(learnerId, r.username(), r.displayName(), r.instructionLang(),
                r.sessionsStarted(), r.sessionsCompleted(), r.sessionsAbandoned(), turns(learnerId), r.averageScore(),
                r.timeOnTaskSeconds(), r.lastActive(), weekly, lessons))
                .orElseGet(() -> new LearnerProgress(learnerId, null, null, null, 0, 0, 0, 0, null, 0, null, weekly,
                        lessons));
    }

    private int turns(UUID learnerId) {
        return db.sql("select turns from progress_learners where learner_id = ?").param(learnerId)
                .query(Integer.class).optional().orElse(0);
    }

    /** A learner's weak points: error categories of failed answers, most frequent first, with examples. */
    public List<Weakness> weaknesses(UUID learnerId) {
        Map<String, List<WeekCount>> weekly = new LinkedHashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        db.sql("select category, week, errors from progress_weak_points where learner_id = ? order by week")
                .param(learnerId).query(rs -> {
                    String c = rs.getString("category");
                    weekly.computeIfAbsent(c, k -> new ArrayList<>())
                            .add(new WeekCount(rs.getDate("week").toLocalDate(), rs.getInt("errors")));
                    totals.merge(c, rs.getInt("errors"), Integer::sum);
                });
        Map<String, List<Example>> examples = new HashMap<>();
        db.sql("""
                select * from (select e.*, row_number() over (partition by category order by occurred_at desc, seq desc)
                    as n from progress_weak_examples e where learner_id = ?) x where n <= ? order by occurred_at desc""")
                .params(learnerId, EXAMPLES).query(rs -> {
                    examples.computeIfAbsent(rs.getString("category"), k -> new ArrayList<>()).add(new Example(
                            rs.getObject("session_id", UUID.class), rs.getInt("seq"), rs.getString("answer"),
                            rs.getString("original"), rs.getString("correction"), rs.getString("corrected"),
                            rs.getTimestamp("occurred_at").toInstant()));
                });
        return totals.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(e -> new Weakness(e.getKey(), e.getValue(), weekly.get(e.getKey()),
                        examples.getOrDefault(e.getKey(), List.of())))
                .toList();
    }

    /**
     * One page of the learners grid (ADMIN). Sorting and filtering run in PostgreSQL on indexed
     * columns; ties break by learner id so pages are stable.
     *
     * @param offset    rows to skip, ≥ 0
     * @param limit     page size, 1–500
     * @param ascending sort direction
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<LearnerRow> learners(LearnerFilter filter, LearnerSort sort, boolean ascending, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("offset", Math.max(0, offset));
        params.put("limit", Math.max(1, Math.min(limit, 500)));
        String direction = ascending ? "asc" : "desc";
        String nulls = ascending ? "nulls first" : "nulls last";
        return db.sql("select * from progress_learners" + where + " order by " + sort.column + " " + direction + " "
                + nulls + ", learner_id " + direction + " offset :offset limit :limit")
                .params(params).query(Progress::learnerRow).list();
    }

    /** How many learners match the filter (ADMIN). */
    @PreAuthorize("hasRole('ADMIN')")
    public int countLearners(LearnerFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return db.sql("select count(*) from progress_learners" + where(filter, params)).params(params)
                .query(Integer.class).single();
    }

    private static String where(LearnerFilter f, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        if (f.name() != null && !f.name().isBlank()) {
            parts.add("(lower(username) like :name or lower(display_name) like :name)");
            params.put("name", f.name().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (f.language() != null && !f.language().isBlank()) {
            parts.add("instruction_lang = :lang");
            params.put("lang", f.language().strip().toLowerCase(Locale.ROOT));
        }
        if (f.activeSince() != null) {
            parts.add("last_active >= :since");
            params.put("since", Timestamp.from(f.activeSince()));
        }
        if (f.minSessions() != null) {
            parts.add("sessions_started >= :minSessions");
            params.put("minSessions", f.minSessions());
        }
        if (f.minScore() != null) {
            parts.add("average_score >= :minScore");
            params.put("minScore", f.minScore());
        }
        return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    /**
     * A learner's progress for staff (ADMIN).
     *
     * @throws NotFoundException when the learner has no recorded activity
     */
    @PreAuthorize("hasRole('ADMIN')")
    public LearnerProgress learner(UUID learnerId, String lang) {
        LearnerProgress p = of(learnerId, lang);
        if (p.lastActive() == null) {
            throw new NotFoundException("There is no recorded activity of learner " + learnerId + ".");
        }
        return p;
    }

    /** A learner's weak points, for staff (ADMIN). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Weakness> learnerWeaknesses(UUID learnerId) {
        return weaknesses(learnerId);
    }

    /** A learner's sessions, newest first, at most {@code limit} (ADMIN). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<SessionRow> sessions(UUID learnerId, String lang, int limit) {
        return db.sql("""
                select * from progress_sessions where learner_id = ? order by first_event_at desc limit ?""")
                .params(learnerId, Math.max(1, Math.min(limit, 500))).query((rs, i) -> {
                    UUID lessonId = rs.getObject("lesson_id", UUID.class);
                    int turns = rs.getInt("turns");
                    return new SessionRow(rs.getObject("session_id", UUID.class), lessonId, title(lessonId, lang),
                            rs.getString("status"), rs.getTimestamp("first_event_at").toInstant(),
                            rs.getTimestamp("last_event_at").toInstant(), turns,
                            turns == 0 ? null : round2((double) rs.getLong("score_sum") / turns),
                            (Integer) rs.getObject("total_score", Integer.class));
                }).list();
    }

    /**
     * Learners grouped by cohort, (instruction language, region), largest group first (ADMIN). The
     * language is that of the learner's latest session ({@code "?"} before any); the region is the one
     * the learner's account registered in ({@code accounts.region}, {@code null} where no region was
     * configured). One {@code group by} over {@code progress_learners}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Cohort> cohorts() {
        return db.sql("""
                select coalesce(instruction_lang, '?') as lang, region, count(*) as learners, sum(sessions_started) as s,
                    sum(sessions_completed) as c, sum(sessions_abandoned) as a, sum(score_sum) as score, sum(turns) as turns
                from progress_learners group by 1, 2 order by 3 desc, 1, 2 nulls last""")
                .query((rs, i) -> new Cohort(rs.getString("lang"), rs.getString("region"), rs.getInt("learners"),
                        rs.getInt("s"), rs.getInt("c"), rs.getInt("a"), rs.getLong("turns") == 0 ? null
                                : round2((double) rs.getLong("score") / rs.getLong("turns"))))
                .list();
    }

    /** The lessons the signed-in staff member may analyse (ADMIN: all; TEACHER: those they author). */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEACHER')")
    public List<AnalysableLesson> analysableLessons(String lang) {
        return access.visibleLessons().stream().map(l -> new AnalysableLesson(l.id(), l.slug(),
                LessonDocument.pick(l.draft().title(), lang))).toList();
    }

    /**
     * Analytics of every version of a lesson that learners played, newest version first.
     *
     * @throws NotFoundException for an unknown lesson
     * @throws org.springframework.security.access.AccessDeniedException for a teacher who does not author it
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEACHER')")
    public List<VersionAnalytics> lessonAnalytics(UUID lessonId, String lang) {
        access.checkLesson(lessonId);
        Map<String, List<ReviewItem>> failing = new HashMap<>();
        db.sql("""
                select * from (select answers.*, row_number() over (partition by activity_key
                    order by (reports > 0) desc, reports desc, failures desc, normalized) as n
                    from """ + AnswerReview.ANSWERS_OF_LESSON + """
                 where status = 'open') x where n <= :top""")
                .param("lesson", lessonId).param("top", TOP_FAILING).query(rs -> {
                    ReviewItem item = AnswerReview.item(rs);
                    failing.computeIfAbsent(item.activityKey(), k -> new ArrayList<>()).add(item);
                });
        failing.values().forEach(l -> l.sort(AnswerReview.QUEUE_ORDER));
        List<VersionAnalytics> out = new ArrayList<>();
        // each figure: its aggregate row plus the lesson's deltas not rolled up yet, in one statement
        db.sql("""
                select lesson_version_id, sum(started) as started, sum(completed) as completed,
                    sum(abandoned) as abandoned
                from (select lesson_version_id, started, completed, abandoned from progress_versions
                        where lesson_id = :lesson
                    union all
                    select lesson_version_id, started, completed, abandoned from progress_lesson_deltas
                        where lesson_id = :lesson and started + completed + abandoned > 0) x
                group by lesson_version_id""").param("lesson", lessonId).query(rs -> {
            UUID versionId = rs.getObject("lesson_version_id", UUID.class);
            out.add(version(lessonId, versionId, rs.getInt("started"), rs.getInt("completed"), rs.getInt("abandoned"),
                    lang, failing));
        });
        out.sort(Comparator.comparingInt(VersionAnalytics::version).reversed());
        return out;
    }

    private VersionAnalytics version(UUID lessonId, UUID versionId, int started, int completed, int abandoned,
            String lang, Map<String, List<ReviewItem>> failing) {
        PublishedLesson lesson = catalog.version(versionId);
        Map<Integer, Integer> reached = new HashMap<>();
        db.sql("""
                select stage_index, sum(sessions) as sessions
                from (select stage_index, sessions from progress_stage_reached where lesson_version_id = :v
                    union all
                    select reached_stage, 1 from progress_lesson_deltas
                        where lesson_id = :lesson and lesson_version_id = :v and reached_stage is not null) x
                group by stage_index""")
                .param("v", versionId).param("lesson", lessonId).query(rs -> {
                    reached.put(rs.getInt("stage_index"), rs.getInt("sessions"));
                });
        List<FunnelStep> funnel = new ArrayList<>();
        List<StageDocument> stages = lesson.document().stages();
        Map<String, String> stageOf = new HashMap<>();
        Map<String, String> typeOf = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            StageDocument s = stages.get(i);
            funnel.add(new FunnelStep(s.key(), LessonDocument.pick(s.title(), lang), reached.getOrDefault(i, 0)));
            for (ActivityDocument a : s.activities()) {
                stageOf.put(a.key(), s.key());
                typeOf.put(a.key(), a.type().code());
            }
        }
        funnel.add(new FunnelStep("completed", null, completed));
        List<ActivityStats> activities = db.sql("""
                select activity_key, sum(attempts) as attempts, sum(score_sum) as score_sum,
                    sum(first_tries) as first_tries, sum(first_try_passes) as first_try_passes, sum(passes) as passes,
                    sum(pass_attempt_sum) as pass_attempt_sum
                from (select activity_key, attempts, score_sum, first_tries, first_try_passes, passes, pass_attempt_sum
                        from progress_activities where lesson_version_id = :v
                    union all
                    select activity_key, 1, score, first_try, first_try_pass, pass, pass_attempt
                        from progress_lesson_deltas
                        where lesson_id = :lesson and lesson_version_id = :v and activity_key is not null) x
                group by activity_key""")
                .param("v", versionId).param("lesson", lessonId).query((rs, i) -> {
                    String key = rs.getString("activity_key");
                    int attempts = rs.getInt("attempts");
                    int firstTries = rs.getInt("first_tries");
                    int passes = rs.getInt("passes");
                    return new ActivityStats(key, stageOf.get(key), typeOf.get(key), attempts, firstTries,
                            firstTries == 0 ? null : round4((double) rs.getInt("first_try_passes") / firstTries),
                            passes == 0 ? null : round2((double) rs.getLong("pass_attempt_sum") / passes),
                            attempts == 0 ? null : round2((double) rs.getLong("score_sum") / attempts),
                            failing.getOrDefault(key, List.of()));
                }).list();
        activities = new ArrayList<>(activities);
        activities.sort(Comparator.comparing((ActivityStats a) -> a.firstTryPassRate() == null ? 2.0 : a.firstTryPassRate())
                .thenComparing(a -> a.meanScore() == null ? 101.0 : a.meanScore())
                .thenComparing(ActivityStats::activityKey));
        return new VersionAnalytics(versionId, lesson.version(), started, completed, abandoned, funnel, activities);
    }

    private String title(UUID lessonId, String lang) {
        return catalog.latest(lessonId).map(l -> LessonDocument.pick(l.document().title(), lang)).orElse(null);
    }

    static LearnerRow learnerRow(ResultSet rs, int i) throws SQLException {
        java.math.BigDecimal avg = rs.getBigDecimal("average_score");
        return new LearnerRow(rs.getObject("learner_id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), rs.getString("instruction_lang"), rs.getInt("sessions_started"),
                rs.getInt("sessions_completed"), rs.getInt("sessions_abandoned"),
                avg == null ? null : avg.doubleValue(), rs.getLong("time_on_task_ms") / 1000,
                instant(rs, "last_active"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
