-- The registry at scale: search keys, merge pointers, the duplicate review queue and merges.
--
-- Search keys (each one cheap and selective; candidates are re-ranked in TypeScript by the linkage scorer):
--   date of birth exact or day/month swapped   person_dob (0001)
--   SSN last four with date of birth           person_ssn_last4_dob (0001)
--   surname trigrams with year of birth        person_search_last_trgm (0001) AND person_birth_year (bitmap AND)
--   phonetic surname with first initial,
--   and nickname-normalized given names        person_phonetic_last: soundex(surname), first letter, given name
--   exact surname (surname-only search)        person_last_first
--   aliases, former and maiden names           person_name_search_trgm (0001)
-- soundex() is IMMUTABLE and search_last is already ASCII (the app normalizes it), so it can be indexed and
-- every insert path (API, seeds, bulk COPY) fills the key without application code. It is the same phonetic
-- key as @hearth/linkage's phoneticKey (Soundex of the compact surname, checked against PostgreSQL there).

ALTER TABLE person ADD COLUMN birth_year int GENERATED ALWAYS AS (extract(year FROM dob)::int) STORED;
CREATE INDEX person_birth_year ON person (birth_year);
CREATE INDEX person_phonetic_last ON person (soundex(replace(search_last, ' ', '')), left(search_first, 1), search_first);
CREATE INDEX person_last_first ON person (search_last, search_first);

-- A merged-away record keeps its row (so old references and links still resolve) and points at the survivor.
ALTER TABLE person ADD COLUMN merged_into uuid REFERENCES person (id);
ALTER TABLE person ADD COLUMN merged_at timestamptz;
ALTER TABLE person ADD CONSTRAINT person_merged_pointer CHECK ((merged_into IS NULL) = (merged_at IS NULL) AND merged_into IS DISTINCT FROM id);
CREATE INDEX person_merged_into ON person (merged_into) WHERE merged_into IS NOT NULL;

-- Pairs of people who may be the same person: proposed by the duplicate-detection job, or declared
-- "not the same person" when a worker registered someone despite a likely match. A decided pair is never
-- proposed again. person_a_id < person_b_id, so a pair has one row whichever side found it.
CREATE TABLE person_match_candidate (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_a_id uuid NOT NULL REFERENCES person (id),
  person_b_id uuid NOT NULL REFERENCES person (id),
  probability float8 NOT NULL CHECK (probability >= 0 AND probability <= 1),
  match_weight float8 NOT NULL,
  -- The scorer's explanation: [{field, level, weight, explanation}].
  comparisons jsonb NOT NULL DEFAULT '[]',
  -- The smallest person id of the cluster the pair belongs to (after clustering), for grouping in the queue.
  cluster_id uuid,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'same', 'not_same', 'merged')),
  source text NOT NULL CHECK (source IN ('dedupe_job', 'registration', 'review')),
  run_id uuid,
  reason text CHECK (length(reason) <= 1000),
  decided_by uuid,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (person_a_id < person_b_id),
  CHECK (status = 'pending' OR decided_at IS NOT NULL)
);
CREATE UNIQUE INDEX person_match_candidate_pair ON person_match_candidate (person_a_id, person_b_id);
CREATE INDEX person_match_candidate_queue ON person_match_candidate (probability DESC, id) WHERE status = 'pending';
CREATE INDEX person_match_candidate_b ON person_match_candidate (person_b_id);
CREATE INDEX person_match_candidate_run ON person_match_candidate (run_id);

-- One merge: what the survivor looked like before and after, and everything moved or set aside, so that an
-- unmerge can put it back exactly while keeping what was added to either side afterwards.
CREATE TABLE person_merge (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  survivor_id uuid NOT NULL REFERENCES person (id),
  merged_id uuid NOT NULL REFERENCES person (id),
  reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 10 AND 1000),
  -- field -> 'survivor' | 'merged': whose value survived.
  chosen jsonb NOT NULL,
  -- The survivor's own fields before and right after the merge (no SSN: see the ciphertext columns).
  survivor_before jsonb NOT NULL,
  survivor_after jsonb NOT NULL,
  survivor_ssn_before text CHECK (survivor_ssn_before LIKE 'v1:%'),
  survivor_ssn_after text CHECK (survivor_ssn_after LIKE 'v1:%'),
  -- Row ids moved from the merged record, rows set aside (conflicts), names created by the merge, and each
  -- other module's undo record (by participant name).
  undo jsonb NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'undone')),
  merged_by uuid,
  merged_at timestamptz NOT NULL DEFAULT now(),
  unmerged_by uuid,
  unmerged_at timestamptz,
  unmerge_reason text CHECK (length(unmerge_reason) <= 1000),
  CHECK (survivor_id <> merged_id),
  CHECK ((status = 'undone') = (unmerged_at IS NOT NULL))
);
CREATE UNIQUE INDEX person_merge_active ON person_merge (merged_id) WHERE status = 'active';
CREATE INDEX person_merge_survivor ON person_merge (survivor_id, merged_at DESC);

-- Term frequencies of given name, family name and city over the registry (normalized as @hearth/linkage does),
-- written by the duplicate-detection job and read by search: agreeing on a rare surname weighs more than on "smith".
CREATE TABLE person_term_frequency (
  field text NOT NULL CHECK (field IN ('givenName', 'familyName', 'city')),
  value text NOT NULL,
  n int NOT NULL CHECK (n > 0),
  PRIMARY KEY (field, value)
);
CREATE TABLE person_term_frequency_meta (
  id int PRIMARY KEY CHECK (id = 1),
  version uuid NOT NULL,
  total int NOT NULL,
  non_null jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now()
);
