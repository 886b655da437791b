import { sql } from 'drizzle-orm';
import { DomainError } from '@hearth/kernel';
import { inTransaction, SYSTEM_ACTOR, type Database, type Sql } from '@hearth/platform';
import { evaluateProgram, RULES_VERSION, type RulesResult } from '@hearth/rules';
import { buildFacts } from '../domain/facts.js';
import { RULES_PROGRAM, type EligProgram } from '../domain/programs.js';
import type { Month } from '../domain/months.js';
import { firstOf, rowsOf } from '../adapters/rows.js';
import type { EvidenceRow } from '../domain/evidence.js';

/** What a mass run stores as each case's result: enough to read and to replay-compare, small enough for a caseload. */
export function compactResult(r: RulesResult) {
  const v = r.values as Record<string, unknown>;
  return {
    eligible: r.eligible, amountCents: r.amountCents, reasonCodes: r.reasons.map((x) => x.code),
    householdSize: v.householdSize, grossIncomeCents: v.grossIncomeCents, netIncomeCents: v.netIncomeCents,
  };
}

export interface RedeterminationCheckpoint {
  runId: string;
  afterCaseId: string | null;
  done: number;
  changed: number;
  failed: number;
}

export interface MassRedeterminationDeps {
  database: Database;
  state: string;
  today: () => string;
}

/** Creates the run row; the caller saves the first checkpoint in the same transaction (so a crash cannot make two runs). */
export async function startRun(tx: Sql, p: { program: EligProgram; month: Month; label: string; jobRunId: string | null; requestedBy: string | null }): Promise<{ runId: string; total: number }> {
  const run = firstOf<{ id: string }>(await tx.execute(sql`INSERT INTO elig_redetermination_run (job_run_id, program, benefit_month, label, requested_by)
    VALUES (${p.jobRunId}, ${p.program}, ${p.month}, ${p.label}, ${p.requestedBy}) RETURNING id`))!;
  const total = firstOf<{ n: number }>(await tx.execute(sql`SELECT count(*)::int AS n FROM elig_certification WHERE program = ${p.program} AND status IN ('active','renewal_pending')`))!.n;
  return { runId: run.id, total };
}

/**
 * One batch of a mass redetermination, inside the caller's transaction: the next active certifications after the
 * checkpoint (by case id), their current evidence in one query, facts for the month, the rules (no trace), one
 * determination per case (unique per run and case) and a notice request where the amount changes.
 */
export async function redetermineBatch(tx: Sql, p: { runId: string; program: EligProgram; month: Month; afterCaseId: string | null; batchSize: number; state: string; requestedOn: string }) {
  const certs = rowsOf<{ caseId: string; applicationId: string; amountCents: number; filedOn: string; language: string }>(await tx.execute(sql`SELECT c.case_id, c.application_id, c.amount_cents, a.filed_on, a.language
    FROM elig_certification c JOIN elig_application a ON a.id = c.application_id
    WHERE c.program = ${p.program} AND c.status IN ('active','renewal_pending') AND (${p.afterCaseId}::uuid IS NULL OR c.case_id > ${p.afterCaseId}::uuid)
    ORDER BY c.case_id LIMIT ${p.batchSize}`));
  if (certs.length === 0) return { count: 0, lastCaseId: p.afterCaseId, changed: 0, failed: 0 };
  const byApp = await evidenceForBatch(tx, certs.map((c) => c.applicationId));
  const rulesProgram = RULES_PROGRAM[p.program];
  const rows: Array<Record<string, unknown>> = [];
  const notices: Array<Record<string, unknown>> = [];
  let changed = 0, failed = 0;
  for (const c of certs) {
    let facts: Record<string, unknown> | null = null;
    let result: Record<string, unknown>;
    let eligible: boolean | null = null;
    let amount: number | null = null;
    try {
      facts = buildFacts(byApp.get(c.applicationId) ?? [], { program: p.program, month: p.month, state: p.state, filedOn: c.filedOn, tanfStatus: 'recipient' });
      if (!facts) throw new DomainError('VALIDATION', 'no household member in force for the month');
      const r = evaluateProgram(rulesProgram, facts, { asOf: p.month });
      result = compactResult(r);
      eligible = r.eligible ?? null;
      amount = r.amountCents ?? null;
    } catch (err) {
      // Still exactly one result per case: the failure is the result, for a worker to look at.
      failed++;
      result = { error: err instanceof DomainError ? { code: err.code, message: err.message, details: err.details } : { code: 'INTERNAL', message: String((err as Error).message) } };
    }
    rows.push({ case_id: c.caseId, application_id: c.applicationId, facts: facts ?? {}, eligible, amount_cents: amount, result });
    const newAmount = eligible ? (amount ?? 0) : 0;
    if (!('error' in result) && newAmount !== c.amountCents) {
      changed++;
      notices.push({ case_id: c.caseId, application_id: c.applicationId, language: c.language, payload: { program: p.program, month: p.month.slice(0, 7), oldCents: c.amountCents, newCents: newAmount, reasonCodes: (result as { reasonCodes?: string[] }).reasonCodes ?? [], massChange: true, citation: '7 CFR 273.12(e); 273.13(b)(1)' } });
    }
  }
  const rulesVersion = RULES_VERSION;
  // One JSON document per batch, unpacked by the server: far cheaper than arrays of JSON strings.
  await tx.execute(sql`INSERT INTO elig_determination (case_id, application_id, program, rules_program, benefit_month, as_of, kind, run_id, facts, eligible, amount_cents, result, rules_version)
    SELECT u.case_id, u.application_id, ${p.program}, ${rulesProgram}, ${p.month}, ${p.month}, 'redetermination', ${p.runId}, u.facts, u.eligible, u.amount_cents, u.result, ${rulesVersion}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS u(case_id uuid, application_id uuid, facts jsonb, eligible boolean, amount_cents int, result jsonb)`);
  if (notices.length) {
    await tx.execute(sql`INSERT INTO elig_notice_request (case_id, application_id, kind, language, run_id, requested_on, payload)
      SELECT u.case_id, u.application_id, 'mass_change', u.language, ${p.runId}, ${p.requestedOn}, u.payload
      FROM jsonb_to_recordset(${JSON.stringify(notices)}::jsonb) AS u(case_id uuid, application_id uuid, language text, payload jsonb)`);
  }
  return { count: certs.length, lastCaseId: certs[certs.length - 1]!.caseId, changed, failed };
}

/**
 * Runs (or resumes) a mass redetermination. Each batch commits its determinations, notice requests and the
 * checkpoint together (`save` runs in the batch's transaction), so after a crash the run resumes after the last
 * committed case and every case gets exactly one result (enforced by the unique index on run and case).
 */
export async function runMassRedetermination(
  deps: MassRedeterminationDeps,
  p: { program: EligProgram; month: Month; label: string; batchSize?: number; jobRunId?: string | null; requestedBy?: string | null },
  cp: { checkpoint: RedeterminationCheckpoint | null; save(tx: Sql, c: RedeterminationCheckpoint, total?: number): Promise<void>; onBatch?: (c: RedeterminationCheckpoint) => void },
): Promise<RedeterminationCheckpoint & { total: number | null }> {
  let state = cp.checkpoint;
  let total: number | null = null;
  if (!state) {
    state = await inTransaction(deps.database, SYSTEM_ACTOR, async (uow) => {
      const run = await startRun(uow.tx, { program: p.program, month: p.month, label: p.label, jobRunId: p.jobRunId ?? null, requestedBy: p.requestedBy ?? null });
      total = run.total;
      uow.audit({ action: 'redetermination.started', entityType: 'elig_redetermination_run', entityId: run.runId, after: { ...p, total: run.total } });
      const s: RedeterminationCheckpoint = { runId: run.runId, afterCaseId: null, done: 0, changed: 0, failed: 0 };
      await cp.save(uow.tx, s, run.total);
      return s;
    });
  }
  for (;;) {
    const current: RedeterminationCheckpoint = state!;
    const next = await deps.database.db.transaction(async (drizzleTx) => {
      const tx = drizzleTx as unknown as Sql;
      const b = await redetermineBatch(tx, { runId: current.runId, program: p.program, month: p.month, afterCaseId: current.afterCaseId, batchSize: p.batchSize ?? 1000, state: deps.state, requestedOn: deps.today() });
      if (b.count === 0) return null;
      const s: RedeterminationCheckpoint = { runId: current.runId, afterCaseId: b.lastCaseId, done: current.done + b.count, changed: current.changed + b.changed, failed: current.failed + b.failed };
      await cp.save(tx, s);
      return s;
    });
    if (!next) return { ...state!, total };
    state = next;
    cp.onBatch?.(state);
  }
}

/** Current evidence of a batch of applications: one query, latest version per item chosen here, no per-row renaming. */
async function evidenceForBatch(tx: Sql, applicationIds: string[]): Promise<Map<string, EvidenceRow[]>> {
  const res = await tx.execute(sql`SELECT application_id, evidence_key, version, kind, member_key, payload, amount_cents, effective_from, effective_to, retracted
    FROM elig_evidence WHERE application_id = ANY(${sql.param(applicationIds)}::uuid[])`);
  const latest = new Map<string, EvidenceRow>();
  for (const r of res.rows as any[]) {
    const cur = latest.get(r.evidence_key);
    if (cur && cur.version >= r.version) continue;
    latest.set(r.evidence_key, {
      id: r.evidence_key, applicationId: r.application_id, evidenceKey: r.evidence_key, version: r.version, kind: r.kind, memberKey: r.member_key, payload: r.payload,
      amountCents: r.amount_cents === null ? null : Number(r.amount_cents), effectiveFrom: r.effective_from, effectiveTo: r.effective_to, source: '', verification: 'verified',
      documentId: null, retracted: r.retracted, changeId: null, reason: null, recordedBy: null, recordedAt: '',
    });
  }
  const byApp = new Map<string, EvidenceRow[]>();
  for (const e of latest.values()) {
    const list = byApp.get(e.applicationId);
    if (list) list.push(e);
    else byApp.set(e.applicationId, [e]);
  }
  return byApp;
}
