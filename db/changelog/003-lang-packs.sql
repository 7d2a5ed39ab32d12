--liquibase formatted sql

--changeset koto:003-lang-packs
create table lang_packs (
    code             varchar(8)  primary key,
    name             varchar(120) not null,
    instruction_lang varchar(8)  not null,
    target_lang      varchar(8)  not null,
    version          varchar(20) not null,
    -- the pack exactly as imported (text, not jsonb, so export is byte-stable)
    document         text        not null,
    updated_at       timestamptz not null,
    updated_by       varchar(40) not null
);
--rollback drop table lang_packs;
