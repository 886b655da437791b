import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createRng, type Rng } from '@hearth/kernel';
import type { Sql } from '@hearth/platform';
import { amountOf, type EvidenceKind } from '../domain/evidence.js';

/**
 * Seed builders for certified SNAP households: the demo agency, the crash test (10,000 cases) and the benchmark
 * (1,000,000 cases, loaded with COPY) use the same rows. Deterministic: the same seed gives the same households
 * and the same ids. People are referred to by id only (no person rows: the redetermination never reads them).
 */
export function seededId(namespace: string, i: number): string {
  const h = createHash('sha1').update(`${namespace}:${i}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface SeedEvidence {
  id: string;
  applicationId: string;
  evidenceKey: string;
  kind: EvidenceKind;
  memberKey: string | null;
  payload: Record<string, unknown>;
  amountCents: number | null;
  effectiveFrom: string;
  source: string;
  verification: string;
}

export interface SeedSnapCase {
  caseId: string;
  applicationId: string;
  decisionId: string;
  personId: string;
  unitId: string;
  filedOn: string;
  amountCents: number;
  evidence: SeedEvidence[];
}

export interface SeedSnapOptions {
  unitId: string;
  /** Filing date of every application; certifications run 12 months from its month. */
  filedOn: string;
  /** Current allotment recorded on the certification (what a redetermination compares with). */
  amountCents?: (rng: Rng) => number;
  namespace?: string;
}

/** One certified SNAP household: 1–6 members, wages for some adults, rent and utilities, a bank account. */
export function buildSnapCase(i: number, rng: Rng, o: SeedSnapOptions): SeedSnapCase {
  const ns = o.namespace ?? 'elig-seed';
  const applicationId = seededId(`${ns}:app`, i);
  const from = `${o.filedOn.slice(0, 7)}-01`;
  const size = 1 + Math.floor(rng.next() * rng.next() * 6);
  const evidence: SeedEvidence[] = [];
  let n = 0;
  const add = (kind: EvidenceKind, payload: Record<string, unknown>, memberKey: string | null = null) => {
    const key = seededId(`${ns}:ev:${i}`, n++);
    evidence.push({ id: key, applicationId, evidenceKey: key, kind, memberKey, payload, amountCents: amountOf(kind, payload), effectiveFrom: from, source: 'applicant_statement', verification: 'verified' });
    return key;
  };
  const year = Number(o.filedOn.slice(0, 4));
  const keys: string[] = [];
  for (let m = 0; m < size; m++) {
    const adult = m < 2;
    const age = adult ? 19 + rng.int(0, 60) : rng.int(0, 17);
    const dob = `${year - age - 1}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const payload: Record<string, unknown> = { firstName: `P${i}_${m}`, lastName: `H${i}`, dob, relationship: m === 0 ? 'self' : adult ? 'spouse' : 'child' };
    if (adult && rng.chance(0.08)) payload.disabled = true;
    keys.push(add('member', payload));
  }
  for (let m = 0; m < Math.min(2, size); m++) {
    if (rng.chance(0.6)) add('earned_income', { memberKey: keys[m], monthlyAmount: Math.round(rng.next() * 2800 * 100) / 100 }, keys[m]!);
    if (rng.chance(0.2)) add('unearned_income', { memberKey: keys[m], incomeType: 'social_security', monthlyAmount: Math.round(rng.next() * 1100 * 100) / 100 }, keys[m]!);
  }
  add('expense', { expenseType: 'rent', monthlyAmount: 400 + rng.int(0, 1400) });
  if (rng.chance(0.6)) add('expense', { expenseType: 'heating_cooling', monthlyAmount: 40 + rng.int(0, 120) });
  add('resource', { resourceType: 'bank_account', value: rng.int(0, 2500), liquid: true, countable: true });
  return {
    caseId: seededId(`${ns}:case`, i), applicationId, decisionId: seededId(`${ns}:decision`, i), personId: seededId(`${ns}:person`, i), unitId: o.unitId,
    filedOn: o.filedOn, amountCents: o.amountCents ? o.amountCents(rng) : rng.int(2, 900) * 100, evidence,
  };
}

export function buildSnapCases(count: number, o: SeedSnapOptions & { seed?: number; start?: number }): SeedSnapCase[] {
  const rng = createRng(o.seed ?? 2026);
  const out: SeedSnapCase[] = [];
  for (let i = 0; i < count; i++) out.push(buildSnapCase((o.start ?? 0) + i, rng, o));
  return out;
}

function addMonths(month: string, k: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + k;
  return `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
}

/** Inserts certified SNAP households with unnest batches (PGlite and PostgreSQL): case, application, decision, certification, evidence. */
export async function insertSnapCases(tx: Sql, cases: readonly SeedSnapCase[]): Promise<void> {
  for (let i = 0; i < cases.length; i += 1000) {
    const b = cases.slice(i, i + 1000);
    const col = <T>(f: (c: SeedSnapCase) => T) => sql.param(b.map(f));
    await tx.execute(sql`INSERT INTO "case" (id, program_code, status, unit_id, primary_person_id, opened_on)
      SELECT u.id, 'snap', 'open', u.unit_id, u.person_id, u.opened_on FROM unnest(${col((c) => c.caseId)}::uuid[], ${col((c) => c.unitId)}::uuid[], ${col((c) => c.personId)}::uuid[], ${col((c) => c.filedOn)}::date[]) AS u(id, unit_id, person_id, opened_on)`);
    await tx.execute(sql`INSERT INTO elig_application (id, channel, status, programs, received_at, filed_on, unit_id, primary_person_id, applicant, household, screening)
      SELECT u.id, 'worker', 'registered', ARRAY['snap'], u.filed_on::timestamptz, u.filed_on, u.unit_id, u.person_id, '{}'::jsonb, '[]'::jsonb, '{}'::jsonb
      FROM unnest(${col((c) => c.applicationId)}::uuid[], ${col((c) => c.filedOn)}::date[], ${col((c) => c.unitId)}::uuid[], ${col((c) => c.personId)}::uuid[]) AS u(id, filed_on, unit_id, person_id)`);
    await tx.execute(sql`INSERT INTO elig_application_program (application_id, program, case_id, status, decided_on, decision_id)
      SELECT u.app, 'snap', u.case_id, 'approved', u.filed_on, u.decision FROM unnest(${col((c) => c.applicationId)}::uuid[], ${col((c) => c.caseId)}::uuid[], ${col((c) => c.filedOn)}::date[], ${col((c) => c.decisionId)}::uuid[]) AS u(app, case_id, filed_on, decision)`);
    await tx.execute(sql`INSERT INTO elig_decision (id, application_id, case_id, program, kind, status, outcome, first_month, last_month, certification_start, certification_end, summary, approved_at)
      SELECT u.id, u.app, u.case_id, 'snap', 'initial', 'approved', 'approve', date_trunc('month', u.filed_on)::date, date_trunc('month', u.filed_on)::date,
        date_trunc('month', u.filed_on)::date, (date_trunc('month', u.filed_on) + interval '11 months')::date, 'seeded certification', u.filed_on::timestamptz
      FROM unnest(${col((c) => c.decisionId)}::uuid[], ${col((c) => c.applicationId)}::uuid[], ${col((c) => c.caseId)}::uuid[], ${col((c) => c.filedOn)}::date[]) AS u(id, app, case_id, filed_on)`);
    await tx.execute(sql`INSERT INTO elig_certification (case_id, application_id, program, decision_id, start_month, end_month, status, amount_cents)
      SELECT u.case_id, u.app, 'snap', u.decision, u.start_month, u.end_month, 'active', u.amount FROM unnest(${col((c) => c.caseId)}::uuid[], ${col((c) => c.applicationId)}::uuid[], ${col((c) => c.decisionId)}::uuid[],
        ${col((c) => `${c.filedOn.slice(0, 7)}-01`)}::date[], ${col((c) => addMonths(c.filedOn.slice(0, 7), 11))}::date[], ${col((c) => c.amountCents)}::int[]) AS u(case_id, app, decision, start_month, end_month, amount)`);
    const ev = b.flatMap((c) => c.evidence);
    const e = <T>(f: (x: SeedEvidence) => T) => sql.param(ev.map(f));
    await tx.execute(sql`INSERT INTO elig_evidence (id, application_id, evidence_key, version, kind, member_key, payload, amount_cents, effective_from, source, verification, reason)
      SELECT u.id, u.app, u.key, 1, u.kind, u.member_key, u.payload, u.amount, u.effective_from, u.source, u.verification, 'seeded'
      FROM unnest(${e((x) => x.id)}::uuid[], ${e((x) => x.applicationId)}::uuid[], ${e((x) => x.evidenceKey)}::uuid[], ${e((x) => x.kind)}::text[], ${e((x) => x.memberKey)}::uuid[],
        ${e((x) => JSON.stringify(x.payload))}::jsonb[], ${e((x) => x.amountCents)}::bigint[], ${e((x) => x.effectiveFrom)}::date[], ${e((x) => x.source)}::text[], ${e((x) => x.verification)}::text[])
        AS u(id, app, key, kind, member_key, payload, amount, effective_from, source, verification)`);
  }
}
