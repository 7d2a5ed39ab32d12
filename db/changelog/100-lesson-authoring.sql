--liquibase formatted sql

--changeset koto:100-lesson-authoring
-- revision: optimistic lock of the draft (two teachers editing the same lesson);
-- unpublished_changes: the draft differs from the latest published version
alter table lessons add column revision integer not null default 0;
alter table lessons add column unpublished_changes boolean not null default false;
update lessons set unpublished_changes = (latest_version is null);

-- every change to a lesson, with author and time (append-only)
create table lesson_changes (
    id        uuid primary key,
    lesson_id uuid         not null references lessons (id) on delete cascade,
    at        timestamptz  not null,
    author    varchar(40)  not null,
    action    varchar(16)  not null,
    note      varchar(500),
    details   jsonb        not null default '[]'::jsonb
);
create index lesson_changes_lesson_idx on lesson_changes (lesson_id, at desc);
create index lesson_changes_at_idx on lesson_changes (at desc);
--rollback drop table lesson_changes; alter table lessons drop column unpublished_changes; alter table lessons drop column revision;
