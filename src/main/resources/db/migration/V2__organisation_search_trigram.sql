-- The directory search looks for every word of the query inside the normalised text (search_text like
-- '%word%'). A trigram GIN index answers that without reading the whole table, however large the directory.
create extension if not exists pg_trgm;

create index organisation_search_text_trgm_idx on organisation using gin (search_text gin_trgm_ops);
