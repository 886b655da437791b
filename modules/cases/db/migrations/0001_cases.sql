-- Cases: a program's file on a person or family, with participants, assignment history, notes, documents,
-- tasks, regulatory clocks, review queue, overrides and break-the-glass grants.
-- Staff and units live in identity and people in the people module; their ids are stored as plain uuids here
-- (identity: app_user, org_unit; people: person), read through ports, so this module's tables need neither.

CREATE SEQUENCE case_number_seq START 100001;

CREATE TABLE "case" (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_number text NOT NULL UNIQUE DEFAULT ('C' || nextval('case_number_seq')::text),
  program_code text NOT NULL CHECK (program_code IN ('snap','tanf','medicaid','child_support','child_welfare','work_program','general_services')),
  status text NOT NULL DEFAULT 'intake' CHECK (status IN ('intake','open','closed')),
  unit_id uuid NOT NULL,
  assigned_worker_id uuid,
  primary_person_id uuid NOT NULL,
  complexity smallint NOT NULL DEFAULT 2 CHECK (complexity BETWEEN 1 AND 5),
  confidentiality text[] NOT NULL DEFAULT '{}'
    CHECK (confidentiality <@ ARRAY['family_violence','sealed','employee_vip','fti']::text[]),
  restricted boolean GENERATED ALWAYS AS (cardinality(confidentiality) > 0) STORED,
  opened_on date NOT NULL,
  closed_on date,
  close_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_worker_status ON "case" (assigned_worker_id, status);
CREATE INDEX case_unit_status ON "case" (unit_id, status);
CREATE INDEX case_program_status ON "case" (program_code, status);
CREATE INDEX case_primary_person ON "case" (primary_person_id);
CREATE INDEX case_recent ON "case" (created_at DESC, id DESC);

CREATE TABLE case_participant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES "case"(id),
  person_id uuid NOT NULL,
  role text NOT NULL,
  started_on date NOT NULL,
  ended_on date,
  added_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX case_participant_active ON case_participant (case_id, person_id, role) WHERE ended_on IS NULL;
CREATE INDEX case_participant_person ON case_participant (person_id);
CREATE INDEX case_participant_case ON case_participant (case_id);

CREATE TABLE case_assignment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES "case"(id),
  worker_id uuid,
  unit_id uuid NOT NULL,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  assigned_by uuid,
  reason text
);
CREATE INDEX case_assignment_case ON case_assignment (case_id, assigned_at);
CREATE INDEX case_assignment_worker ON case_assignment (worker_id) WHERE ended_at IS NULL;

CREATE TABLE case_note (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES "case"(id),
  contact_type text NOT NULL,
  contact_on date NOT NULL,
  participant_ids uuid[] NOT NULL DEFAULT '{}',
  subject text,
  narrative text NOT NULL,
  template_code text,
  author_id uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_note_case ON case_note (case_id, contact_on DESC);

CREATE TABLE case_document (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES "case"(id),
  doc_type text NOT NULL,
  file_name text NOT NULL,
  media_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes >= 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  description text,
  uploaded_by uuid,
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_document_case ON case_document (case_id, uploaded_at DESC);
CREATE INDEX case_document_hash ON case_document (sha256);

CREATE TABLE case_clock (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES "case"(id),
  type_code text NOT NULL,
  started_on date NOT NULL,
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running','paused','met','stopped')),
  paused_on date,
  pause_reason text,
  paused_days integer NOT NULL DEFAULT 0,
  warned_on date,
  escalated_on date,
  escalation_task_id uuid,
  ended_on date,
  end_reason text,
  started_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_clock_case ON case_clock (case_id);
CREATE INDEX case_clock_active ON case_clock (due_on, id) WHERE status IN ('running','paused');

CREATE TABLE case_clock_pause (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clock_id uuid NOT NULL REFERENCES case_clock(id),
  paused_on date NOT NULL,
  resumed_on date,
  reason text NOT NULL,
  paused_by uuid,
  resumed_by uuid
);
CREATE INDEX case_clock_pause_clock ON case_clock_pause (clock_id, paused_on);

CREATE TABLE case_task (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES "case"(id),
  title text NOT NULL,
  description text,
  assignee_id uuid,
  due_on date,
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low','normal','high','urgent')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','cancelled')),
  source text NOT NULL DEFAULT 'manual',
  clock_id uuid REFERENCES case_clock(id),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  completed_by uuid,
  outcome text
);
CREATE INDEX case_task_assignee ON case_task (assignee_id, status, due_on);
CREATE INDEX case_task_case ON case_task (case_id, status);
-- At most one escalation task per clock, whatever a rerun of the sweep does.
CREATE UNIQUE INDEX case_task_clock_escalation ON case_task (clock_id) WHERE source = 'clock_escalation';

CREATE TABLE case_review (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES "case"(id),
  unit_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('determination','closure','plan_approval')),
  summary text NOT NULL,
  details jsonb,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','returned')),
  submitted_by uuid NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid,
  decided_at timestamptz,
  comment text
);
CREATE INDEX case_review_queue ON case_review (unit_id, status, submitted_at);
CREATE INDEX case_review_case ON case_review (case_id);

CREATE TABLE case_action (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES "case"(id),
  kind text NOT NULL CHECK (kind IN ('determination','closure','plan_approval')),
  summary text NOT NULL,
  details jsonb,
  taken_by uuid NOT NULL,
  approved_by uuid,
  review_id uuid REFERENCES case_review(id),
  taken_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_action_case ON case_action (case_id, taken_at);

CREATE TABLE case_override (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES "case"(id),
  what text NOT NULL,
  reason text NOT NULL CHECK (length(btrim(reason)) > 0),
  approved_by uuid NOT NULL,
  approved_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_override_case ON case_override (case_id);

CREATE TABLE case_access_grant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES "case"(id),
  user_id uuid NOT NULL,
  reason text NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX case_access_grant_lookup ON case_access_grant (case_id, user_id, expires_at);
