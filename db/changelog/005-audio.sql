--liquibase formatted sql

--changeset koto:005-audio-files
create table audio_files (
    id           uuid primary key,
    owner_id     uuid         not null references accounts (id),
    session_id   uuid         not null references sessions (id),
    object_key   varchar(300) not null,
    content_type varchar(40)  not null,
    duration_ms  integer,
    size_bytes   integer      not null,
    sha256       varchar(64)  not null,
    status       varchar(16)  not null check (status in ('processing', 'done', 'failed')),
    transcript   text,
    error_code   varchar(40),
    created_at   timestamptz  not null,
    processed_at timestamptz
);
create index audio_files_session_idx on audio_files (session_id, created_at);
--rollback drop table audio_files;
