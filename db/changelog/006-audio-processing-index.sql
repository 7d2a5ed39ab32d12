--liquibase formatted sql

--changeset koto:006-audio-processing-index
-- start-up picks up voice answers a crash left unprocessed; keep that lookup off a full scan
create index audio_files_processing_idx on audio_files (created_at) where status = 'processing';
--rollback drop index audio_files_processing_idx;
