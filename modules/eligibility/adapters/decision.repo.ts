import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { firstOf, rowsOf } from './rows.js';
import type { EligProgram } from '../domain/programs.js';

export interface DecisionRow {
  id: string;
  applicationId: string;
  caseId: string;
  program: EligProgram;
  kind: 'initial' | 'change' | 'renewal' | 'procedural_denial' | 'closure';
  status: 'proposed' | 'pending_review' | 'approved' | 'returned' | 'superseded';
  outcome: 'approve' | 'deny' | 'change' | 'close';
  firstMonth: string;
  lastMonth: string;
  effectiveMonth: string | null;
  certificationStart: string | null;
  certificationEnd: string | null;
  reasonCode: string | null;
  summary: string;
  changeId: string | null;
  reviewId: string | null;
  submittedBy: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  createdAt: string;
}

export interface DeterminationRow {
  id: string;
  caseId: string;
  applicationId: string;
  program: EligProgram;
  rulesProgram: string;
  benefitMonth: string;
  asOf: string;
  kind: string;
  decisionId: string | null;
  runId: string | null;
  facts: Record<string, unknown>;
  eligible: boolean | null;
  amountCents: number | null;
  result: { reasons: Array<{ code: string; text: { en: string; es: string } }>; values: Record<string, unknown>; eligible?: boolean; amountCents?: number };
  trace: unknown[] | null;
  explanation: { en: string[]; es: string[] } | null;
  rulesVersion: string;
  createdBy: string | null;
  createdAt: string;
}

export const decisionRepo = {
  async insert(tx: Sql, d: Omit<DecisionRow, 'id' | 'createdAt' | 'approvedBy' | 'approvedAt' | 'reviewId'> & { reviewId?: string | null; createdAt?: string }): Promise<DecisionRow> {
    return firstOf<DecisionRow>(await tx.execute(sql`INSERT INTO elig_decision (application_id, case_id, program, kind, status, outcome, first_month, last_month, effective_month,
        certification_start, certification_end, reason_code, summary, change_id, review_id, submitted_by, created_at)
      VALUES (${d.applicationId}, ${d.caseId}, ${d.program}, ${d.kind}, ${d.status}, ${d.outcome}, ${d.firstMonth}, ${d.lastMonth}, ${d.effectiveMonth},
        ${d.certificationStart}, ${d.certificationEnd}, ${d.reasonCode}, ${d.summary}, ${d.changeId}, ${d.reviewId ?? null}, ${d.submittedBy}, coalesce(${d.createdAt ?? null}::timestamptz, now())) RETURNING *`))!;
  },
  async find(tx: Sql, id: string, lock = false): Promise<DecisionRow | null> {
    return firstOf(lock ? await tx.execute(sql`SELECT * FROM elig_decision WHERE id = ${id} FOR UPDATE`) : await tx.execute(sql`SELECT * FROM elig_decision WHERE id = ${id}`));
  },
  async update(tx: Sql, id: string, p: Partial<Pick<DecisionRow, 'status' | 'reviewId' | 'approvedBy' | 'approvedAt' | 'effectiveMonth' | 'certificationStart' | 'certificationEnd'>>): Promise<DecisionRow> {
    return firstOf<DecisionRow>(await tx.execute(sql`UPDATE elig_decision SET
        status = coalesce(${p.status ?? null}, status), review_id = coalesce(${p.reviewId ?? null}::uuid, review_id),
        approved_by = coalesce(${p.approvedBy ?? null}::uuid, approved_by), approved_at = coalesce(${p.approvedAt ?? null}::timestamptz, approved_at),
        effective_month = coalesce(${p.effectiveMonth ?? null}::date, effective_month),
        certification_start = coalesce(${p.certificationStart ?? null}::date, certification_start), certification_end = coalesce(${p.certificationEnd ?? null}::date, certification_end)
      WHERE id = ${id} RETURNING *`))!;
  },
  async forCase(tx: Sql, caseId: string): Promise<DecisionRow[]> {
    return rowsOf(await tx.execute(sql`SELECT * FROM elig_decision WHERE case_id = ${caseId} ORDER BY created_at`));
  },
  async openForCase(tx: Sql, caseId: string): Promise<DecisionRow[]> {
    return rowsOf(await tx.execute(sql`SELECT * FROM elig_decision WHERE case_id = ${caseId} AND status IN ('proposed','pending_review') ORDER BY created_at`));
  },
  async insertDetermination(tx: Sql, d: Omit<DeterminationRow, 'id' | 'createdAt'> & { createdAt?: string }): Promise<DeterminationRow> {
    return firstOf<DeterminationRow>(await tx.execute(sql`INSERT INTO elig_determination (case_id, application_id, program, rules_program, benefit_month, as_of, kind, decision_id, run_id,
        facts, eligible, amount_cents, result, trace, explanation, rules_version, created_by, created_at)
      VALUES (${d.caseId}, ${d.applicationId}, ${d.program}, ${d.rulesProgram}, ${d.benefitMonth}, ${d.asOf}, ${d.kind}, ${d.decisionId}, ${d.runId},
        ${JSON.stringify(d.facts)}::jsonb, ${d.eligible}, ${d.amountCents}, ${JSON.stringify(d.result)}::jsonb, ${d.trace ? JSON.stringify(d.trace) : null}::jsonb,
        ${d.explanation ? JSON.stringify(d.explanation) : null}::jsonb, ${d.rulesVersion}, ${d.createdBy}, coalesce(${d.createdAt ?? null}::timestamptz, now())) RETURNING *`))!;
  },
  async determination(tx: Sql, id: string): Promise<DeterminationRow | null> {
    return firstOf(await tx.execute(sql`SELECT * FROM elig_determination WHERE id = ${id}`));
  },
  async determinationsOf(tx: Sql, decisionId: string): Promise<DeterminationRow[]> {
    return rowsOf(await tx.execute(sql`SELECT * FROM elig_determination WHERE decision_id = ${decisionId} ORDER BY benefit_month`));
  },
  /** Approved determinations of a case with their decision's effective month and approval time (for governingFor). */
  async approvedCandidates(tx: Sql, caseId: string): Promise<Array<{ id: string; benefitMonth: string; amountCents: number | null; eligible: boolean | null; effectiveMonth: string | null; approvedAt: string }>> {
    return rowsOf(await tx.execute(sql`SELECT d.id, d.benefit_month, d.amount_cents, d.eligible, x.effective_month, x.approved_at
      FROM elig_determination d JOIN elig_decision x ON x.id = d.decision_id
      WHERE d.case_id = ${caseId} AND x.status = 'approved' ORDER BY d.benefit_month`));
  },
};
