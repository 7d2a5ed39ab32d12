--liquibase formatted sql

--changeset koto:210-refresh-tokens
-- Rotating refresh tokens (issue #13). Only the SHA-256 of a token is stored. A login starts a
-- family; each refresh marks its token used and adds the next one to the family; presenting a used
-- token again (a stolen copy, or a replay) revokes the whole family.
create table refresh_tokens (
    id          uuid primary key,
    family_id   uuid        not null,
    account_id  uuid        not null references accounts (id) on delete cascade,
    token_hash  varchar(64) not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz
);
create index refresh_tokens_family_idx on refresh_tokens (family_id);
create index refresh_tokens_account_idx on refresh_tokens (account_id);
