--liquibase formatted sql

-- Spring Modulith's JPA event publication registry (spring-modulith-events-jpa 2.1.x entities
-- DefaultJpaEventPublication / ArchivedJpaEventPublication): one row per (event, transactional
-- listener), written in the transaction that publishes the event, completed (deleted, see
-- spring.modulith.events.completion-mode) when the listener succeeds. Incomplete rows are
-- resubmitted after a restart.
--changeset koto:200-event-publication
create table event_publication (
    id                     uuid primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 varchar(16),
    completion_attempts    integer     not null default 0,
    last_resubmission_date timestamptz
);
create index event_publication_incomplete_idx on event_publication (publication_date)
    where completion_date is null;
create table event_publication_archive (
    id                     uuid primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 varchar(16),
    completion_attempts    integer     not null default 0,
    last_resubmission_date timestamptz
);
--rollback drop table event_publication_archive; drop table event_publication;
