package com.koto.tutoring.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The turn path's access to {@code sessions} and {@code session_events}, in plain JDBC so that a
 * turn costs a known number of round trips:
 * <ul>
 * <li>{@link #read}: the session row and, in the same query, the earlier result of a
 *     {@code client_event_id} (optionally {@code FOR UPDATE}, the per-session lock);</li>
 * <li>{@link #append}: the session update, all the turn's events and (voice answers) the
 *     {@code audio_files} status in <em>one</em> statement (data-modifying CTEs; the events go in
 *     as arrays through {@code unnest}). Sequence numbers come from {@code sessions.last_seq} of
 *     the locked row, so nothing is read before writing and two appends can never collide on
 *     {@code (session_id, seq)}: every append holds the row lock.</li>
 * </ul>
 * Callers run {@link #append} in a transaction that took the lock with {@code read(…, lock=true)}.
 */
@Repository
public class SessionStore {

    private static final String COLUMNS = "s.id, s.learner_id, s.lesson_id, s.lesson_version_id, s.instruction_lang, "
            + "s.status, s.stage_index, s.activity_index, s.attempts, s.total_score, s.started_at, s.updated_at, "
            + "s.finished_at, s.last_seq, s.lock_version";

    private static final String EVENTS_FROM_ARRAYS = "select %s, e.seq, e.type, e.activity_key, e.client_event_id, "
            + "e.payload::jsonb, e.response::jsonb, ? from unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[]) as e(seq, type, activity_key, client_event_id, payload, response)";

    private final JdbcTemplate jdbc;

    SessionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One event to append.
     *
     * @param payload  JSON text
     * @param response JSON text of the turn result kept for replays ({@code user_input} only), else {@code null}
     */
    public record NewEvent(SessionEventType type, String activityKey, String clientEventId, String payload, String response) {
    }

    /**
     * What became of a voice answer, written in the same statement as its events.
     *
     * @param status {@code done} or {@code failed}
     */
    public record AudioOutcome(UUID audioId, String status, String transcript, String errorCode) {
    }

    /**
     * A session row with the earlier use of a {@code client_event_id}, if any.
     *
     * @param priorExists   whether an event with the client_event_id exists already
     * @param priorResponse that event's stored turn result (JSON), {@code null} when it has none
     *                      (e.g. a failed voice answer's {@code audio_failed})
     */
    public record Read(SessionRow row, boolean priorExists, String priorResponse) {
    }

    /**
     * Reads a session.
     *
     * @param learnerId     the owner, or {@code null} for a system read (voice answer processing)
     * @param clientEventId looked up in the same query; {@code null} for none
     * @param lock          {@code FOR UPDATE}: held until the surrounding transaction ends
     * @return empty for an unknown session or one of another learner
     */
    public Optional<Read> read(UUID sessionId, UUID learnerId, String clientEventId, boolean lock) {
        String sql = "select " + COLUMNS + ", p.id is not null as prior_exists, p.response::text as prior_response "
                + "from sessions s left join lateral (select e.id, e.response from session_events e "
                + "where e.session_id = s.id and e.client_event_id = ? limit 1) p on true where s.id = ?"
                + (learnerId == null ? "" : " and s.learner_id = ?") + (lock ? " for update of s" : "");
        Object[] args = learnerId == null ? new Object[] {clientEventId, sessionId}
                : new Object[] {clientEventId, sessionId, learnerId};
        List<Read> rows = jdbc.query(sql, (rs, i) -> new Read(row(rs), rs.getBoolean("prior_exists"),
                rs.getString("prior_response")), args);
        return rows.stream().findFirst();
    }

    /**
     * The earlier use of a {@code client_event_id} in a session, read by a statement of its own:
     * under the row lock it sees every turn committed before the lock was granted (the lookup
     * inside {@link #read}'s locking query runs on that query's snapshot, taken before waiting).
     *
     * @return the stored turn result (JSON, {@code null} when the event has none), or empty when unused
     */
    public Optional<Optional<String>> prior(UUID sessionId, String clientEventId) {
        return jdbc.query("select response::text from session_events where session_id = ? and client_event_id = ? "
                + "limit 1", (rs, i) -> Optional.ofNullable(rs.getString(1)), sessionId, clientEventId)
                .stream().findFirst();
    }

    /**
     * One page of a learner's sessions.
     *
     * @param total the learner's sessions matching the filter, on all pages
     */
    public record Page(List<SessionRow> rows, long total) {
    }

    /**
     * A learner's sessions, newest first (index {@code sessions_learner_idx}).
     *
     * @param status {@code null} for every status
     * @param page   0-based
     */
    public Page list(UUID learnerId, SessionStatus status, int page, int size) {
        String filter = " from sessions s where s.learner_id = ?" + (status == null ? "" : " and s.status = ?");
        Object[] args = status == null ? new Object[] {learnerId} : new Object[] {learnerId, status.wireName()};
        Long total = jdbc.queryForObject("select count(*)" + filter, Long.class, args);
        List<Object> pageArgs = new java.util.ArrayList<>(List.of(args));
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<SessionRow> rows = jdbc.query("select " + COLUMNS + filter + " order by s.started_at desc, s.id desc "
                + "limit ? offset ?", (rs, i) -> row(rs), pageArgs.toArray());
        return new Page(rows, total == null ? 0 : total);
    }

    /** A session by id, whoever owns it (staff reads); empty when unknown. */
    public Optional<SessionRow> find(UUID sessionId) {
        return jdbc.query("select " + COLUMNS + " from sessions s where s.id = ?", (rs, i) -> row(rs), sessionId)
                .stream().findFirst();
    }

    /**
     * Every session in start order, one keyset page at a time (for replays that rebuild read models).
     *
     * @param after the last row of the previous page, or {@code null} for the first page
     * @param size  rows per page
     */
    public List<SessionRow> pageInStartOrder(SessionRow after, int size) {
        if (after == null) {
            return jdbc.query("select " + COLUMNS + " from sessions s order by s.started_at, s.id limit ?",
                    (rs, i) -> row(rs), size);
        }
        return jdbc.query("select " + COLUMNS + " from sessions s where (s.started_at, s.id) > (?, ?) "
                + "order by s.started_at, s.id limit ?", (rs, i) -> row(rs), utc(after.startedAt()), after.id(), size);
    }

    /** Creates a session with its first events, in one statement. */
    public void create(SessionRow row, List<NewEvent> events, Instant now) {
        String sql = "with s as (insert into sessions (id, learner_id, lesson_id, lesson_version_id, instruction_lang, "
                + "status, stage_index, activity_index, attempts, started_at, updated_at, last_seq, lock_version) "
                + "values (?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, 0) returning id) "
                + "insert into session_events (session_id, seq, type, activity_key, client_event_id, payload, response, "
                + "created_at) " + EVENTS_FROM_ARRAYS.formatted("(select id from s)");
        int inserted = jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            int i = 1;
            ps.setObject(i++, row.id());
            ps.setObject(i++, row.learnerId());
            ps.setObject(i++, row.lessonId());
            ps.setObject(i++, row.lessonVersionId());
            ps.setString(i++, row.instructionLang());
            ps.setString(i++, row.status().wireName());
            ps.setObject(i++, utc(now));
            ps.setObject(i++, utc(now));
            ps.setInt(i++, events.size());
            bindEvents(con, ps, i, 1, events, now);
            return ps;
        });
        check(inserted, events.size(), row.id());
    }

    /**
     * Writes a change of a locked session: the row as {@code after} (with {@code last_seq} advanced
     * by the number of events and {@code lock_version} bumped), the events numbered from
     * {@code before.lastSeq() + 1}, and the voice answer's outcome, as one statement.
     *
     * @param before the row as locked by this transaction
     * @param after  the row to write (its lastSeq/lockVersion are ignored)
     * @param audio  a voice answer's outcome, or {@code null}
     * @return the row as written
     * @throws IncorrectUpdateSemanticsDataAccessException when the row changed since it was locked
     *                                                     (a caller that did not hold the lock)
     */
    public SessionRow append(SessionRow before, SessionRow after, List<NewEvent> events, Instant now, AudioOutcome audio) {
        int inserted = write(before, after, events, now, audio);
        check(inserted, events.size(), before.id());
        return written(before, after, events, now);
    }

    /**
     * {@link #append} without holding the lock first: the same single statement, which writes only
     * if the row still has {@code before}'s {@code lock_version} (its UPDATE takes the row lock, and
     * waits for a transaction holding it, then re-checks the version). One round trip instead of a
     * locking read plus the write; the lock is held from this statement to the commit.
     *
     * @return the row as written, or empty when the session was written since {@code before} was
     *         read (then nothing was written, a voice answer's status included)
     */
    public Optional<SessionRow> tryAppend(SessionRow before, SessionRow after, List<NewEvent> events, Instant now,
            AudioOutcome audio) {
        int inserted = write(before, after, events, now, audio);
        if (inserted == 0) {
            return Optional.empty();
        }
        check(inserted, events.size(), before.id());
        return Optional.of(written(before, after, events, now));
    }

    private int write(SessionRow before, SessionRow after, List<NewEvent> events, Instant now, AudioOutcome audio) {
        int lastSeq = before.lastSeq() + events.size();
        StringBuilder sql = new StringBuilder("with s as (update sessions set status = ?, stage_index = ?, "
                + "activity_index = ?, attempts = ?, total_score = ?, updated_at = ?, finished_at = ?, last_seq = ?, "
                + "lock_version = lock_version + 1 where id = ? and lock_version = ? returning id)");
        if (audio != null) {
            // only together with the session's update: a turn that does not write leaves the voice answer as it was
            sql.append(", a as (update audio_files set status = ?, transcript = ?, error_code = ?, processed_at = ? "
                    + "where id = ? and status = 'processing' and exists (select 1 from s))");
        }
        sql.append(" insert into session_events (session_id, seq, type, activity_key, client_event_id, payload, "
                + "response, created_at) ").append(EVENTS_FROM_ARRAYS.formatted("s.id")).append(", s");
        return jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql.toString());
            int i = 1;
            ps.setString(i++, after.status().wireName());
            ps.setInt(i++, after.stageIndex());
            ps.setInt(i++, after.activityIndex());
            ps.setInt(i++, after.attempts());
            if (after.totalScore() == null) {
                ps.setNull(i++, Types.SMALLINT);
            } else {
                ps.setShort(i++, after.totalScore().shortValue());
            }
            ps.setObject(i++, utc(now));
            ps.setObject(i++, after.finishedAt() == null ? null : utc(after.finishedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setInt(i++, lastSeq);
            ps.setObject(i++, before.id());
            ps.setLong(i++, before.lockVersion());
            if (audio != null) {
                ps.setString(i++, audio.status());
                ps.setString(i++, audio.transcript());
                ps.setString(i++, audio.errorCode());
                ps.setObject(i++, utc(now));
                ps.setObject(i++, audio.audioId());
            }
            bindEvents(con, ps, i, before.lastSeq() + 1, events, now);
            return ps;
        });
    }

    private static SessionRow written(SessionRow before, SessionRow after, List<NewEvent> events, Instant now) {
        return new SessionRow(after.id(), after.learnerId(), after.lessonId(), after.lessonVersionId(),
                after.instructionLang(), after.status(), after.stageIndex(), after.activityIndex(), after.attempts(),
                after.totalScore(), after.startedAt(), now, after.finishedAt(), before.lastSeq() + events.size(),
                before.lockVersion() + 1);
    }

    /** Locks a voice answer's row ({@code FOR UPDATE}) and returns its status; empty when unknown. */
    public Optional<String> lockAudioStatus(UUID audioId) {
        return jdbc.query("select status from audio_files where id = ? for update", (rs, i) -> rs.getString(1), audioId)
                .stream().findFirst();
    }

    /** Records a voice answer's outcome without an event (its session was no longer active). */
    public void finishAudio(AudioOutcome audio, Instant now) {
        jdbc.update("update audio_files set status = ?, transcript = ?, error_code = ?, processed_at = ? "
                + "where id = ? and status = 'processing'", audio.status(), audio.transcript(), audio.errorCode(),
                utc(now), audio.audioId());
    }

    /**
     * Scores of the session's recorded evaluations by activity key, in log order: {@code [sum, count]}.
     */
    public Map<String, int[]> evaluationScores(UUID sessionId) {
        Map<String, int[]> perActivity = new LinkedHashMap<>();
        jdbc.query("select activity_key, (payload ->> 'score')::int as score from session_events "
                + "where session_id = ? and type = 'evaluation' order by seq", rs -> {
                    int[] acc = perActivity.computeIfAbsent(rs.getString(1), k -> new int[2]);
                    acc[0] += rs.getInt(2);
                    acc[1]++;
                }, sessionId);
        return perActivity;
    }

    private static void bindEvents(Connection con, PreparedStatement ps, int from, int firstSeq, List<NewEvent> events,
            Instant now) throws SQLException {
        int n = events.size();
        Integer[] seq = new Integer[n];
        String[] type = new String[n];
        String[] activityKey = new String[n];
        String[] clientEventId = new String[n];
        String[] payload = new String[n];
        String[] response = new String[n];
        for (int k = 0; k < n; k++) {
            NewEvent e = events.get(k);
            seq[k] = firstSeq + k;
            type[k] = e.type().wireName();
            activityKey[k] = e.activityKey();
            clientEventId[k] = e.clientEventId();
            payload[k] = e.payload();
            response[k] = e.response();
        }
        int i = from;
        ps.setObject(i++, utc(now));
        ps.setArray(i++, con.createArrayOf("integer", seq));
        for (String[] column : List.of(type, activityKey, clientEventId, payload, response)) {
            Array array = con.createArrayOf("text", column);
            ps.setArray(i++, array);
        }
    }

    private static void check(int inserted, int expected, UUID sessionId) {
        if (inserted != expected) {
            throw new IncorrectUpdateSemanticsDataAccessException("Session " + sessionId + " changed while locked: "
                    + inserted + " of " + expected + " events written");
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static SessionRow row(ResultSet rs) throws SQLException {
        int score = rs.getInt("total_score");
        Integer totalScore = rs.wasNull() ? null : score;
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new SessionRow(rs.getObject("id", UUID.class), rs.getObject("learner_id", UUID.class),
                rs.getObject("lesson_id", UUID.class), rs.getObject("lesson_version_id", UUID.class),
                rs.getString("instruction_lang"), SessionStatus.fromWire(rs.getString("status")), rs.getInt("stage_index"),
                rs.getInt("activity_index"), rs.getInt("attempts"), totalScore,
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), rs.getInt("last_seq"), rs.getLong("lock_version"));
    }
}
