-- Issue 13: the events list, the home page's next events and the feed find upcoming and past events through an
-- index instead of reading every event with a first-session-day lookup per event. Each event keeps the first and
-- last days of its sessions, and how many days lie between them, kept by the database itself whenever sessions are
-- added, moved to another day or removed (whoever writes them: the portal, an import, the benchmark's generator).
-- An event without a session comes up at 'infinity' (first and last day): it stays among the upcoming ones, last.
-- Statement-level triggers: a bulk insert of sessions updates each of their events once.
alter table event add column first_day date not null default 'infinity';
alter table event add column last_day date not null default 'infinity';
alter table event add column span_days integer not null default 0;

update event e
   set first_day = s.first_day, last_day = s.last_day, span_days = s.last_day - s.first_day
  from (select event_id, min(day) as first_day, max(day) as last_day from event_session group by event_id) s
 where s.event_id = e.id;

-- upcoming events: first_day from (today - the longest span) on, in order, keeping those with last_day >= today;
-- past events: last_day < today, latest first; the longest span: the last entry of its index
create index event_first_day_idx on event (first_day, id) include (last_day, status);
create index event_last_day_idx on event (last_day, id) include (status);
create index event_span_days_idx on event (span_days);

create function event_session_days(changed bigint[]) returns void language sql as $$
  update event e
     set first_day = coalesce(s.first_day, 'infinity'), last_day = coalesce(s.last_day, 'infinity'),
         span_days = coalesce(s.last_day - s.first_day, 0)
    from (select c.event_id, min(x.day) as first_day, max(x.day) as last_day
            from unnest(changed) as c (event_id)
            left join event_session x on x.event_id = c.event_id
           group by c.event_id) s
   where e.id = s.event_id
     and (e.first_day, e.last_day) is distinct from (coalesce(s.first_day, 'infinity'), coalesce(s.last_day, 'infinity'));
$$;

create function event_session_days_inserted_or_deleted() returns trigger language plpgsql as $$
begin
  perform event_session_days(array(select distinct event_id from changed_sessions));
  return null;
end;
$$;

-- an update may move a session to another day (and, in principle, to another event: both its events are refreshed);
-- the places taken change far more often, and cost only the comparison
create function event_session_days_updated() returns trigger language plpgsql as $$
declare
  moved bigint[] := array(
    select o.event_id from old_sessions o join new_sessions n on n.id = o.id
     where o.day <> n.day or o.event_id <> n.event_id
    union
    select n.event_id from old_sessions o join new_sessions n on n.id = o.id
     where o.day <> n.day or o.event_id <> n.event_id);
begin
  if cardinality(moved) > 0 then
    perform event_session_days(moved);
  end if;
  return null;
end;
$$;

create trigger event_session_days_inserted after insert on event_session
  referencing new table as changed_sessions for each statement execute function event_session_days_inserted_or_deleted();
create trigger event_session_days_deleted after delete on event_session
  referencing old table as changed_sessions for each statement execute function event_session_days_inserted_or_deleted();
create trigger event_session_days_updated after update on event_session
  referencing old table as old_sessions new table as new_sessions
  for each statement execute function event_session_days_updated();
