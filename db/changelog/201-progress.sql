--liquibase formatted sql

-- progress read models (docs/progress.md): kept current by the progress module's listeners from
-- tutoring's LearningEvents, rebuilt from session_events by ProgressRebuild. Every table is derived:
-- truncating them all and rebuilding gives the same figures.
--changeset koto:201-progress
-- which events were applied: (session, seq) of the log entry; makes every listener idempotent
create table progress_applied (
    session_id uuid    not null,
    seq        integer not null,
    primary key (session_id, seq)
);

create table progress_sessions (
    session_id        uuid primary key,
    learner_id        uuid        not null,
    lesson_id         uuid        not null,
    lesson_version_id uuid        not null,
    instruction_lang  varchar(8),
    status            varchar(16) not null default 'active',
    first_event_at    timestamptz not null,
    last_event_at     timestamptz not null,
    turns             integer     not null default 0,
    score_sum         bigint      not null default 0,
    total_score       smallint
);
create index progress_sessions_learner_idx on progress_sessions (learner_id, first_event_at desc);

create table progress_learners (
    learner_id         uuid primary key,
    username           varchar(40),
    display_name       varchar(80),
    instruction_lang   varchar(8),
    sessions_started   integer     not null default 0,
    sessions_completed integer     not null default 0,
    sessions_abandoned integer     not null default 0,
    turns              integer     not null default 0,
    score_sum          bigint      not null default 0,
    -- null until the first turn; kept as a column so the grid can sort and filter on it with an index
    average_score      numeric(5, 2),
    time_on_task_ms    bigint      not null default 0,
    last_active        timestamptz not null
);
-- one index per sortable grid column, in the exact order the grid asks for (col desc nulls last,
-- learner_id desc; ascending pages scan it backwards), so a page is an index range, not a sort
create index progress_learners_last_active_idx on progress_learners (last_active desc nulls last, learner_id desc);
create index progress_learners_username_idx on progress_learners (username desc nulls last, learner_id desc);
create index progress_learners_sessions_idx on progress_learners (sessions_started desc nulls last, learner_id desc);
create index progress_learners_score_idx on progress_learners (average_score desc nulls last, learner_id desc);
create index progress_learners_lang_idx on progress_learners (instruction_lang desc nulls last, learner_id desc);
-- the name filter matches the start of the username or of the display name
create index progress_learners_username_prefix_idx on progress_learners (lower(username) text_pattern_ops);
create index progress_learners_display_prefix_idx on progress_learners (lower(display_name) text_pattern_ops);

create table progress_learner_weeks (
    learner_id uuid    not null,
    week       date    not null,
    turns      integer not null default 0,
    score_sum  bigint  not null default 0,
    primary key (learner_id, week)
);

create table progress_learner_lessons (
    learner_id         uuid        not null,
    lesson_id          uuid        not null,
    sessions_started   integer     not null default 0,
    sessions_completed integer     not null default 0,
    best_score         smallint,
    last_active        timestamptz not null,
    primary key (learner_id, lesson_id)
);

create table progress_weak_points (
    learner_id uuid        not null,
    category   varchar(32) not null,
    week       date        not null,
    errors     integer     not null default 0,
    primary key (learner_id, category, week)
);

create table progress_weak_examples (
    session_id  uuid        not null,
    seq         integer     not null,
    ordinal     integer     not null,
    learner_id  uuid        not null,
    category    varchar(32) not null,
    answer      text        not null,
    original    text        not null,
    correction  text        not null,
    -- the accepted answer closest to the learner's (the evaluation's model answer)
    corrected   text,
    occurred_at timestamptz not null,
    primary key (session_id, seq, ordinal)
);
create index progress_weak_examples_learner_idx on progress_weak_examples (learner_id, category, occurred_at desc);

create table progress_versions (
    lesson_version_id uuid primary key,
    lesson_id         uuid    not null,
    started           integer not null default 0,
    completed         integer not null default 0,
    abandoned         integer not null default 0
);
create index progress_versions_lesson_idx on progress_versions (lesson_id);

-- reached[i]: sessions that reached stage i (stage 0: started)
create table progress_stage_reached (
    lesson_version_id uuid    not null,
    stage_index       integer not null,
    sessions          integer not null default 0,
    primary key (lesson_version_id, stage_index)
);

create table progress_activities (
    lesson_version_id uuid        not null,
    activity_key      varchar(80) not null,
    stage_index       integer     not null,
    attempts          integer     not null default 0,
    score_sum         bigint      not null default 0,
    first_tries       integer     not null default 0,
    first_try_passes  integer     not null default 0,
    passes            integer     not null default 0,
    pass_attempt_sum  bigint      not null default 0,
    primary key (lesson_version_id, activity_key)
);

-- failing answers per lesson activity (over all versions), normalised; the answer review queue
create table progress_answers (
    lesson_id    uuid         not null,
    activity_key varchar(80)  not null,
    normalized   varchar(500) not null,
    example      text         not null,
    failures     integer      not null default 0,
    reports      integer      not null default 0,
    status       varchar(16)  not null default 'open' check (status in ('open', 'accepted', 'dismissed')),
    decided_by   varchar(40),
    decided_at   timestamptz,
    last_seen    timestamptz  not null,
    primary key (lesson_id, activity_key, normalized)
);
create index progress_answers_queue_idx on progress_answers (lesson_id, status, reports desc, failures desc);

-- "my answer should be accepted" flags: one per turn
create table progress_reports (
    session_id   uuid         not null,
    seq          integer      not null,
    learner_id   uuid         not null,
    lesson_id    uuid         not null,
    activity_key varchar(80)  not null,
    normalized   varchar(500) not null,
    reported_at  timestamptz  not null,
    primary key (session_id, seq)
);
--rollback drop table progress_reports; drop table progress_answers; drop table progress_activities; drop table progress_stage_reached; drop table progress_versions; drop table progress_weak_examples; drop table progress_weak_points; drop table progress_learner_lessons; drop table progress_learner_weeks; drop table progress_learners; drop table progress_sessions; drop table progress_applied;
