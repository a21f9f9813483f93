-- Work that must happen after a commit (telling followers, sending e-mails) is recorded here in the committing
-- transaction, one row per event and listener, and removed once the listener has done it: Spring Modulith's event
-- publication registry (its 1.4 JDBC schema; the library does not create it). Rows left over when the portal stopped
-- are run again at the next start (docs/adr/0042). Owned by the workflow module. Portable between H2 2.x and
-- PostgreSQL.
create table event_publication (
    id               uuid          not null primary key,
    listener_id      varchar(512)  not null,
    event_type       varchar(512)  not null,
    serialized_event varchar       not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
