-- Issue 15: people come from the identity provider's directory before they first sign in (docs/adr/0048), so a
-- member may have no sign-in yet; synced_at is when the directory sync last saw them (null: never seen by it).
-- Portable between H2 2.x and PostgreSQL.
alter table member alter column first_sign_in_at drop not null;
alter table member alter column last_sign_in_at drop not null;
alter table member add column synced_at timestamp with time zone;
