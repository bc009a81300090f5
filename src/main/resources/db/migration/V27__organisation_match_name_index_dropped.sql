-- The trigram index on match_name alone (V16) serves no query since V26: a multicolumn GIN index serves a condition on
-- any subset of its columns, and PostgreSQL looks similar names up through organisation_match_city_name_trgm_idx
-- (city and name; the name alone when the city is not known) and organisation_match_name_no_city_trgm_idx (checked
-- with EXPLAIN on 95,000 organisations: OrganisationMatcher.matches and mostSimilarNames, DuplicateCandidates). Each
-- organisation written kept it up to date for nothing: a fifth of the time of inserting 95,000 (bench/import.sh).
drop index if exists organisation_match_name_trgm_idx;
