-- An import between its upload and its confirmation: the file itself is kept here, not in the HTTP session, and
-- read again in batches at each step (the session holds only its id and the person's choices).
create table organisation_import (
  id          uuid primary key,
  account_id  bigint       not null,
  file_name   varchar(255) not null,
  content     bytea        not null,
  row_count   integer      not null,
  created_at  timestamp with time zone not null
);

create index organisation_import_account_idx on organisation_import (account_id, created_at);

-- The preview of an import, one row per line of its file (what will happen, the errors in the importer's language,
-- the changes); after a partial import, the rows left out and why, for the file of rejected rows.
create table organisation_import_row (
  import_id  uuid        not null references organisation_import (id) on delete cascade,
  line       integer     not null,
  action     varchar(20) not null,
  name       varchar(400) not null,
  city       varchar(400) not null,
  errors     text,
  changes    text,
  primary key (import_id, line)
);

create index organisation_import_row_errors_idx on organisation_import_row (import_id, line) where action = 'ERROR';

-- What each person chose at their imports, every choice kept (the earlier single text column dropped the newest
-- mappings once it was full, and forgot the columns left out): scope COLUMN maps a normalised header to a field
-- ('' = left out), DEFAULT_KIND holds the kind of rows that do not say, and a field's name (KIND, SECTOR...) maps a
-- normalised value of the file to a Passerelle value ('' = leave empty).
create table organisation_import_choice (
  account_id  bigint       not null,
  scope       varchar(30)  not null,
  source      varchar(300) not null,
  target      varchar(40)  not null,
  updated_at  timestamp with time zone not null,
  primary key (account_id, scope, source)
);

insert into organisation_import_choice (account_id, scope, source, target, updated_at)
select m.account_id, 'COLUMN', left(split_part(line, E'\t', 1), 300), split_part(line, E'\t', 2), m.updated_at
from organisation_import_mapping m, regexp_split_to_table(m.mapping, E'\n') as line
where line like E'%\t%'
on conflict do nothing;

drop table organisation_import_mapping;
