-- Probable duplicates are kept rather than computed on each request (comparing every pair of a large directory
-- takes minutes): each pair of organisations, not merged, whose names are similar (trigram similarity of
-- match_name at least 0.6, OrganisationMerges.PAIR_SIMILARITY) in the same city or where one city is unknown, or
-- that share an RNA or ROR number, or a SIREN in the same city. The directory recomputes an organisation's pairs
-- whenever it is created or its name, city or identifiers change, on imports and on merges and their undoing
-- (DuplicateCandidates); found_at is when the pair was first found.
create table organisation_duplicate_candidate (
  first_id        bigint  not null references organisation (id) on delete cascade,
  second_id       bigint  not null references organisation (id) on delete cascade,
  score           real    not null,
  same_identifier boolean not null,
  found_at        timestamp with time zone not null,
  primary key (first_id, second_id),
  constraint organisation_duplicate_candidate_ordered check (first_id < second_id)
);

create index organisation_duplicate_candidate_second_idx on organisation_duplicate_candidate (second_id);
-- the duplicates page: same identifier first, then the most similar, read in this order until enough are shown
create index organisation_duplicate_candidate_order_idx
  on organisation_duplicate_candidate (same_identifier desc, score desc, first_id, second_id);

-- Organisations whose pairs are to be found again by the background job (large imports, the first filling of a
-- large directory); no foreign key: an organisation deleted meanwhile simply has no pairs.
create table organisation_duplicate_pending (
  organisation_id bigint not null primary key,
  queued_at       timestamp with time zone not null
);

-- An organisation's similar names in its own city, found through one index (the trigram index alone reads, for a
-- common name, every similar name of the country); those without a city through a partial index.
create extension if not exists btree_gin;
create index organisation_match_city_name_trgm_idx on organisation using gin (match_city, match_name gin_trgm_ops);
create index organisation_match_name_no_city_trgm_idx on organisation using gin (match_name gin_trgm_ops)
  where coalesce(match_city, '') = '';

-- The pairs of the organisations already there: found here for a directory of a few thousand (seconds), left to
-- the background job for a larger one (about 2 ms an organisation).
do $$
begin
  if (select count(*) from organisation where merged_into_id is null) <= 5000 then
    perform set_config('pg_trgm.similarity_threshold', '0.6', true);
    insert into organisation_duplicate_candidate (first_id, second_id, score, same_identifier, found_at)
    select me.id, o.id, coalesce(similarity(o.match_name, me.match_name), 0),
      coalesce(o.rna = me.rna or o.ror = me.ror or (o.siren = me.siren and o.match_city = me.match_city), false),
      now()
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
  else
    insert into organisation_duplicate_pending (organisation_id, queued_at)
    select id, now() from organisation where merged_into_id is null;
  end if;
end
$$;
