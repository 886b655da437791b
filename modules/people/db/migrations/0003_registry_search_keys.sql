-- Cheaper search keys, measured at 1,000,000 people (bench-registry.ts): the trigram keys (surname trigrams with
-- the year of birth, alias trigrams) scanned long GIN posting lists for common trigrams and dominated search time
-- (p50 262 ms for name + date of birth). They are replaced by btree keys:
--   given name with year of birth            person_year_first (catches a misspelled surname with a wrong date)
--   Soundex of an alias / former surname     person_name_phonetic_last
-- The trigram indexes of 0001 stay (nothing else depends on them being gone).
CREATE INDEX person_year_first ON person (birth_year, search_first);
CREATE INDEX person_name_phonetic_last ON person_name (soundex(regexp_replace(lower(last_name), '[^a-z]+', '', 'g')));
