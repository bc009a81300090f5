-- The column mapping each person last used for a CSV import, keyed by their account id.
create table organisation_import_mapping (
  account_id bigint        not null primary key,
  mapping    varchar(20000) not null,
  updated_at timestamp with time zone not null
);
