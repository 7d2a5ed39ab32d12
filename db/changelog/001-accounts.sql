--liquibase formatted sql

--changeset koto:001-accounts
create table accounts (
    id               uuid primary key,
    username         varchar(40)  not null,
    password_hash    varchar(200) not null,
    display_name     varchar(80)  not null,
    role             varchar(16)  not null check (role in ('ADMIN', 'TEACHER', 'LEARNER')),
    instruction_lang varchar(8)   not null default 'en',
    enabled          boolean      not null default true,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);
create unique index accounts_username_uq on accounts (lower(username));
--rollback drop table accounts;
