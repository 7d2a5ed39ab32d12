--liquibase formatted sql

--changeset koto:220-session-last-seq
-- the last event sequence number of a session, kept on the (row-locked) session row so that a turn
-- knows its next sequence numbers without reading session_events first (issue #16)
alter table sessions add column last_seq integer not null default 0;
update sessions s set last_seq = coalesce((select max(e.seq) from session_events e where e.session_id = s.id), 0);
--rollback alter table sessions drop column last_seq;

--changeset koto:220-audio-claims
-- which instance is transcribing a voice answer, and since when: a claim older than the lease is
-- taken over by exactly one instance (an atomic UPDATE … WHERE), so a crash never loses a voice
-- answer and two instances never process the same one (issue #10, item 4)
alter table audio_files add column claimed_by varchar(64);
alter table audio_files add column claimed_at timestamptz;
--rollback alter table audio_files drop column claimed_by; alter table audio_files drop column claimed_at;
