-- The large dataset of bench/run, loaded by PostgreSQL itself (generate_series, set-based inserts):
-- 200 institutions and components, 50,000 partner organisations, 100,000 contacts, 5,000 conventions
-- between them with their parties, pillars, signatories, 2 axes and 6 actions each, and a history entry.
-- Names are in French, with accents, so that search and French order work as on real data.

create temporary table bench_word (n int primary key, word text not null);
insert into bench_word values (0, 'Méditerranée'), (1, 'Provence'), (2, 'Océan'), (3, 'Alpes'), (4, 'Garrigue'),
  (5, 'Calanques'), (6, 'Étang'), (7, 'Rhône'), (8, 'Cévennes'), (9, 'Lubéron'), (10, 'Camargue'),
  (11, 'Durance'), (12, 'Estérel'), (13, 'Ventoux'), (14, 'Verdon'), (15, 'Sainte-Victoire');
create temporary table bench_trade (n int primary key, word text not null, sector text not null);
insert into bench_trade values (0, 'Logiciels', 'DIGITAL'), (1, 'Santé', 'HEALTH_BIOTECH'),
  (2, 'Énergies', 'ENERGY_ENVIRONMENT'), (3, 'Aéronautique', 'AEROSPACE_DEFENCE'), (4, 'Agroalimentaire', 'AGRIFOOD'),
  (5, 'Chimie', 'CHEMISTRY_MATERIALS'), (6, 'Transports', 'LOGISTICS_TRANSPORT'), (7, 'Maritime', 'MARITIME'),
  (8, 'Conseil', 'SERVICES'), (9, 'Industrie', 'MANUFACTURING'), (10, 'Cosmétiques', 'COSMETICS'),
  (11, 'Bâtiment', 'CONSTRUCTION');
create temporary table bench_city (n int primary key, city text not null, region text not null);
insert into bench_city values (0, 'Marseille', 'PROVENCE_ALPES_COTE_D_AZUR'), (1, 'Aix-en-Provence', 'PROVENCE_ALPES_COTE_D_AZUR'),
  (2, 'Toulon', 'PROVENCE_ALPES_COTE_D_AZUR'), (3, 'Nice', 'PROVENCE_ALPES_COTE_D_AZUR'), (4, 'Montpellier', 'OCCITANIE'),
  (5, 'Nîmes', 'OCCITANIE'), (6, 'Alès', 'OCCITANIE'), (7, 'Toulouse', 'OCCITANIE'), (8, 'Lyon', 'AUVERGNE_RHONE_ALPES'),
  (9, 'Grenoble', 'AUVERGNE_RHONE_ALPES'), (10, 'Compiègne', 'HAUTS_DE_FRANCE'), (11, 'Lille', 'HAUTS_DE_FRANCE'),
  (12, 'Paris', 'ILE_DE_FRANCE'), (13, 'Rennes', 'BRETAGNE'), (14, 'Bordeaux', 'NOUVELLE_AQUITAINE'),
  (15, 'Nantes', 'PAYS_DE_LA_LOIRE'), (16, 'Strasbourg', 'GRAND_EST');

-- the directory's normalised search text, as SearchText computes it for plain French names
create function pg_temp.bench_text(value text) returns text language sql immutable as $$
  select trim(regexp_replace(translate(lower(value), 'àâäéèêëîïôöùûüçœ''’.', 'aaaeeeeiioouuucoe'), '[^a-z0-9]+', ' ', 'g'))
$$;

-- name and city as the matching of organisations compares them (MatchText.name and MatchText.city, after
-- SearchText.normalise): without accents, case or punctuation; a name without its legal form and small words (the
-- normalised name itself when nothing else is left), a city without postal code, CEDEX or arrondissement; "st" and
-- "ste" spelled out
create function pg_temp.bench_normalised(value text) returns text language sql immutable as $$
  select trim(regexp_replace(regexp_replace(regexp_replace(normalize(
      replace(replace(replace(replace(replace(replace(lower(coalesce(value, '') collate "und-x-icu"),
        'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'), 'ø', 'o'), 'ł', 'l'), 'đ', 'd'), NFD),
    '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+', '', 'g'), '[.''’]+', '', 'g'),
    '[^a-z0-9]+', ' ', 'g'))
$$;
create function pg_temp.bench_words(normalised text, noise text[]) returns text language sql immutable as $$
  select coalesce(string_agg(case word when 'st' then 'saint' when 'ste' then 'sainte' else word end, ' ' order by n),
                  '')
  from unnest(string_to_array(normalised, ' ')) with ordinality as w(word, n)
  where word <> '' and word <> all(noise)
$$;
create function pg_temp.bench_match_name(value text) returns text language sql immutable as $$
  select coalesce(nullif(pg_temp.bench_words(pg_temp.bench_normalised(value), array['sa', 'sas', 'sasu', 'sarl',
    'eurl', 'sca', 'scop', 'sci', 'snc', 'gie', 'groupe', 'group', 'ltd', 'gmbh', 'inc', 'the', 'la', 'le', 'les', 'l',
    'de', 'du', 'des', 'd', 'et', 'and', 'of', 'societe']), ''), pg_temp.bench_normalised(value))
$$;
create function pg_temp.bench_match_city(value text) returns text language sql immutable as $$
  select pg_temp.bench_words(regexp_replace(regexp_replace(regexp_replace(pg_temp.bench_normalised(value),
    '\y[0-9]{5}\y', ' ', 'g'), '\ycedex(?: [0-9]{1,3})?\y', ' ', 'g'),
    '\y[0-9]{1,2}(?: ?(?:e|er|ere|eme|ieme|em))?(?: arrondissement| arr)?\y', ' ', 'g'), array[]::text[])
$$;

-- 40 institutions (universities and schools) and 160 components (faculties and laboratories)
insert into organisation (name, short_name, kind, parent_id, city, region, sector, name_key, search_text, match_name,
                          match_city, created_by, updated_by)
select name, short_name, kind, null, city, region, 'RESEARCH_EDUCATION', pg_temp.bench_text(name),
       pg_temp.bench_text(name || ' ' || short_name || ' ' || city), pg_temp.bench_match_name(name),
       pg_temp.bench_match_city(city), 'bench', 'bench'
from (select case when i % 2 = 0 then 'Université ' else 'École d''ingénieurs ' end || w.word || ' ' || i as name,
             'BU' || i as short_name, case when i % 2 = 0 then 'UNIVERSITY' else 'SCHOOL' end as kind, c.city, c.region
      from generate_series(1, 40) as i
      join bench_word w on w.n = i % 16
      join bench_city c on c.n = i % 17) as institutions;

insert into organisation (name, kind, parent_id, city, region, sector, name_key, search_text, match_name, match_city,
                          created_by, updated_by)
select name, kind, parent.id, parent.city, parent.region, 'RESEARCH_EDUCATION', pg_temp.bench_text(name),
       pg_temp.bench_text(name || ' ' || parent.city), pg_temp.bench_match_name(name),
       pg_temp.bench_match_city(parent.city), 'bench', 'bench'
from (select p.id, p.city, p.region, row_number() over (order by p.id) as rank
      from organisation p where p.created_by = 'bench' and p.parent_id is null) as parent
cross join lateral (select case when k % 2 = 0 then 'Faculté des sciences ' else 'Laboratoire ' end
                             || parent.rank || '-' || k as name,
                           case when k % 2 = 0 then 'FACULTY' else 'LABORATORY' end as kind
                    from generate_series(1, 4) as k) as component;

-- 50,000 partners: companies of every size (a SIREN each), some clusters and public bodies
insert into organisation (name, kind, siren, size_class, sector, city, region, website, name_key, search_text,
                          match_name, match_city, created_by, updated_by)
select name, kind, siren, size_class, sector, city, region, website, pg_temp.bench_text(name),
       pg_temp.bench_text(name || ' ' || city || coalesce(' ' || siren, '')), pg_temp.bench_match_name(name),
       pg_temp.bench_match_city(city), 'bench', 'bench'
from (select t.word || ' ' || w.word || ' ' || i as name,
             case when i % 500 = 0 then 'CLUSTER' when i % 250 = 0 then 'PUBLIC_BODY' else 'COMPANY' end as kind,
             case when i % 250 = 0 then null else lpad((100000000 + i * 7)::text, 9, '0') end as siren,
             case when i % 250 = 0 then null
                  else (array['MICRO', 'SME', 'SME', 'SME', 'MID_CAP', 'LARGE'])[1 + i % 6] end as size_class,
             t.sector, c.city, c.region, 'https://www.entreprise-' || i || '.example' as website
      from generate_series(1, 50000) as i
      join bench_trade t on t.n = i % 12
      join bench_word w on w.n = (i / 12) % 16
      join bench_city c on c.n = (i / 7) % 17) as partners;

-- 100,000 contacts, two per partner
insert into contact (organisation_id, first_name, last_name, job_title, email, purpose, created_by, updated_by)
select o.id, (array['Camille', 'Léa', 'Hugo', 'Inès', 'Louis', 'Chloé', 'Jules', 'Zoé'])[1 + (o.id + k) % 8],
       (array['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Mercier', 'Faure'])[1 + (o.id * 3 + k) % 8]
         || ' ' || o.id,
       (array['Responsable RH', 'Directrice R&D', 'Chargé de relations écoles'])[1 + k], 'contact' || k || '.' || o.id
         || '@entreprise.example', (array['PARTNERSHIP', 'INTERNSHIPS', 'RESEARCH'])[1 + k], 'bench', 'bench'
from organisation o cross join generate_series(1, 2) as k
where o.created_by = 'bench' and o.kind in ('COMPANY', 'CLUSTER', 'PUBLIC_BODY');

-- 5,000 conventions, each between an institution (or one of its components) and a partner
create temporary table bench_ids as
select (select array_agg(id order by id) from organisation
        where created_by = 'bench' and kind in ('UNIVERSITY', 'SCHOOL', 'FACULTY', 'LABORATORY')) as institutions,
       (select array_agg(id order by id) from organisation where created_by = 'bench' and kind = 'COMPANY') as companies;

create temporary table bench_convention as
select i, ids.institutions[1 + i % array_length(ids.institutions, 1)] as institution,
       ids.companies[1 + (i * 9) % array_length(ids.companies, 1)] as partner,
       (array['DRAFT', 'IN_NEGOTIATION', 'SIGNED', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'EXPIRED', 'TERMINATED'])[1 + i % 8]
         as status,
       date '2022-01-01' + (i % 1400) as starts_on, 'BENCH-' || i as reference
from generate_series(1, 5000) as i cross join bench_ids as ids;

insert into convention (title, reference, status, confidentiality, summary, owner_organisation_id, signed_on, starts_on,
                        ends_on, tacit_renewal, notice_months, watch_on, created_by, updated_by)
select 'Convention cadre ' || w.word || ' ' || b.i, b.reference, b.status,
       case when b.i % 3 = 0 then 'INTERNAL' else 'PUBLIC' end,
       'Partenariat de recherche, de formation et de recrutement.', b.institution,
       case when b.status in ('DRAFT', 'IN_NEGOTIATION') then null else b.starts_on - 10 end,
       case when b.status = 'DRAFT' then null else b.starts_on end,
       case when b.status = 'DRAFT' then null else b.starts_on + 365 * 3 end,
       b.i % 4 = 0, case when b.i % 4 = 0 then 3 else null end,
       case when b.status in ('SIGNED', 'ACTIVE') then
         case when b.i % 4 = 0 then b.starts_on + 365 * 3 - 90 else b.starts_on + 365 * 3 end end,
       'bench', 'bench'
from bench_convention b join bench_word w on w.n = b.i % 16;

insert into convention_party (convention_id, organisation_id, role)
select c.id, b.institution, 'INSTITUTION' from convention c join bench_convention b on b.reference = c.reference
union all
select c.id, b.partner, 'PARTNER' from convention c join bench_convention b on b.reference = c.reference;

insert into convention_signatory (convention_id, position, name, function, organisation_id)
select c.id, 0, 'Présidente ' || b.i, 'Présidente', b.institution from convention c join bench_convention b on b.reference = c.reference
union all
select c.id, 1, 'Directeur ' || b.i, 'Directeur général', b.partner from convention c join bench_convention b on b.reference = c.reference;

insert into convention_pillar (convention_id, pillar_id)
select distinct c.id, p.id
from bench_convention b join convention c on c.reference = b.reference
join pillar p on p.position in (1 + b.i % 6, 1 + (b.i + 2) % 6);

insert into convention_axis (convention_id, pillar_id, statement, objectives, created_by, updated_by)
select cp.convention_id, cp.pillar_id, 'Développer les stages et les projets communs',
       'Vingt stages par an ; deux thèses CIFRE.', 'bench', 'bench'
from convention_pillar cp join convention c on c.id = cp.convention_id where c.created_by = 'bench';

insert into convention_action (axis_id, what, owner, due_on, status, created_by, updated_by)
select a.id, 'Action ' || k || ' de l''axe ' || a.id, 'Service des partenariats', date '2025-01-01' + ((a.id * 7 + k * 31) % 900)::int,
       (array['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'])[1 + (a.id + k) % 4], 'bench', 'bench'
from convention_axis a join convention c on c.id = a.convention_id cross join generate_series(1, 3) as k
where c.created_by = 'bench';

insert into convention_history (convention_id, at, actor, kind, detail)
select c.id, current_timestamp, 'bench', 'CREATED', null from convention c where c.created_by = 'bench';

-- their probable duplicates, found by the portal's job (DuplicateCandidates) a batch at a time after start-up, as
-- for a large import: the duplicates page says how many are still being compared
insert into organisation_duplicate_pending (organisation_id, queued_at)
select id, now() from organisation where created_by = 'bench' on conflict do nothing;

analyze;
