--liquibase formatted sql

--changeset koto:002-content
-- lessons/stages/activities hold the editable draft; lesson_versions the immutable published snapshots
create table lessons (
    id                uuid primary key,
    slug              varchar(80)  not null unique,
    status            varchar(16)  not null check (status in ('draft', 'published', 'archived')),
    title             jsonb        not null,
    description       jsonb        not null default '{}'::jsonb,
    cefr_level        varchar(2)   not null,
    topik_level       smallint     not null check (topik_level between 1 and 6),
    target_lang       varchar(8)   not null default 'ko',
    instruction_langs jsonb        not null,
    latest_version    integer,
    created_at        timestamptz  not null,
    created_by        varchar(40)  not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(40)  not null
);

create table stages (
    id        uuid primary key,
    lesson_id uuid        not null references lessons (id) on delete cascade,
    position  integer     not null,
    key       varchar(80) not null,
    scene     varchar(32) not null,
    title     jsonb       not null,
    objective jsonb       not null,
    unique (lesson_id, key)
);
create index stages_lesson_idx on stages (lesson_id, position);

create table activities (
    id         uuid primary key,
    stage_id   uuid        not null references stages (id) on delete cascade,
    position   integer     not null,
    key        varchar(80) not null,
    type       varchar(16) not null check (type in ('dialogue', 'choice', 'repeat', 'fill_blank', 'ordering')),
    difficulty smallint    not null check (difficulty between 1 and 5),
    register   varchar(8)  not null check (register in ('polite', 'formal', 'casual')),
    tutor_line text        not null,
    body       jsonb       not null
);
create index activities_stage_idx on activities (stage_id, position);

create table lesson_versions (
    id           uuid primary key,
    lesson_id    uuid        not null references lessons (id),
    version      integer     not null,
    document     jsonb       not null,
    change_note  varchar(500),
    published_at timestamptz not null,
    published_by varchar(40) not null,
    unique (lesson_id, version)
);
--rollback drop table lesson_versions; drop table activities; drop table stages; drop table lessons;
