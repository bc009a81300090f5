-- Benchmark of the probable duplicates (/organisations/duplicates) on 50,000 organisations, in psql:
--   psql <a throwaway Passerelle database, migrated> -v old_timeout=180s -f bench/duplicates.sql
-- Adds 50,000 companies (40,000 varied names in 500 cities, 10,000 near-identical names in 300 cities) with their
-- match_name and match_city as MatchText computes them for these plain names, then times, with \timing:
--  1. the query the page ran before V26 (a self-join over the directory), cut off after :old_timeout;
--  2. finding every pair once, as V26 does for a directory of up to 5,000 organisations (and the background job,
--     a batch at a time, for a larger one);
--  3. finding one organisation's pairs again (DuplicateCandidates.refresh), for a varied and a near-identical name;
--  4. the page's query now, for an administrator and for a staff member.
-- The data stays (a throwaway database): bench/duplicates.sh then times the page itself.
\set ON_ERROR_STOP on
\if :{?old_timeout}
\else
\set old_timeout 180s
\endif
\timing off
insert into organisation (name, kind, city, name_key, search_text, match_name, match_city, created_by, updated_by)
select name, 'COMPANY', city, lower(name), ' ' || lower(name) || ' ' || lower(city) || ' ', lower(name), lower(city),
  'bench-duplicates', 'bench-duplicates'
from (select (array['Alpha','Azur','Bio','Calanque','Cevenol','Delta','Eco','Esterel','Garrigue','Helio','Lavande',
               'Luberon','Mediterranee','Mistral','Nova','Olivier','Phocee','Provence','Rhone','Victoire','Solaire',
               'Thalassa','Ventoux','Verdon','Camargue','Durance','Etang','Alpes','Ocean','Cevennes'])[1 + (i::bigint * 7919) % 30]
             || ' ' || (array['Analytics','Biotech','Conseil','Composites','Diagnostics','Energie','Industries',
               'Ingenierie','Logistique','Materiaux','Numerique','Pharma','Robotique','Sante','Services','Systemes',
               'Technologies','Cosmetiques','Agro','Marine','Batiment','Transports','Chimie','Aeronautique',
               'Logiciels'])[1 + (i::bigint * 104729) % 25] || ' ' || substr(md5(i::text), 1, 6) as name,
             'Ville ' || chr(97 + i % 26) || chr(97 + (i / 26) % 20) as city
      from generate_series(1, 40000) as i
      union all
      select 'Calanques Robotique Innovation ' || chr(97 + i % 26) || (i % 7),
             'Commune ' || chr(97 + i % 26) || chr(97 + (i / 26) % 12)
      from generate_series(1, 10000) as i) as bench;
analyze organisation;
select count(*) as organisations, count(distinct match_city) as cities from organisation where merged_into_id is null;

\echo '1. The query of the page before V26 (administrator), cut off after' :old_timeout
select set_config('pg_trgm.similarity_threshold', '0.6', false) as threshold;
set statement_timeout = :'old_timeout';
\timing on
\set ON_ERROR_STOP off
with yours as (select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren from organisation o
               where o.merged_into_id is null)
select count(*) from (
select a.id as first_id, b.id as second_id, similarity(a.match_name, b.match_name) as score,
  (a.rna = b.rna or a.ror = b.ror or (a.siren = b.siren and a.match_city = b.match_city)) as same_id
from yours a
join yours b on a.id < b.id
  and (a.match_name % b.match_name or a.rna = b.rna or a.ror = b.ror
    or (a.siren = b.siren and a.match_city = b.match_city))
where (a.match_city = b.match_city or coalesce(a.match_city, '') = '' or coalesce(b.match_city, '') = ''
    or a.rna = b.rna or a.ror = b.ror)
  and not exists (select 1 from organisation_distinct_pair d where d.first_id = a.id and d.second_id = b.id)
order by same_id desc, score desc, a.id, b.id
limit 100) as shown;
\set ON_ERROR_STOP on
reset statement_timeout;

\echo '2. Every pair found once (V26, the background job)'
truncate organisation_duplicate_candidate;
insert into organisation_duplicate_candidate (first_id, second_id, score, same_identifier, found_at)
select me.id, o.id, coalesce(similarity(o.match_name, me.match_name), 0),
  coalesce(o.rna = me.rna or o.ror = me.ror or (o.siren = me.siren and o.match_city = me.match_city), false), now()
from organisation me
cross join lateral (
  select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
    where o.match_name % me.match_name and o.match_city = me.match_city
  union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
    where o.match_name % me.match_name and coalesce(me.match_city, '') = ''
  union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
    where o.match_name % me.match_name and coalesce(o.match_city, '') = ''
  union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
    where o.rna = me.rna
  union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
    where o.ror = me.ror
  union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
    where o.siren = me.siren and o.match_city = me.match_city) o
where me.merged_into_id is null and o.merged_into_id is null and o.id > me.id;
\timing off
select count(*) as pairs from organisation_duplicate_candidate;

\echo '3. One organisation''s pairs found again (DuplicateCandidates.refresh): 100 varied names, then 100 near-identical'
select array_agg(id) as varied from (select id from organisation where created_by = 'bench-duplicates'
  and match_name not like 'calanques robotique%' order by id limit 100) s \gset
select array_agg(id) as similar from (select id from organisation where created_by = 'bench-duplicates'
  and match_name like 'calanques robotique%' order by id limit 100) s \gset
create temporary table bench_refresh (id bigint);
create function pg_temp.bench_refresh(ids bigint[]) returns void language plpgsql as $$
declare one bigint;
begin
  foreach one in array ids loop
    with me as materialized (
      select id, match_name, match_city, rna, ror, siren from organisation where id = one and merged_into_id is null),
  near as (
    select me.id as me_id, o.* from me cross join lateral (
      select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
        where o.match_name % me.match_name and o.match_city = me.match_city
      union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
        where o.match_name % me.match_name and coalesce(me.match_city, '') = ''
      union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
        where o.match_name % me.match_name and coalesce(o.match_city, '') = ''
      union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
        where o.rna = me.rna
      union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
        where o.ror = me.ror
      union select o.id, o.match_name, o.match_city, o.rna, o.ror, o.siren, o.merged_into_id from organisation o
        where o.siren = me.siren and o.match_city = me.match_city) o),
    found as (
      select distinct on (least(me.id, o.id), greatest(me.id, o.id))
        least(me.id, o.id) as first_id, greatest(me.id, o.id) as second_id,
        coalesce(similarity(o.match_name, me.match_name), 0) as score,
        coalesce(o.rna = me.rna or o.ror = me.ror or (o.siren = me.siren and o.match_city = me.match_city), false)
          as same_identifier
      from near o join me on me.id = o.me_id
      where o.id <> me.id and o.merged_into_id is null
      order by least(me.id, o.id), greatest(me.id, o.id)),
    gone as (
      delete from organisation_duplicate_candidate c where (c.first_id = one or c.second_id = one)
        and not exists (select 1 from found f where f.first_id = c.first_id and f.second_id = c.second_id))
    insert into organisation_duplicate_candidate (first_id, second_id, score, same_identifier, found_at)
    select first_id, second_id, score, same_identifier, now() from found
    on conflict (first_id, second_id) do update set score = excluded.score, same_identifier = excluded.same_identifier
      where organisation_duplicate_candidate.score <> excluded.score
        or organisation_duplicate_candidate.same_identifier <> excluded.same_identifier;
  end loop;
end $$;
\timing on
select pg_temp.bench_refresh(:'varied');
select pg_temp.bench_refresh(:'similar');

\echo '4. The page''s query now: an administrator, then a staff member of institution 1'
prepare page(bigint, boolean) as
with recursive mine(id) as (
  select $1 where $1 is not null
  union
  select o.id from organisation o join mine on o.parent_id = mine.id)
select count(*) from (
select c.first_id, c.second_id, c.score, c.same_identifier
from organisation_duplicate_candidate c
join organisation a on a.id = c.first_id
join organisation b on b.id = c.second_id
where a.merged_into_id is null and b.merged_into_id is null
  and ($2 or ((a.kind not in ('UNIVERSITY', 'SCHOOL', 'FACULTY', 'LABORATORY') or a.id in (select id from mine))
    and (b.kind not in ('UNIVERSITY', 'SCHOOL', 'FACULTY', 'LABORATORY') or b.id in (select id from mine))))
  and not exists (select 1 from organisation_distinct_pair d
    where d.first_id = c.first_id and d.second_id = c.second_id)
order by c.same_identifier desc, c.score desc, c.first_id, c.second_id
limit 100) as shown;
execute page(null, true);
execute page(null, true);
execute page(1, false);
execute page(1, false);
