-- Extensions Hearth relies on (the same set on PGlite and PostgreSQL 15).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Refuses UPDATE and DELETE on append-only tables.
CREATE OR REPLACE FUNCTION hearth_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;

-- The hash chain's head: one row, locked by each writing transaction just before commit.
CREATE TABLE audit_head (
  id int PRIMARY KEY CHECK (id = 1),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

-- Every change: who, when, what, before and after, chained by SHA-256.
CREATE TABLE audit_event (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id uuid,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  case_id uuid,
  person_id uuid,
  reason text,
  before jsonb,
  after jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id, seq);
CREATE INDEX audit_event_case ON audit_event (case_id, seq) WHERE case_id IS NOT NULL;
CREATE INDEX audit_event_person ON audit_event (person_id, seq) WHERE person_id IS NOT NULL;
CREATE INDEX audit_event_actor ON audit_event (actor_id, at);
CREATE INDEX audit_event_at ON audit_event (at);
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION hearth_append_only();

-- Every read of a person or case record, and every break-the-glass.
CREATE TABLE access_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id uuid,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  case_id uuid,
  person_id uuid,
  reason text,
  restricted boolean NOT NULL DEFAULT false,
  ip text
);
CREATE INDEX access_log_user ON access_log (user_id, at);
CREATE INDEX access_log_case ON access_log (case_id, at) WHERE case_id IS NOT NULL;
CREATE INDEX access_log_person ON access_log (person_id, at) WHERE person_id IS NOT NULL;
CREATE INDEX access_log_at ON access_log (at);
CREATE INDEX access_log_break_glass ON access_log (at) WHERE action = 'break_glass';
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION hearth_append_only();

-- Long-running work reported to the web app.
CREATE TABLE job_run (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job_name text NOT NULL,
  boss_job_id text,
  requested_by uuid,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','completed','failed')),
  total int,
  done int NOT NULL DEFAULT 0,
  checkpoint jsonb,
  message text,
  payload jsonb,
  result jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_run_recent ON job_run (created_at DESC);
