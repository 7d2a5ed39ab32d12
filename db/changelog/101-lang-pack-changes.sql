--liquibase formatted sql

--changeset koto:101-lang-pack-changes
-- every change to a language pack, with author and time (append-only); details: the changed JSON paths
create table lang_pack_changes (
    id      uuid primary key,
    code    varchar(8)   not null,
    at      timestamptz  not null,
    author  varchar(40)  not null,
    action  varchar(16)  not null,
    details jsonb        not null default '[]'::jsonb
);
create index lang_pack_changes_code_idx on lang_pack_changes (code, at desc);
create index lang_pack_changes_at_idx on lang_pack_changes (at desc);
--rollback drop table lang_pack_changes;
