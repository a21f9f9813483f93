-- Every organisation a person belongs to (the identity provider may list several), not only the one they last acted
-- for: conflicts of interest are checked against all of them. member.organisation_id stays: the one they act for.
create table member_organisation (
    member_id       bigint not null references member (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    primary key (member_id, organisation_id)
);
create index ix_member_organisation_organisation on member_organisation (organisation_id);

-- Until each person signs in again, the one organisation recorded so far is all that is known.
insert into member_organisation (member_id, organisation_id)
select id, organisation_id from member where organisation_id is not null;
