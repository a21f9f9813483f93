-- This installation's own id (one row). Exchange files give lessons written here the id "<instance id>/<lesson id>",
-- so importing such a file again, here, updates those lessons instead of creating copies, and another portal keeps
-- the id as the lesson's external id.
create table portal_instance (
    singleton   integer     not null,
    instance_id varchar(40) not null,
    created_at  timestamp with time zone not null,
    constraint pk_portal_instance primary key (singleton),
    constraint ck_portal_instance_singleton check (singleton = 1)
);
