--liquibase formatted sql

-- progress (issue 12 a, c): the per-lesson aggregates are no longer upserted by every learner's event
-- (hot rows serialised by row locks under load) but rolled up in batches from an append-only table of
-- deltas, by one worker at a time across instances (ProgressRollup, docs/progress.md). And cohorts by
-- region: accounts.region is the region a learner registered in (contract with ops, whose changeset 250
-- adds the same column; IF NOT EXISTS makes either order work), copied to progress_learners.
--changeset koto:202-progress-rollup-and-region
-- one row per applied learning event that changes a lesson-level figure; deleted when rolled up
create table progress_lesson_deltas (
    id                bigint generated always as identity primary key,
    lesson_version_id uuid        not null,
    lesson_id         uuid        not null,
    -- sessions started / completed / ended early (0 or 1)
    started           smallint    not null default 0,
    completed         smallint    not null default 0,
    abandoned         smallint    not null default 0,
    -- a session reached this stage index (0 at the start, i + 1 when stage i was completed); null: none
    reached_stage     integer,
    -- a turn on this activity; null: not a turn
    activity_key      varchar(80),
    stage_index       integer,
    score             integer     not null default 0,
    first_try         smallint    not null default 0,
    first_try_pass    smallint    not null default 0,
    pass              smallint    not null default 0,
    pass_attempt      integer     not null default 0,
    -- a failed answer, normalised (Answers.normalise) and as typed; null: none
    failed_answer     varchar(500),
    failed_example    text,
    occurred_at       timestamptz not null,
    -- when the listener applied the event (the lag gauge's age of a delta not yet rolled up)
    created_at        timestamptz not null default now()
);
-- lesson analytics and the answer review add a lesson's pending deltas to its aggregates (read your writes)
create index progress_lesson_deltas_lesson_idx on progress_lesson_deltas (lesson_id);

alter table accounts add column if not exists region varchar(8);
alter table progress_learners add column region varchar(8);
--rollback alter table progress_learners drop column region; drop table progress_lesson_deltas;
