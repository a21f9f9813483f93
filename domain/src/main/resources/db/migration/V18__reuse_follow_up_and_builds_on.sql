-- Issue 16: some months after an organisation said it is reusing a lesson it is asked how it went; its answer is
-- kept with the reuse. A lesson can build on an earlier published lesson (for example the one it reused): the link
-- is kept on the newer lesson. Portable between H2 2.x and PostgreSQL.
alter table lesson_reuse add column follow_up_asked_at timestamp with time zone;
alter table lesson_reuse add column outcome varchar(1000);
alter table lesson_reuse add column outcome_at timestamp with time zone;
alter table lesson add column builds_on_id bigint references lesson (id);
create index ix_lesson_builds_on on lesson (builds_on_id);
