-- Organisations as the NHS Organisation Data Service (ODS) publishes them, imported by administrators from the ODS
-- files (etr.csv: NHS trusts, epraccur.csv: GP practices, eccg.csv/eauth.csv: ICBs and sub-ICB locations). Where a
-- code is here, names, types, regions and parent ICBs of the portal's organisation come from this row, not from the
-- sign-in token (ADR 0047). Rows are reference data: many more than the organisations people sign in from.
create table ods_organisation (
    ods_code              varchar(16)  not null primary key,
    name                  varchar(200) not null,
    kind                  varchar(30)  not null,
    org_type              varchar(40),
    region                varchar(40),
    postcode              varchar(10),
    parent_icb_ods_code   varchar(16),
    commissioner_ods_code varchar(16),
    closed_on             date,
    imported_at           timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint       not null default 0
);
create index ix_ods_organisation_parent_icb on ods_organisation (parent_icb_ods_code);
