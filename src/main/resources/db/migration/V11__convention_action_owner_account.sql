-- A follow-up action may be given to a person of the portal (their account), besides the free-text owner kept for
-- people outside it; "my actions" on the home page finds a person's open actions through the partial index.
alter table convention_action
  add column owner_account_id bigint references account (id) on delete set null;

create index convention_action_owner_open_idx on convention_action (owner_account_id, due_on)
  where owner_account_id is not null and status in ('PLANNED', 'IN_PROGRESS');
