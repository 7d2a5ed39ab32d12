--liquibase formatted sql

--changeset koto:250-account-region
-- the region (koto.region.code, KOTO_REGION, e.g. ID) of the deployment an account was created in; null
-- when the deployment had no region configured. Progress groups cohorts by (instruction_lang, region).
-- IF NOT EXISTS: progress may have added the same column in its own changeset before this one was merged.
alter table accounts add column if not exists region varchar(8);
--rollback alter table accounts drop column if exists region;
