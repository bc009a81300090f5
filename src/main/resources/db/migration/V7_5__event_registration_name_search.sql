-- Check-in on the day: staff find a registered person by a part of their name, without regard to accents or case
-- ("zoe" finds "Zoé Martin"). event_search_name() is the name as searched: lower case, accents and ligatures of
-- Latin letters taken off, apostrophes and dots dropped, anything else that is not a letter or digit a space. It is
-- immutable, so that a trigram GIN index on it answers "name contains these letters" without reading the whole
-- table; queries apply the same function to what staff typed, so both sides are normalised alike.
create extension if not exists pg_trgm;

create function event_search_name(name text) returns text
  language sql immutable strict parallel safe
  return btrim(regexp_replace(
    translate(
      replace(replace(replace(replace(lower(translate(name,
        'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸ', 'AAAAAACEEEEIIIINOOOOOOUUUUYY')),
        'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'), 'Œ', 'oe'),
      'àáâãäåçèéêëìíîïñòóôõöøùúûüýÿł''’.', 'aaaaaaceeeeiiiinoooooouuuuyyl'),
    '[^a-z0-9]+', ' ', 'g'));

create index event_registration_search_name_trgm_idx on event_registration
  using gin (event_search_name(name) gin_trgm_ops);
