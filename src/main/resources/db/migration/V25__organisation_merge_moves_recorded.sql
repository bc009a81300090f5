-- Whether a merge recorded, row by row, what it changed (organisation_merge_move): merges made before V21 did not,
-- and cannot be undone correctly. A merge recorded since always changed at least the merged organisation's row, so
-- an existing merge with no recorded change is one made before.

alter table organisation_merge add column moves_recorded boolean not null default true;

update organisation_merge m set moves_recorded = false
where not exists (select 1 from organisation_merge_move mm where mm.merge_id = m.id);
