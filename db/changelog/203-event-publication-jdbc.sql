--liquibase formatted sql

-- The event publication registry moved from JPA to Spring Modulith's JDBC implementation
-- (spring-modulith-events-jdbc 2.1.x, schema v2: the same columns as 200). Its own schema adds a hash
-- index on serialized_event (completion by event and listener) and an index on completion_date;
-- with completion-mode delete only incomplete rows stay, so the partial index of 200 covers the
-- completion_date lookups and only the hash index is added.
--changeset koto:203-event-publication-jdbc
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
--rollback drop index event_publication_serialized_event_hash_idx;
