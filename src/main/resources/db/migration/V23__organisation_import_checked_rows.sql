-- The import checks each row once: the rows checked for the preview are kept with the stored file, a batch of rows
-- per line of this table (serialized, compressed), with the fingerprint of the directory they were checked against;
-- the confirmation writes them as they are unless the directory changed meanwhile (then it checks them again).
alter table organisation_import add column checked_fingerprint varchar(100);

create table organisation_import_batch (
  import_id  uuid    not null references organisation_import (id) on delete cascade,
  batch      integer not null,
  rows       bytea   not null,
  primary key (import_id, batch)
);

-- A row whose name is similar to an organisation of the directory (trigram matcher): that organisation (no foreign
-- key: a preview lives a day at most, and a merge meanwhile changes the fingerprint, so the rows are checked again),
-- what the row does if the person chooses to update it, and their choice (by default a new organisation).
alter table organisation_import_row
  add column similar_id     bigint,
  add column similar_name   varchar(400),
  add column similar_chosen boolean not null default false,
  add column other_action   varchar(20),
  add column other_errors   text,
  add column other_changes  text;

-- The import finds the organisations of a batch by their name and city as the matcher compares them.
create index organisation_match_name_city_idx on organisation (match_name, match_city);
