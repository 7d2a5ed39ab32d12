package com.koto.progress;

import com.koto.content.ActivityDocument;
import com.koto.content.DraftLesson;
import com.koto.content.LessonDocument;
import com.koto.content.LessonLibrary;
import com.koto.content.StageDocument;
import com.koto.platform.ConflictException;
import com.koto.platform.NotFoundException;
import com.koto.progress.ProgressRecords.Report;
import com.koto.progress.ProgressRecords.ReviewItem;
import com.koto.progress.internal.Answers;
import com.koto.progress.internal.StaffAccess;
import com.koto.tutoring.LessonOrchestrator;
import com.koto.tutoring.SessionView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer review queue: per lesson activity, the answers learners gave that failed, most
 * frequent first, with those learners flagged "should be accepted" ranked above all others.
 * Accepting one adds it to the activity's accepted answers in the lesson's draft through
 * {@link LessonLibrary#saveDraft} (so it is in the lesson's change log and goes live on the next
 * publish); dismissing hides it. Staff: ADMIN, or TEACHER for lessons they author.
 */
@Service
public class AnswerReview {

    /**
     * The failing answers of the lesson {@code :lesson} as the review sees them: the rows of
     * {@code progress_answers} plus the failures still waiting in {@code progress_lesson_deltas} (not
     * rolled up yet), one statement, so an answer counts once whether or not it was rolled up. Columns
     * as {@link #item}.
     */
    static final String ANSWERS_OF_LESSON = """
            (select coalesce(a.lesson_id, p.lesson_id) as lesson_id, coalesce(a.activity_key, p.activity_key)
                    as activity_key, coalesce(a.normalized, p.normalized) as normalized,
                    coalesce(a.example, p.example) as example,
                    coalesce(a.failures, 0) + coalesce(p.failures, 0) as failures, coalesce(a.reports, 0) as reports,
                    coalesce(a.status, 'open') as status
                from (select * from progress_answers where lesson_id = :lesson) a
                full join (select lesson_id, activity_key, failed_answer as normalized,
                        (array_agg(failed_example order by id))[1] as example, count(*) as failures
                    from progress_lesson_deltas where lesson_id = :lesson and failed_answer is not null
                    group by lesson_id, activity_key, failed_answer) p
                on a.activity_key = p.activity_key and a.normalized = p.normalized) answers""" + " ";

    /** Flagged first, then by reports, then by failures, then alphabetically. */
    static final Comparator<ReviewItem> QUEUE_ORDER = Comparator.comparing((ReviewItem r) -> r.reports() == 0)
            .thenComparing(Comparator.comparingInt(ReviewItem::reports).reversed())
            .thenComparing(Comparator.comparingInt(ReviewItem::failures).reversed())
            .thenComparing(ReviewItem::normalized);

    private final JdbcClient db;
    private final LessonLibrary library;
    private final LessonOrchestrator sessions;
    private final StaffAccess access;
    private final Clock clock;

    AnswerReview(JdbcClient db, LessonLibrary library, LessonOrchestrator sessions, StaffAccess access, Clock clock) {
        this.db = db;
        this.library = library;
        this.sessions = sessions;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The open review items of a lesson (optionally one activity), queue order.
     *
     * @param limit at most this many, 1–500
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEACHER')")
    @Transactional(readOnly = true)
    public List<ReviewItem> queue(UUID lessonId, String activityKey, int limit) {
        access.checkLesson(lessonId);
        return db.sql("select * from " + ANSWERS_OF_LESSON + """
                 where status = 'open' and (cast(:key as varchar) is null or activity_key = :key)
                order by (reports > 0) desc, reports desc, failures desc, normalized limit :limit""")
                .param("lesson", lessonId).param("key", activityKey).param("limit", Math.max(1, Math.min(limit, 500)))
                .query(AnswerReview::row).list();
    }

    /**
     * Accepts a failing answer: appends its example text to the activity's accepted answers in the
     * draft (unless an accepted answer normalises to the same text) and marks it accepted.
     *
     * @throws NotFoundException for an unknown item, or an activity no longer in the draft
     * @throws ConflictException for a choice activity (its answers are its options) or an item decided before
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEACHER')")
    @Transactional
    public DraftLesson accept(UUID lessonId, String activityKey, String normalized) {
        access.checkLesson(lessonId);
        ReviewItem item = open(lessonId, activityKey, normalized);
        DraftLesson draft = library.get(lessonId);
        LessonDocument doc = draft.draft();
        List<StageDocument> stages = new ArrayList<>(doc.stages());
        boolean found = false;
        for (int s = 0; s < stages.size() && !found; s++) {
            StageDocument stage = stages.get(s);
            List<ActivityDocument> activities = new ArrayList<>(stage.activities());
            for (int i = 0; i < activities.size(); i++) {
                ActivityDocument a = activities.get(i);
                if (!a.key().equals(activityKey)) {
                    continue;
                }
                if (a.type() == com.koto.content.ActivityType.CHOICE) {
                    throw new ConflictException("'" + activityKey + "' is a choice activity: its accepted answer is "
                            + "its correct option; edit the options instead.");
                }
                found = true;
                if (a.acceptedAnswers().stream().noneMatch(x -> Answers.normalise(x).equals(normalized))) {
                    List<String> accepted = new ArrayList<>(a.acceptedAnswers());
                    accepted.add(item.example());
                    activities.set(i, new ActivityDocument(a.key(), a.type(), a.difficulty(), a.register(),
                            a.tutorLine(), a.tutorLineTranslation(), a.instruction(), a.sentence(), a.tiles(), accepted,
                            a.patterns(), a.options(), a.successReply(), a.successReplyTranslation(), a.hint()));
                    stages.set(s, new StageDocument(stage.key(), stage.scene(), stage.title(), stage.objective(),
                            activities));
                }
                break;
            }
        }
        if (!found) {
            throw new NotFoundException("The draft of this lesson has no activity '" + activityKey + "'.");
        }
        DraftLesson saved = library.saveDraft(lessonId, draft.revision(), new LessonDocument(doc.format(), doc.slug(),
                doc.title(), doc.description(), doc.level(), doc.targetLang(), doc.instructionLangs(), stages));
        decide(lessonId, activityKey, normalized, "accepted");
        return saved;
    }

    /**
     * Dismisses a failing answer: it leaves the queue (and the analytics' top failing answers).
     *
     * @throws NotFoundException for an unknown item
     * @throws ConflictException for an item decided before
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEACHER')")
    @Transactional
    public void dismiss(UUID lessonId, String activityKey, String normalized) {
        access.checkLesson(lessonId);
        open(lessonId, activityKey, normalized);
        decide(lessonId, activityKey, normalized, "dismissed");
    }

    private ReviewItem open(UUID lessonId, String activityKey, String normalized) {
        // an answer whose failures are still deltas (not rolled up yet) gets its row now, to carry the decision
        db.sql("""
                insert into progress_answers (lesson_id, activity_key, normalized, example, failures, last_seen)
                select lesson_id, activity_key, failed_answer, (array_agg(failed_example order by id))[1], 0,
                    max(occurred_at)
                from progress_lesson_deltas where lesson_id = ? and activity_key = ? and failed_answer = ?
                group by lesson_id, activity_key, failed_answer
                on conflict do nothing""").params(lessonId, activityKey, normalized).update();
        ReviewItem item = db.sql("""
                select * from progress_answers where lesson_id = ? and activity_key = ? and normalized = ? for update""")
                .params(lessonId, activityKey, normalized).query(AnswerReview::row).optional()
                .orElseThrow(() -> new NotFoundException("There is no failing answer '" + normalized + "' for '"
                        + activityKey + "'."));
        if (!"open".equals(item.status())) {
            throw new ConflictException("The answer '" + normalized + "' was " + item.status() + " already.");
        }
        return item;
    }

    private void decide(UUID lessonId, String activityKey, String normalized, String status) {
        db.sql("""
                update progress_answers set status = ?, decided_by = ?, decided_at = ?
                where lesson_id = ? and activity_key = ? and normalized = ?""")
                .params(status, access.username(), Timestamp.from(clock.instant()), lessonId, activityKey, normalized)
                .update();
    }

    /**
     * A learner flags one of their answers "should be accepted". Idempotent: a second call returns
     * the first report with {@code created = false}.
     *
     * @param eventId the {@code seq} of the {@code user_input} entry in the session's log
     * @throws NotFoundException for an unknown session, another learner's session or an unknown event
     * @throws ConflictException when the event is not an answer, or the answer passed
     */
    @Transactional
    public Report report(UUID learnerId, UUID sessionId, int eventId) {
        SessionView session = sessions.get(learnerId, sessionId);
        List<SessionView.EventView> log = session.events();
        SessionView.EventView input = log.stream().filter(e -> e.seq() == eventId).findFirst()
                .orElseThrow(() -> new NotFoundException("Session " + sessionId + " has no event " + eventId + "."));
        if (!"user_input".equals(input.type())) {
            throw new ConflictException("Event " + eventId + " is a " + input.type()
                    + ", not an answer: only answers can be reported.");
        }
        SessionView.EventView evaluation = log.stream()
                .filter(e -> e.seq() > eventId && "evaluation".equals(e.type())).findFirst()
                .orElseThrow(() -> new ConflictException("Answer " + eventId + " has no evaluation to dispute."));
        if (Boolean.TRUE.equals(field(evaluation.payload(), "passed"))) {
            throw new ConflictException("Answer " + eventId + " was accepted already.");
        }
        String answer = String.valueOf(field(input.payload(), "text"));
        String normalized = Answers.normalise(answer);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        int created = db.sql("""
                insert into progress_reports (session_id, seq, learner_id, lesson_id, activity_key, normalized, reported_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(sessionId, eventId, learnerId, session.lessonId(), input.activityKey(), normalized,
                        Timestamp.from(now)).update();
        if (created == 1) {
            db.sql("""
                    insert into progress_answers (lesson_id, activity_key, normalized, example, reports, last_seen)
                    values (?, ?, ?, ?, 1, ?)
                    on conflict (lesson_id, activity_key, normalized) do update set
                        reports = progress_answers.reports + 1""")
                    .params(session.lessonId(), input.activityKey(), normalized, answer.strip(), Timestamp.from(now))
                    .update();
            return new Report(sessionId, eventId, input.activityKey(), answer, now, true);
        }
        Instant first = db.sql("select reported_at from progress_reports where session_id = ? and seq = ?")
                .params(sessionId, eventId).query(Timestamp.class).single().toInstant();
        return new Report(sessionId, eventId, input.activityKey(), answer, first, false);
    }

    private static Object field(Object payload, String name) {
        if (payload instanceof Map<?, ?> m) {
            return m.get(name);
        }
        if (payload instanceof tools.jackson.databind.JsonNode n) {
            tools.jackson.databind.JsonNode v = n.path(name);
            return v.isBoolean() ? (Object) v.asBoolean() : v.isMissingNode() ? null : v.asString();
        }
        return null;
    }

    static ReviewItem item(ResultSet rs) throws SQLException {
        return new ReviewItem(rs.getObject("lesson_id", UUID.class), rs.getString("activity_key"),
                rs.getString("normalized"), rs.getString("example"), rs.getInt("failures"), rs.getInt("reports"),
                rs.getString("status"));
    }

    static ReviewItem row(ResultSet rs, int i) throws SQLException {
        return item(rs);
    }
}
