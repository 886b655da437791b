-- EXPLAIN of the person search's SQL (modules/people/adapters/sql-person-search.ts) for one name and date of birth.
--   psql postgres://postgres:postgres@127.0.0.1:5432/hearth_bench_api -v n='josefina mendoza' -v d='2000-06-30' -v s='2000-06-30' -f bench/api/explain-search.sql
-- n: normalized name (lower case, no accents); d: dob; s: dob with day and month swapped (or d again).
BEGIN;
SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true);
EXPLAIN (ANALYZE, BUFFERS)
WITH candidate AS (
 (SELECT id FROM person WHERE search_name % :'n' OR :'n' <% search_name ORDER BY greatest(similarity(search_name, :'n'), word_similarity(:'n', search_name)) DESC LIMIT 300)
 UNION (SELECT person_id FROM person_name WHERE search_name % :'n' OR :'n' <% search_name ORDER BY greatest(similarity(search_name, :'n'), word_similarity(:'n', search_name)) DESC LIMIT 300)
 UNION (SELECT id FROM person WHERE dob = :'d'::date LIMIT 300)
 UNION (SELECT id FROM person WHERE dob = :'s'::date LIMIT 300))
SELECT p.id, greatest(similarity(p.search_name, :'n'), word_similarity(:'n', p.search_name), similarity(p.search_first || ' ' || p.search_last, :'n'))::float8 AS name_sim,
  (SELECT max(greatest(similarity(x.search_name, :'n'), word_similarity(:'n', x.search_name))) FROM person_name x WHERE x.person_id = p.id) AS alias_sim
FROM person p WHERE p.id IN (SELECT id FROM candidate);
ROLLBACK;
