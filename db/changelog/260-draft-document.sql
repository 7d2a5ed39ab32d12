--liquibase formatted sql

--changeset koto:260-draft-document
-- A lesson's draft stages become one jsonb document on the lesson (lesson file format, snake_case,
-- as in lesson_versions.document): the draft is always read and written whole. The stages and
-- activities tables are folded into it, in their positions, and dropped.
alter table lessons add column stages jsonb not null default '[]'::jsonb;
update lessons l set stages = coalesce((
    select jsonb_agg(jsonb_build_object(
               'key', s.key, 'scene', s.scene, 'title', s.title, 'objective', s.objective,
               'activities', coalesce((
                   select jsonb_agg(jsonb_build_object(
                              'key', a.key, 'type', a.type, 'difficulty', a.difficulty, 'register', a.register,
                              'tutor_line', a.tutor_line) || a.body
                          order by a.position)
                   from activities a where a.stage_id = s.id), '[]'::jsonb))
           order by s.position)
    from stages s where s.lesson_id = l.id), '[]'::jsonb);
drop table activities;
drop table stages;
--rollback empty
