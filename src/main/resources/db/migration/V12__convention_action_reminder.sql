-- The due date an action's owner was last reminded of, so that each due date is reminded once (and again if the
-- date moves).
alter table convention_action
  add column reminded_for date;
