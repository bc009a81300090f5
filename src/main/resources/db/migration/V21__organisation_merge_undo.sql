-- A merge can be undone by an administrator for a while: what the merge changed, row by row, so that the undo
-- puts back exactly what was there, and who undid it when.

alter table organisation_merge
  add column undone_at timestamp with time zone,
  add column undone_by varchar(254),
  add constraint organisation_merge_undone_by check ((undone_at is null) = (undone_by is null)),
  -- an organisation is merged once at a time: after an undo it may be merged again
  drop constraint organisation_merge_once;

create unique index organisation_merge_once on organisation_merge (merged_id) where undone_at is null;
create index organisation_merge_recent_idx on organisation_merge (merged_at desc);

-- Each row a merge changed, in the order the changes were made (undone in the reverse order):
--  UPDATED  one column of the row whose primary key is row_key went from value_before to value_after
--           (a record moved to the kept organisation, or a field of the kept one overwritten);
--  DELETED  the row value_before was deleted (a party both organisations were, the merged one's memberships);
--  INSERTED the row value_after was inserted (a membership the kept one took over).
-- mover names who made the change (the directory, or the module whose records moved) and moves it back.
create table organisation_merge_move (
  merge_id     bigint       not null references organisation_merge (id) on delete cascade,
  position     integer      not null,
  mover        varchar(60)  not null,
  table_name   varchar(63)  not null,
  change       varchar(8)   not null,
  row_key      jsonb        not null,
  column_name  varchar(63),
  value_before jsonb,
  value_after  jsonb,
  primary key (merge_id, position),
  constraint organisation_merge_move_change check (change in ('UPDATED', 'DELETED', 'INSERTED')),
  constraint organisation_merge_move_column check ((change = 'UPDATED') = (column_name is not null)),
  constraint organisation_merge_move_identifiers check (table_name ~ '^[a-z_][a-z0-9_]*$'
    and (column_name is null or column_name ~ '^[a-z_][a-z0-9_]*$'))
);
