-- Notices: client letters as mailed, one row a notice, the PDF in document storage by its SHA-256.
-- case_id is the cases module's case, stored as a plain uuid (modules keep their tables to themselves and
-- read one another through ports). A notice is a record of what was sent: rows are never changed or deleted.

CREATE TABLE notice (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('approval','denial','change','closure','verification_request','renewal')),
  program text NOT NULL CHECK (program IN ('snap','medicaid','tanf')),
  language text NOT NULL CHECK (language IN ('en','es')),
  title text NOT NULL,
  notice_date date NOT NULL,
  effective_date date,
  hearing_deadline date NOT NULL,
  continued_benefits_by date,
  due_date date,
  change_direction text CHECK (change_direction IN ('increase','reduction')),
  adverse boolean NOT NULL,
  -- [{month:'YYYY-MM', amountCents, previousAmountCents?}]
  amounts jsonb NOT NULL DEFAULT '[]',
  -- The reasons as printed (in the notice's language).
  reasons jsonb NOT NULL DEFAULT '[]',
  citations text[] NOT NULL DEFAULT '{}',
  address_suppressed boolean NOT NULL,
  determination_id text,
  rules_version text,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  issued_by uuid,
  issued_at timestamptz NOT NULL DEFAULT now(),
  CHECK (NOT adverse OR effective_date IS NOT NULL),
  CHECK (effective_date IS NULL OR NOT adverse OR effective_date >= notice_date + 10)
);
CREATE INDEX notice_case ON notice (case_id, notice_date DESC, issued_at DESC);
CREATE INDEX notice_determination ON notice (determination_id) WHERE determination_id IS NOT NULL;

CREATE TRIGGER notice_append_only BEFORE UPDATE OR DELETE ON notice
  FOR EACH ROW EXECUTE FUNCTION hearth_append_only();
