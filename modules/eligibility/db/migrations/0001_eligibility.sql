-- Eligibility: applications, evidence (effective-dated, versioned), verification requests, decisions and their
-- immutable per-month determinations, certification periods, the benefit ledger, claims, changes, notice requests
-- and mass-redetermination runs. Cases, people and staff live in their own modules; their ids are plain uuids here.

CREATE SEQUENCE elig_application_number_seq START 500001;

-- One application for several programs; also the household's eligibility file (evidence hangs off it).
CREATE TABLE elig_application (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_number text NOT NULL UNIQUE DEFAULT ('A' || nextval('elig_application_number_seq')::text),
  channel text NOT NULL CHECK (channel IN ('worker','online')),
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received','registered','withdrawn')),
  programs text[] NOT NULL CHECK (cardinality(programs) > 0 AND programs <@ ARRAY['snap','tanf','medicaid']::text[]),
  received_at timestamptz NOT NULL,
  filed_on date NOT NULL,
  language text NOT NULL DEFAULT 'en' CHECK (language IN ('en','es')),
  unit_id uuid,
  primary_person_id uuid,
  applicant jsonb NOT NULL,
  household jsonb NOT NULL,
  screening jsonb NOT NULL,
  expedited boolean NOT NULL DEFAULT false,
  expedited_screened_on date,
  created_by uuid,
  registered_by uuid,
  registered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX elig_application_status ON elig_application (status, filed_on);

-- One case per program (the cases module's case is single-program); clocks and reviews live on it.
CREATE TABLE elig_application_program (
  application_id uuid NOT NULL REFERENCES elig_application(id),
  program text NOT NULL CHECK (program IN ('snap','tanf','medicaid')),
  case_id uuid UNIQUE,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','denied','withdrawn')),
  decided_on date,
  decision_id uuid,
  clock_ids jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (application_id, program)
);
CREATE INDEX elig_application_program_status ON elig_application_program (program, status);

-- Evidence: effective-dated facts with source and verification; a change is a new version, never an update.
-- evidence_key names the item across versions; the highest version is current; 'retracted' ends an item.
CREATE TABLE elig_evidence (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES elig_application(id),
  evidence_key uuid NOT NULL,
  version int NOT NULL CHECK (version >= 1),
  kind text NOT NULL,
  member_key uuid,
  payload jsonb NOT NULL,
  amount_cents bigint,
  effective_from date NOT NULL,
  effective_to date,
  source text NOT NULL,
  verification text NOT NULL CHECK (verification IN ('unverified','requested','verified','not_required','refused')),
  document_id uuid,
  retracted boolean NOT NULL DEFAULT false,
  change_id uuid,
  reason text,
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (effective_to IS NULL OR effective_to >= effective_from),
  UNIQUE (evidence_key, version)
);
CREATE INDEX elig_evidence_application ON elig_evidence (application_id, evidence_key, version DESC);
CREATE TRIGGER elig_evidence_append_only BEFORE UPDATE OR DELETE ON elig_evidence FOR EACH ROW EXECUTE FUNCTION hearth_append_only();

CREATE TABLE elig_verification_request (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES elig_application(id),
  evidence_key uuid,
  item text NOT NULL,
  programs text[] NOT NULL,
  requested_on date NOT NULL,
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','received','missed','cancelled')),
  resolved_on date,
  requested_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (due_on >= requested_on)
);
CREATE INDEX elig_verification_due ON elig_verification_request (status, due_on);

-- A decision groups the months evaluated together; its workflow status changes (audited), its months do not.
CREATE TABLE elig_decision (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES elig_application(id),
  case_id uuid NOT NULL,
  program text NOT NULL CHECK (program IN ('snap','tanf','medicaid')),
  kind text NOT NULL CHECK (kind IN ('initial','change','renewal','procedural_denial','closure')),
  status text NOT NULL CHECK (status IN ('proposed','pending_review','approved','returned','superseded')),
  outcome text NOT NULL CHECK (outcome IN ('approve','deny','change','close')),
  first_month date NOT NULL,
  last_month date NOT NULL,
  effective_month date,
  certification_start date,
  certification_end date,
  reason_code text,
  summary text NOT NULL,
  change_id uuid,
  review_id uuid,
  submitted_by uuid,
  approved_by uuid,
  approved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX elig_decision_case ON elig_decision (case_id, created_at);

-- Immutable: the facts snapshot, result, trace, explanation and rules version of one program-month.
CREATE TABLE elig_determination (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  application_id uuid NOT NULL,
  program text NOT NULL,
  rules_program text NOT NULL,
  benefit_month date NOT NULL CHECK (extract(day FROM benefit_month) = 1),
  as_of date NOT NULL,
  kind text NOT NULL,
  decision_id uuid REFERENCES elig_decision(id),
  run_id uuid,
  facts jsonb NOT NULL,
  eligible boolean,
  amount_cents int,
  result jsonb NOT NULL,
  trace jsonb,
  explanation jsonb,
  rules_version text NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX elig_determination_case ON elig_determination (case_id, benefit_month);
CREATE INDEX elig_determination_decision ON elig_determination (decision_id);
-- Exactly one result per case in a mass-redetermination run.
CREATE UNIQUE INDEX elig_determination_run_case ON elig_determination (run_id, case_id) WHERE run_id IS NOT NULL;
CREATE TRIGGER elig_determination_append_only BEFORE UPDATE OR DELETE ON elig_determination FOR EACH ROW EXECUTE FUNCTION hearth_append_only();

-- The certification period of a case (one current row a case); status changes are audited.
CREATE TABLE elig_certification (
  case_id uuid PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES elig_application(id),
  program text NOT NULL,
  decision_id uuid NOT NULL REFERENCES elig_decision(id),
  start_month date NOT NULL,
  end_month date NOT NULL,
  status text NOT NULL CHECK (status IN ('active','renewal_pending','lapsed','closed')),
  amount_cents int NOT NULL DEFAULT 0,
  renewal_raised_on date,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX elig_certification_active ON elig_certification (program, status, case_id);
CREATE INDEX elig_certification_end ON elig_certification (status, end_month);

-- Money: issuances, supplements, allotment reductions (claim recoupment). Append-only.
CREATE TABLE elig_ledger_entry (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  program text NOT NULL,
  benefit_month date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('issuance','supplement','reduction')),
  amount_cents int NOT NULL CHECK (amount_cents > 0),
  decision_id uuid REFERENCES elig_decision(id),
  determination_id uuid REFERENCES elig_determination(id),
  claim_id uuid,
  issued_on date NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX elig_ledger_case ON elig_ledger_entry (case_id, benefit_month);
CREATE UNIQUE INDEX elig_ledger_one_issuance ON elig_ledger_entry (case_id, benefit_month) WHERE kind = 'issuance';
CREATE TRIGGER elig_ledger_append_only BEFORE UPDATE OR DELETE ON elig_ledger_entry FOR EACH ROW EXECUTE FUNCTION hearth_append_only();

CREATE TABLE elig_issuance_export (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  issue_month date NOT NULL,
  line_count int NOT NULL,
  total_cents bigint NOT NULL,
  sha256 text NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE elig_issuance_export_line (
  export_id uuid NOT NULL REFERENCES elig_issuance_export(id),
  ledger_entry_id uuid NOT NULL UNIQUE REFERENCES elig_ledger_entry(id)
);

-- Over-issuance claims and their transactions (establishment, repayments, recoupments). Append-only transactions.
CREATE TABLE elig_claim (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  program text NOT NULL,
  claim_type text NOT NULL CHECK (claim_type IN ('IHE','AE','IPV')),
  decision_id uuid REFERENCES elig_decision(id),
  months jsonb NOT NULL,
  established_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE elig_claim_txn (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  claim_id uuid NOT NULL REFERENCES elig_claim(id),
  kind text NOT NULL CHECK (kind IN ('establish','repayment','recoupment','adjustment')),
  amount_cents int NOT NULL,
  on_date date NOT NULL,
  note text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX elig_claim_txn_claim ON elig_claim_txn (claim_id);
CREATE TRIGGER elig_claim_txn_append_only BEFORE UPDATE OR DELETE ON elig_claim_txn FOR EACH ROW EXECUTE FUNCTION hearth_append_only();

-- A reported change: what, when effective, when reported, and old-vs-new per month once computed.
CREATE TABLE elig_change (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES elig_application(id),
  case_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('income','member','address','expense','resource')),
  description text NOT NULL,
  effective_on date NOT NULL,
  reported_on date NOT NULL,
  comparison jsonb,
  adverse boolean,
  decision_id uuid,
  reported_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX elig_change_case ON elig_change (case_id, created_at);

-- Notices asked of the notices module (or kept here until it takes them).
CREATE TABLE elig_notice_request (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid,
  application_id uuid,
  kind text NOT NULL CHECK (kind IN ('approval','denial','change','adverse_action','closure','verification_request','renewal','mass_change')),
  language text NOT NULL DEFAULT 'en',
  decision_id uuid,
  determination_id uuid,
  run_id uuid,
  requested_on date NOT NULL,
  effective_on date,
  payload jsonb NOT NULL,
  notice_id uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX elig_notice_case ON elig_notice_request (case_id, requested_on);
CREATE UNIQUE INDEX elig_notice_run_case ON elig_notice_request (run_id, case_id) WHERE run_id IS NOT NULL;

-- A mass redetermination: one row a run; results are elig_determination rows with run_id (one per case).
CREATE TABLE elig_redetermination_run (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job_run_id uuid,
  program text NOT NULL,
  benefit_month date NOT NULL,
  label text NOT NULL,
  requested_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
