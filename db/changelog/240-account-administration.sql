--liquibase formatted sql

--changeset koto:240-account-administration
-- a password set by an admin (new account, reset) must be replaced by its owner at the next console sign-in
alter table accounts add column must_change_password boolean not null default false;
-- sign-ins, failed sign-ins and account changes (append-only), shown in the console's activity log;
-- actor: who acted (the signing-in user, or the admin); subject: the account acted on (the username
-- typed, for a failed sign-in); details: e.g. the new role
create table account_events (
    id      uuid primary key,
    at      timestamptz  not null,
    actor   varchar(40)  not null,
    subject varchar(40)  not null,
    action  varchar(24)  not null,
    details varchar(200) not null default ''
);
create index account_events_at_idx on account_events (at desc);
--rollback drop table account_events; alter table accounts drop column must_change_password;
