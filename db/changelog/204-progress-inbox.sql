--liquibase formatted sql

-- The progress module's inbox (session 4, issue #12): every LearningEvent is inserted here by a
-- synchronous listener inside the transaction that publishes it (the turn's), and deleted by the
-- transaction that applies it to the read models, in batches (ProgressApplier). It replaces the
-- event publication registry for the read models: the registry's bookkeeping (processing and
-- completion, two autocommit statements per event on the pool) cost more than the update itself.
--changeset koto:204-progress-inbox
create table progress_inbox (
    id          bigint generated always as identity primary key,
    event_type  text        not null,
    payload     text        not null,
    created_at  timestamptz not null default now(),
    -- a failed event is retried from this time on (koto.progress.retry-after after the failure)
    due_at      timestamptz not null default now(),
    attempts    integer     not null default 0
);
create index progress_inbox_due_idx on progress_inbox (due_at, id);
--rollback drop table progress_inbox;
