-- The audit trail names the API client that acted (its client id), when a program rather than a member or the
-- portal itself did something to a lesson, e.g. an import through the API.
alter table audit_event add column api_client varchar(100);
