-- People and households: the person registry.
-- Names are searched through stored normalized columns (search_*) that the application fills
-- (lower case, accents and punctuation removed): unaccent() is not IMMUTABLE and cannot be indexed.
-- SSNs are held as ciphertext only ("v1:" AES-256-GCM, key outside the database) plus the last four in clear.
-- Actor ids (created_by, user_id) are uuids without foreign keys: people may not depend on identity's tables.

CREATE TABLE person (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  middle_name text CHECK (length(middle_name) <= 100),
  last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  suffix text CHECK (length(suffix) <= 20),
  dob date,
  ssn_encrypted text CHECK (ssn_encrypted LIKE 'v1:%'),
  ssn_last4 char(4) CHECK (ssn_last4 ~ '^[0-9]{4}$'),
  sex text NOT NULL DEFAULT 'unknown' CHECK (sex IN ('female', 'male', 'x', 'unknown')),
  preferred_language text NOT NULL DEFAULT 'en' CHECK (preferred_language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$'),
  -- Confidentiality flags; any flag makes the record restricted.
  flags text[] NOT NULL DEFAULT '{}'
    CHECK (flags <@ ARRAY['family_violence', 'sealed', 'employee_vip', 'federal_tax_info']::text[]),
  restricted boolean GENERATED ALWAYS AS (cardinality(flags) > 0) STORED,
  search_first text NOT NULL,
  search_last text NOT NULL,
  search_name text NOT NULL,
  version int NOT NULL DEFAULT 1,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((ssn_encrypted IS NULL) = (ssn_last4 IS NULL))
);
CREATE INDEX person_search_name_trgm ON person USING gin (search_name gin_trgm_ops);
CREATE INDEX person_search_last_trgm ON person USING gin (search_last gin_trgm_ops);
CREATE INDEX person_dob ON person (dob);
CREATE INDEX person_ssn_last4_dob ON person (ssn_last4, dob) WHERE ssn_last4 IS NOT NULL;
CREATE INDEX person_restricted ON person (id) WHERE restricted;

-- Aliases, former and maiden names: searched like the primary name.
CREATE TABLE person_name (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('alias', 'former', 'maiden', 'nickname')),
  first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  middle_name text CHECK (length(middle_name) <= 100),
  last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  suffix text CHECK (length(suffix) <= 20),
  search_name text NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_name_person ON person_name (person_id);
CREATE INDEX person_name_search_trgm ON person_name USING gin (search_name gin_trgm_ops);

-- Phones, e-mail addresses and employers, each over a period.
CREATE TABLE person_contact (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('phone', 'email', 'employer')),
  value text NOT NULL CHECK (length(value) BETWEEN 1 AND 200),
  label text CHECK (length(label) <= 100),
  detail text CHECK (length(detail) <= 500),
  is_primary boolean NOT NULL DEFAULT false,
  from_date date,
  to_date date,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (to_date IS NULL OR from_date IS NULL OR to_date >= from_date)
);
CREATE INDEX person_contact_person ON person_contact (person_id);

-- Address history.
CREATE TABLE person_address (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  kind text NOT NULL DEFAULT 'residential' CHECK (kind IN ('residential', 'mailing')),
  line1 text NOT NULL CHECK (length(line1) BETWEEN 1 AND 200),
  line2 text CHECK (length(line2) <= 200),
  city text NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
  state char(2) NOT NULL CHECK (state ~ '^[A-Z]{2}$'),
  postal_code text NOT NULL CHECK (postal_code ~ '^[0-9]{5}(-[0-9]{4})?$'),
  county text CHECK (length(county) <= 100),
  from_date date NOT NULL,
  to_date date,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX person_address_person ON person_address (person_id, from_date DESC);

-- "person_a is <type> of person_b", stored once in canonical direction (parent, not child; for symmetric
-- types the smaller id first), so the same tie cannot be recorded twice from either side.
CREATE TABLE relationship (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_a_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  person_b_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  type text NOT NULL,
  from_date date,
  to_date date,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (person_a_id <> person_b_id),
  CHECK (to_date IS NULL OR from_date IS NULL OR to_date >= from_date)
);
CREATE UNIQUE INDEX relationship_current ON relationship (person_a_id, person_b_id, type) WHERE to_date IS NULL;
CREATE INDEX relationship_b ON relationship (person_b_id);

CREATE TABLE household (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Membership over time; to_date NULL means "still a member". A person may not overlap with themselves in
-- the same household, and a household has at most one head on any day.
CREATE TABLE household_member (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  household_id uuid NOT NULL REFERENCES household (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role text NOT NULL DEFAULT 'member' CHECK (role IN ('head', 'member')),
  from_date date NOT NULL,
  to_date date,
  end_reason text CHECK (length(end_reason) <= 500),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (to_date IS NULL OR to_date >= from_date),
  CONSTRAINT household_member_no_overlap EXCLUDE USING gist (
    household_id WITH =, person_id WITH =, daterange(from_date, to_date, '[]') WITH &&),
  CONSTRAINT household_one_head EXCLUDE USING gist (
    household_id WITH =, daterange(from_date, to_date, '[]') WITH &&) WHERE (role = 'head')
);
CREATE INDEX household_member_person ON household_member (person_id);

-- Break-the-glass grants: a stated reason opens one restricted person to one user for a while.
CREATE TABLE person_access_grant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL,
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  granted_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  CHECK (expires_at > granted_at)
);
CREATE INDEX person_access_grant_lookup ON person_access_grant (user_id, person_id, expires_at);
