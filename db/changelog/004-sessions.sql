--liquibase formatted sql

--changeset koto:004-sessions
create table sessions (
    id                uuid primary key,
    learner_id        uuid        not null references accounts (id),
    lesson_id         uuid        not null references lessons (id),
    lesson_version_id uuid        not null references lesson_versions (id),
    instruction_lang  varchar(8)  not null,
    status            varchar(16) not null check (status in ('active', 'completed', 'ended')),
    stage_index       integer     not null,
    activity_index    integer     not null,
    attempts          integer     not null default 0,
    total_score       smallint,
    started_at        timestamptz not null,
    updated_at        timestamptz not null,
    finished_at       timestamptz,
    lock_version      bigint      not null default 0
);
create index sessions_learner_idx on sessions (learner_id, started_at desc);

create table session_events (
    id              bigserial primary key,
    session_id      uuid        not null references sessions (id),
    seq             integer     not null,
    type            varchar(32) not null,
    activity_key    varchar(80),
    client_event_id varchar(64),
    payload         jsonb       not null,
    -- for user_input: the whole turn result, replayed when the client retries the same client_event_id
    response        jsonb,
    created_at      timestamptz not null,
    unique (session_id, seq)
);
create unique index session_events_client_uq on session_events (session_id, client_event_id)
    where client_event_id is not null;
--rollback drop table session_events; drop table sessions;

--changeset koto:004-session-events-append-only splitStatements:false
create function session_events_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'session_events is append-only (% refused)', tg_op;
end
$$;
create trigger session_events_no_update_delete
    before update or delete on session_events
    for each statement execute function session_events_append_only();
--rollback drop trigger session_events_no_update_delete on session_events; drop function session_events_append_only();
