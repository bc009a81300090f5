-- The large dataset's events and third places, loaded right after bench/large-dataset.sql in the same connection
-- (bench/run joins the two files; this one uses its temporary tables bench_word and bench_city):
-- 10,000 events (every kind, mostly published, past and upcoming, organised by the bench institutions, with
-- partners, labels, pillars and audiences), 30,000 sessions with their programme, 500,000 registrations (employees
-- and participants; confirmed, pending, waitlisted, cancelled, expired, checked in) and 50 sites with their spaces,
-- hosting requests and a year of hosting (allocations and meeting-room bookings).
-- The data keeps the rules the portal and the database keep: a session's places_taken is the number of its
-- registrations that hold a place, never above its capacity, and people wait only for a full session; offices and
-- meeting rooms are never held twice at once and desk areas never hold more desks than they have (the triggers and
-- exclusion constraints of V8 check every row: nothing is disabled).
-- No semicolon inside a statement's body but at its end: the portal splits the script on them.

-- the bench's institutions (and components) and companies numbered from 0, to pick them by a join: an element of
-- bench_ids' arrays costs a copy of the whole array on each row
create temporary table bench_institution as
select (row_number() over (order by id) - 1)::int as n, id from organisation
where created_by = 'bench' and kind in ('UNIVERSITY', 'SCHOOL', 'FACULTY', 'LABORATORY');
create temporary table bench_company as
select (row_number() over (order by id) - 1)::int as n, id from organisation where created_by = 'bench' and kind = 'COMPANY';
alter table bench_institution add primary key (n);
alter table bench_company add primary key (n);
create temporary table bench_count as
select (select count(*) from bench_institution)::int as institutions, (select count(*) from bench_company)::int as companies;

-- 10,000 events: the first day spread from 18 months ago to a year ahead; 3 sessions each, 1 to 7 days apart
create temporary table bench_event as
select i, (array['FORUM', 'STUDENT_INDUSTRY_DAY', 'SPEED_MEETING', 'WORKSHOP', 'BUSINESS_WEEK', 'TOUR', 'CONFERENCE',
                 'OTHER'])[1 + i % 8] as kind,
       current_date - 540 + (i * 7919) % 900 as first_day, 1 + i % 7 as step
from generate_series(1, 10000) as i;
alter table bench_event add column last_day date, add column status text;
update bench_event set last_day = first_day + 2 * step;
-- mostly published; drafts and cancelled ones among those to come, half the past ones marked done
update bench_event set status = case
  when last_day >= current_date and i % 20 = 0 then 'DRAFT'
  when last_day >= current_date and i % 20 = 1 then 'CANCELLED'
  when last_day < current_date and i % 2 = 0 then 'DONE'
  else 'PUBLISHED' end;

insert into event (title_fr, title_en, description_fr, description_en, kind, status, registration_opens_at,
                   registration_closes_at, created_by, updated_by)
select case b.kind when 'FORUM' then 'Forum Entreprises ' when 'STUDENT_INDUSTRY_DAY' then 'Journée étudiants–entreprises '
         when 'SPEED_MEETING' then 'Rencontres éclair ' when 'WORKSHOP' then 'Atelier « Innovation » '
         when 'BUSINESS_WEEK' then 'Semaine de l''entreprise ' when 'TOUR' then 'Tournée des laboratoires '
         when 'CONFERENCE' then 'Conférence ' else 'Rendez-vous ' end || w.word || ' ' || b.i,
       case when b.i % 3 = 0 then 'Event ' || w.word || ' ' || b.i end,
       'Rencontres entre étudiants, chercheurs et entreprises de la région ' || w.word
         || ' : stands, tables rondes, entretiens et visites de laboratoires.',
       case when b.i % 3 = 0 then 'Students, researchers and companies meet: stands, round tables, interviews.' end,
       b.kind, b.status,
       (b.first_day - 120 + time '09:00') at time zone 'Europe/Paris',
       case when b.i % 3 <> 1 then (b.first_day - 1 + time '18:00') at time zone 'Europe/Paris' end,
       'bench', 'bench'
from bench_event b join bench_word w on w.n = b.i % 16
order by b.i;

alter table bench_event add column id bigint;
update bench_event b set id = e.id
from (select id, row_number() over (order by id) as i from event where created_by = 'bench') as e
where e.i = b.i;
create index on bench_event (id);
analyze bench_event;

-- one or two organising institutions (or components), partners, labels, pillars, audiences
insert into event_organiser (event_id, organisation_id)
select distinct b.id, o.id
from bench_event b cross join bench_count n cross join generate_series(1, 2) as k
join bench_institution o on o.n = (b.i * k * 13) % n.institutions
where k = 1 or b.i % 4 = 0;

-- the demo's staff member's institution (when the demo is loaded) co-organises one event in six: bench/run reads
-- a session's registrations as that staff member
insert into event_organiser (event_id, organisation_id)
select b.id, a.organisation_id
from bench_event b join account a on a.email = 'staff@demo.passerelle' and a.organisation_id is not null
where b.i % 6 = 2
  and not exists (select 1 from event_organiser o where o.event_id = b.id and o.organisation_id = a.organisation_id);

insert into event_partner (event_id, organisation_id)
select distinct b.id, o.id
from bench_event b cross join bench_count n cross join generate_series(1, 3) as k
join bench_company o on o.n = (b.i * 31 + k * 977) % n.companies
where k <= b.i % 4;

insert into event_label (event_id, label)
select b.id, (array['Synergie AMU Entreprises', 'Label Campus Innovation', 'Semaine de l''Industrie',
                    'Fête de la Science', 'Pépite Provence'])[1 + b.i % 5]
from bench_event b where b.i % 5 < 2 or b.i % 7 = 0;

insert into event_pillar (event_id, pillar_id)
select distinct b.id, p.id from bench_event b join pillar p on p.position in (1 + b.i % 6, 1 + (b.i / 6) % 6);

insert into event_audience (event_id, audience)
select b.id, a.audience
from bench_event b cross join (values (0, 'STUDENTS'), (1, 'COMPANIES'), (2, 'RESEARCHERS'), (3, 'PUBLIC'))
  as a (n, audience)
where a.n = b.i % 4 or (a.n = 0 and b.i % 3 <> 2) or (a.n = 1 and b.i % 2 = 0);

-- 30,000 sessions; capacities are set below from the registrations of those that took any
insert into event_session (event_id, day, starts_at, ends_at, venue, city, capacity, places_taken, created_by, updated_by)
select b.id, b.first_day + k * b.step, time '09:00' + ((b.i + k) % 4) * interval '30 minutes',
       time '12:30' + ((b.i * 3 + k) % 10) * interval '30 minutes',
       (array['Amphithéâtre ', 'Hall des expositions ', 'Maison de l''étudiant ', 'Salle des thèses '])[1 + (b.i + k) % 4]
         || w.word, c.city,
       case b.kind when 'FORUM' then 300 when 'CONFERENCE' then 150 when 'WORKSHOP' then 20 else 60 end, 0,
       'bench', 'bench'
from bench_event b cross join generate_series(0, 2) as k
join bench_word w on w.n = (b.i + k) % 16
join bench_city c on c.n = (b.i * 5 + k) % 17
order by b.id, k;

insert into event_programme_item (session_id, position, at, title_fr, title_en)
select s.id, k, s.starts_at + k * interval '1 hour',
       (array['Accueil des participants', 'Table ronde : l''alternance et les stages', 'Rencontres et entretiens'])[1 + k],
       (array['Welcome', 'Round table: work-study and internships', 'Meetings and interviews'])[1 + k]
from event_session s join bench_event b on b.id = s.event_id cross join generate_series(0, 2) as k;

-- The sessions that took registrations: of published or done events whose registrations opened two days ago or
-- more; they take place until the window closes, the session starts, or now. Forums and conferences draw
-- more, and one session in 97 twenty times more (the big days of the year); 500,000 registrations in all, shared
-- out by weight.
create temporary table bench_session as
select s.id, s.event_id, s.starts, s.opens, s.closes,
       floor(500000 * (sum(s.weight) over (order by s.id) - s.weight) / sum(s.weight) over ())::bigint as upfrom,
       floor(500000 * sum(s.weight) over (order by s.id) / sum(s.weight) over ())::bigint as upto
from (select s.id, s.event_id, (s.day + s.starts_at) at time zone 'Europe/Paris' as starts,
             e.registration_opens_at as opens,
             least(coalesce(e.registration_closes_at, 'infinity'), (s.day + s.starts_at) at time zone 'Europe/Paris',
                   current_timestamp - interval '1 hour') as closes,
             (case b.kind when 'FORUM' then 40 when 'CONFERENCE' then 20 when 'WORKSHOP' then 3 else 8 end)
               * (1 + (s.id * 7919) % 10) * case when s.id % 97 = 0 then 20 else 1 end as weight
      from event_session s join bench_event b on b.id = s.event_id join event e on e.id = b.id
      where b.status in ('PUBLISHED', 'DONE') and e.registration_opens_at < current_timestamp - interval '2 days') as s;

-- Each registration in arrival order within its session (rank), registered between the opening and the closing;
-- about 8 % cancelled, 2 % of participants expired. Those left hold a place in arrival order up to the capacity
-- (one session in seven is full with people waiting, the others keep from a third to half of their places
-- free), the others wait; participants hold it pending their e-mail's confirmation for 48 hours.
create temporary table bench_registration as
select r.*, case when r.ended = 'EXPIRED' and r.registered_at + interval '48 hours' < r.closes then 'EXPIRED'
                 when r.ended is not null then 'CANCELLED'
                 when r.live_rank > r.capacity then 'WAITLISTED'
                 when r.kind = 'PARTICIPANT' and r.starts > current_timestamp
                      and r.registered_at > current_timestamp - interval '36 hours' then 'PENDING'
                 else 'CONFIRMED' end as status
from (select r.*,
             case when r.ended is null
                  then count(*) filter (where r.ended is null) over (partition by r.session_id order by r.j) end
               as live_rank,
             case when r.session_id % 7 = 0
                  then greatest(1, floor(0.85 * count(*) filter (where r.ended is null) over (partition by r.session_id)))
                  else ceil((1.5 + (r.session_id % 5) * 0.25)
                            * count(*) filter (where r.ended is null) over (partition by r.session_id)) + 2
             end::int as capacity
      from (select j, s.id as session_id, s.event_id, s.starts, s.closes, j - s.upfrom as rank,
                   s.opens + (s.closes - s.opens) * ((j - s.upfrom - 0.5) / (s.upto - s.upfrom)) as registered_at,
                   case when j % 5 < 2 then 'ORGANISATION' else 'PARTICIPANT' end as kind,
                   case when (j * 37) % 100 < 8 then 'CANCELLED'
                        when j % 5 >= 2 and (j * 37) % 100 < 10 then 'EXPIRED' end as ended
            from bench_session s cross join lateral generate_series(s.upfrom + 1, s.upto) as j) as r) as r;
analyze bench_registration;

insert into event_registration (public_id, session_id, event_id, kind, status, organisation_id, registered_by, name,
                                job_title, email, language, registered_at, confirm_by, email_confirmed_at, promoted_at,
                                cancelled_at, checked_in_at, walk_in)
select gen_random_uuid(), r.session_id, r.event_id, r.kind, r.status,
       case when r.kind = 'ORGANISATION' then o.id end, null,
       (array['Camille', 'Léa', 'Hugo', 'Inès', 'Louis', 'Chloé', 'Jules', 'Zoé', 'Noé', 'Maëlle'])[1 + r.j % 10] || ' '
         || (array['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Mercier', 'Faure', 'Rivière',
                   'Bérenger'])[1 + (r.j / 10) % 10],
       case when r.kind = 'ORGANISATION' then (array['Ingénieure R&D', 'Chargé de recrutement', 'Directrice'])[1 + r.j % 3]
            else (array['Étudiante en master', 'Doctorant', 'Étudiant en licence'])[1 + r.j % 3] end,
       'inscription' || r.j || '@exemple.fr', case when r.j % 10 = 0 then 'en' else 'fr' end, r.registered_at,
       case when r.status in ('PENDING', 'EXPIRED') then r.registered_at + interval '48 hours' end,
       case when r.kind = 'PARTICIPANT' and r.status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')
            then r.registered_at + interval '20 minutes' end,
       case when r.status in ('CONFIRMED', 'PENDING') and r.rank > r.capacity
            then r.registered_at + (r.closes - r.registered_at) * 0.6 end,
       case when r.status = 'CANCELLED' then r.registered_at + (r.closes - r.registered_at) * 0.5
            when r.status = 'EXPIRED' then r.registered_at + interval '48 hours' end,
       case when r.status = 'CONFIRMED' and r.starts < current_timestamp and r.j % 4 <> 0
            then r.starts + (r.j % 6) * interval '10 minutes' end,
       false
from bench_registration r cross join bench_count n join bench_company o on o.n = (r.j * 7) % n.companies
order by r.session_id, r.j;

-- each session's places: its registrations that hold one, never more than its capacity
update event_session s set capacity = c.capacity, places_taken = c.taken
from (select session_id, min(capacity) as capacity, count(*) filter (where status in ('PENDING', 'CONFIRMED')) as taken
      from bench_registration group by session_id) as c
where c.session_id = s.id;

-- 50 third places of the bench institutions, with 2 desk areas, 4 offices and 3 meeting rooms each; 2 planned and
-- 2 closed, the others open
create temporary table bench_site as
select s.n, o.id as institution, c.city, w.word,
       case when s.n % 25 = 3 then 'PLANNED' when s.n % 25 = 7 then 'CLOSED' else 'OPEN' end as status
from generate_series(1, 50) as s (n) join bench_institution o on o.n = (s.n * 4) % 40
join bench_city c on c.n = s.n % 17 join bench_word w on w.n = s.n % 16;

insert into thirdplace_site (name, institution_id, campus, address, city, setting, description_fr, description_en,
                             floor_area_m2, accessibility, opening_hours, status, created_by, updated_by)
select 'Tiers-lieu ' || s.word || ' ' || s.n, i.id, 'Campus ' || s.word, s.n || ' boulevard de la Méditerranée', s.city,
       case when s.n % 3 = 0 then 'SUBURBAN' else 'URBAN' end,
       'Plateaux de bureaux partagés, bureaux privatifs et salles de réunion au cœur du campus ' || s.word || '.',
       case when s.n % 2 = 0 then 'Shared desks, private offices and meeting rooms on campus.' end,
       300 + s.n * 20, 'Entrée de plain-pied, ascenseur, toilettes adaptées.', 'Du lundi au vendredi, 8 h – 19 h',
       s.status, 'bench', 'bench'
from bench_site s join organisation i on i.id = s.institution
order by s.n;

alter table bench_site add column id bigint;
update bench_site b set id = t.id
from (select id, row_number() over (order by id) as n from thirdplace_site where created_by = 'bench') as t
where t.n = b.n;

insert into thirdplace_site_amenity (site_id, amenity)
select s.id, a.amenity
from bench_site s cross join (values (0, 'MEETING_ROOMS'), (1, 'LAB_ACCESS'), (2, 'PARKING'), (3, 'PUBLIC_TRANSPORT'),
                                     (4, 'ACCESSIBLE_ENTRANCE')) as a (k, amenity)
where a.k = 0 or (s.n + a.k) % 3 <> 0;

insert into thirdplace_space (site_id, kind, name, capacity)
select s.id, p.kind, p.name, p.capacity + s.n % 5
from bench_site s cross join (values ('DESKS', 'Plateau Joliette', 36), ('DESKS', 'Plateau Arenc', 24),
  ('OFFICE', 'Bureau Frioul', 6), ('OFFICE', 'Bureau Planier', 4), ('OFFICE', 'Bureau Endoume', 8),
  ('OFFICE', 'Bureau Sormiou', 10), ('MEETING_ROOM', 'Salle Calanques', 12), ('MEETING_ROOM', 'Salle Major', 6),
  ('MEETING_ROOM', 'Salle Étoile', 20)) as p (kind, name, capacity);

-- A year of hosting at the open sites, from six months ago to six months ahead. Each desk area holds 4 lanes of
-- 4 to 7 desks (never more than the area's 24 desks or more in all), each lane a run of back-to-back stays of 1 to 5
-- months with a few days between them; each office a run of stays too. A stay over is ended, one under way is
-- active, one to come approved.
create temporary table bench_stay as
select sp.id as space_id, s.id as site_id, s.n as site, sp.kind, sp.capacity, l.lane,
       case when sp.kind = 'DESKS' then 4 + (s.n + l.lane) % 4 end as desks, m.m,
       (30 + (sp.id * 7 + l.lane * 13 + m.m * 29) % 121)::int as length, (3 + (sp.id + m.m) % 12)::int as gap
from bench_site s join thirdplace_space sp on sp.site_id = s.id
cross join generate_series(0, 3) as l (lane) cross join generate_series(0, 11) as m (m)
where s.status = 'OPEN' and sp.kind in ('DESKS', 'OFFICE') and (sp.kind = 'DESKS' or l.lane = 0);
alter table bench_stay add column starts_on date, add column ends_on date, add column n bigint;
update bench_stay t set starts_on = current_date - 180 + r.before, ends_on = current_date - 180 + r.before + t.length - 1
from (select space_id, lane, m, coalesce(sum(length + gap) over (partition by space_id, lane order by m
                                          rows between unbounded preceding and 1 preceding), 0)::int as before
      from bench_stay) as r
where r.space_id = t.space_id and r.lane = t.lane and r.m = t.m;
delete from bench_stay where starts_on > current_date + 180;
analyze bench_stay;
update bench_stay t set n = r.n from (select space_id, lane, m, row_number() over (order by space_id, lane, m) as n
                                      from bench_stay) as r
where r.space_id = t.space_id and r.lane = t.lane and r.m = t.m;

insert into thirdplace_hosting_request (organisation_id, site_id, kind, people, starts_on, ends_on, purpose,
                                        contact_name, contact_email, status, created_by, updated_by)
select o.id, t.site_id, t.kind,
       coalesce(t.desks, 2 + t.n % (t.capacity - 1)), t.starts_on, t.ends_on,
       'Accueillir une équipe projet près des laboratoires du campus.',
       (array['Élodie Garnier', 'Théo Rousseau', 'Anaïs Lemaître', 'Mathéo Guérin'])[1 + t.n % 4],
       'hebergement' || t.n || '@entreprise.example',
       case when t.ends_on < current_date then 'ENDED' when t.starts_on <= current_date then 'ACTIVE' else 'APPROVED' end,
       'bench', 'bench'
from bench_stay t cross join bench_count n join bench_company o on o.n = (t.n * 53) % n.companies
order by t.n;

insert into thirdplace_allocation (request_id, space_id, desks, starts_on, ends_on)
select r.id, t.space_id, t.desks, t.starts_on, t.ends_on
from bench_stay t join thirdplace_hosting_request r on r.contact_email = 'hebergement' || t.n || '@entreprise.example'
order by t.starts_on, t.n;

-- and requests that hold nothing: waiting for a decision, declined, withdrawn (4 a site)
insert into thirdplace_hosting_request (organisation_id, site_id, kind, people, starts_on, ends_on, purpose,
                                        contact_name, contact_email, status, decline_reason, created_by, updated_by)
select o.id, case when k <> 1 then s.id end,
       case when k % 2 = 0 then 'DESKS' else 'OFFICE' end, 2 + k, current_date + 20 * k, current_date + 20 * k + 90,
       'Installer une équipe de recherche partenariale pendant un trimestre.', 'Inès Béranger',
       'demande' || s.n || '-' || k || '@entreprise.example',
       (array['SUBMITTED', 'UNDER_REVIEW', 'DECLINED', 'WITHDRAWN'])[1 + k],
       case when k = 2 then 'Plus de place sur ces dates ; le site de Luminy pourrait vous accueillir.' end,
       'bench', 'bench'
from bench_site s cross join generate_series(0, 3) as k
join bench_company o on o.n = s.n * 101 + k * 7
where s.status <> 'CLOSED';

-- meeting rooms on working days of the year: 9 h – 11 h on most, 14 h – 16 h on some, by a hosted organisation or
-- by staff
insert into thirdplace_booking (space_id, organisation_id, booked_by, starts_at, ends_at)
select sp.id, case when (sp.id + d) % 3 = 0 then null else o.id end,
       case when (sp.id + d) % 3 = 0 then 'staff@demo.passerelle' else 'equipe' || sp.id || '@entreprise.example' end,
       (day + h.starts) at time zone 'Europe/Paris', (day + h.starts + interval '2 hours') at time zone 'Europe/Paris'
from bench_site s join thirdplace_space sp on sp.site_id = s.id and sp.kind = 'MEETING_ROOM'
cross join generate_series(0, 360) as d
cross join lateral (select current_date - 180 + d as day) as on_day
cross join (values (time '09:00'), (time '14:00')) as h (starts)
join bench_company o on o.n = (sp.id * 17 + d) % 1000
where s.status = 'OPEN' and extract(isodow from day) < 6
  and (h.starts = time '09:00' and (sp.id + d) % 5 <> 0 or h.starts = time '14:00' and (sp.id * 3 + d) % 2 = 0);

analyze;
