-- When a reviewer first opened their review of a round: until one has, the author may take the lesson back.
alter table lesson_reviewer add column opened_at timestamp with time zone;
-- A deleted draft: gone from every list, kept (with its audit trail) for the record.
alter table lesson add column deleted_at timestamp with time zone;
-- Reviews already under way when this arrives were begun before "opened" was recorded: count them as opened, so an
-- author cannot take back a lesson whose reviewers may have started (or sent) their reviews.
update lesson_reviewer set opened_at = assigned_at where released_at is null;
