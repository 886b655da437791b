import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { diffDays } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { ageBucket, AGE_BUCKETS, timeliness } from '../domain/reports.js';
import { parseMonth } from '../domain/months.js';
import { rowsOf } from '../adapters/rows.js';
import type { EligibilityDeps } from '../ports.js';
import { actorFor, dateString, invalid, monthString, parseInput, type Caller } from './support/common.js';

export const timelinessQuery = z.strictObject({ from: dateString, to: dateString, program: z.enum(['snap', 'tanf', 'medicaid']).default('snap') });

/** Share of applications decided within 30 days (7 when expedited), by the decision date range. */
export async function timelinessReport(caller: Caller, raw: unknown, deps: EligibilityDeps) {
  const q = parseInput(timelinessQuery, raw);
  if (q.to < q.from) throw invalid('to', 'before from');
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const rows = rowsOf<{ filedOn: string; decidedOn: string; expedited: boolean }>(await uow.tx.execute(sql`SELECT a.filed_on, p.decided_on, (a.expedited AND p.program = 'snap') AS expedited
      FROM elig_application_program p JOIN elig_application a ON a.id = p.application_id
      WHERE p.program = ${q.program} AND p.decided_on BETWEEN ${q.from} AND ${q.to}`));
    return { program: q.program, from: q.from, to: q.to, ...timeliness(rows), citation: '7 CFR 275.24(b)(2); 7 CFR 273.2(g), (i)' };
  });
}

/** Applications still pending, by program and age in days since filing (today). */
export async function pendingReport(caller: Caller, deps: EligibilityDeps) {
  const today = deps.clock.today();
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const rows = rowsOf<{ program: string; filedOn: string }>(await uow.tx.execute(sql`SELECT p.program, a.filed_on FROM elig_application_program p JOIN elig_application a ON a.id = p.application_id
      WHERE p.status = 'pending' AND a.status = 'registered'`));
    const unregistered = rowsOf<{ filedOn: string; programs: string[] }>(await uow.tx.execute(sql`SELECT filed_on, programs FROM elig_application WHERE status = 'received'`));
    const buckets = AGE_BUCKETS.map(([lo, hi]) => (hi === Infinity ? `${lo}+` : `${lo}-${hi}`));
    const out: Record<string, Record<string, number>> = {};
    const add = (program: string, filedOn: string) => {
      out[program] ??= Object.fromEntries(buckets.map((b) => [b, 0]));
      out[program]![ageBucket(diffDays(filedOn, today))]! += 1;
    };
    for (const r of rows) add(r.program, r.filedOn);
    for (const r of unregistered) for (const p of r.programs) add(p, r.filedOn);
    return { asOf: today, buckets, programs: Object.entries(out).map(([program, counts]) => ({ program, counts, total: Object.values(counts).reduce((s, n) => s + n, 0) })) };
  });
}

export const caseloadQuery = z.strictObject({ from: monthString, to: monthString });

/** Caseload (certifications in force) and benefits issued (net of reductions), by program and month. */
export async function caseloadReport(caller: Caller, raw: unknown, deps: EligibilityDeps) {
  const q = parseInput(caseloadQuery, raw);
  const from = parseMonth(q.from);
  const to = parseMonth(q.to);
  if (to < from) throw invalid('to', 'before from');
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const rows = rowsOf<{ program: string; month: string; cases: number; benefitsCents: number }>(await uow.tx.execute(sql`
      WITH months AS (SELECT generate_series(${from}::date, ${to}::date, interval '1 month')::date AS month)
      SELECT p.program, m.month,
        (SELECT count(*)::int FROM elig_certification c WHERE c.program = p.program AND c.start_month <= m.month AND c.end_month >= m.month AND c.status <> 'closed') AS cases,
        (SELECT coalesce(sum(CASE WHEN l.kind = 'reduction' THEN -l.amount_cents ELSE l.amount_cents END), 0)::int FROM elig_ledger_entry l WHERE l.program = p.program AND l.benefit_month = m.month) AS benefits_cents
      FROM months m CROSS JOIN (VALUES ('snap'), ('tanf'), ('medicaid')) AS p(program)
      ORDER BY p.program, m.month`));
    return { from: q.from, to: q.to, series: rows.map((r) => ({ program: r.program, month: String(r.month).slice(0, 7), cases: r.cases, benefitsCents: r.benefitsCents })) };
  });
}
