import { z } from 'zod';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { DomainError, notFound } from '@hearth/kernel';
import { inTransaction, SYSTEM_ACTOR } from '@hearth/platform';
import { governingFor, recoupmentCents } from '../domain/benefits.js';
import { lastDayOfMonth, parseMonth, type Month } from '../domain/months.js';
import { decisionRepo } from '../adapters/decision.repo.js';
import { certificationRepo, claimRepo, ledgerRepo } from '../adapters/ledger.repo.js';
import { rowsOf } from '../adapters/rows.js';
import type { EligibilityDeps } from '../ports.js';
import { actorFor, dateString, monthString, parseInput, record, type Caller } from './support/common.js';
import { openProgramCase } from './support/access.js';

/** GET /cases/:caseId/ledger — month by month: issued, supplements, reductions, net; the certification and claims. */
export async function getLedger(caller: Caller, caseId: string, deps: EligibilityDeps) {
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { program } = await openProgramCase(uow, caller, caseId, deps, { log: 'elig_ledger' });
    const entries = await ledgerRepo.forCase(uow.tx, caseId);
    const months = new Map<string, { month: string; issuedCents: number; supplementCents: number; reductionCents: number; netCents: number; entries: unknown[] }>();
    for (const e of entries) {
      const m = months.get(e.benefitMonth) ?? { month: e.benefitMonth.slice(0, 7), issuedCents: 0, supplementCents: 0, reductionCents: 0, netCents: 0, entries: [] };
      if (e.kind === 'issuance') m.issuedCents += e.amountCents;
      if (e.kind === 'supplement') m.supplementCents += e.amountCents;
      if (e.kind === 'reduction') m.reductionCents += e.amountCents;
      m.netCents = m.issuedCents + m.supplementCents - m.reductionCents;
      m.entries.push({ id: e.id, kind: e.kind, amountCents: e.amountCents, issuedOn: e.issuedOn, decisionId: e.decisionId, determinationId: e.determinationId, claimId: e.claimId });
      months.set(e.benefitMonth, m);
    }
    const certification = await certificationRepo.find(uow.tx, caseId);
    const claims = await claimRepo.forCase(uow.tx, caseId);
    return {
      caseId, program: program.program,
      certification: certification ? { start: certification.startMonth.slice(0, 7), end: certification.endMonth.slice(0, 7), status: certification.status, amountCents: certification.amountCents } : null,
      months: [...months.values()],
      totals: { netCents: [...months.values()].reduce((s, m) => s + m.netCents, 0) },
      claims: claims.map((c) => ({ id: c.id, claimType: c.claimType, months: c.months, establishedOn: c.establishedOn, balanceCents: c.balanceCents, transactions: c.txns })),
    };
  });
}

export const runIssuanceInput = z.strictObject({ month: monthString.describe('The benefit month to issue (YYYY-MM)') });

/**
 * The monthly issuance: for every active certification covering the month with no issuance yet, the governing
 * determination's amount is issued; an open claim is collected by allotment reduction (7 CFR 273.18(g)(1)).
 * One issuance a case-month (unique index): a rerun issues nothing twice.
 */
export async function runIssuance(caller: Caller | null, raw: unknown, deps: EligibilityDeps) {
  const input = parseInput(runIssuanceInput, raw);
  const month: Month = parseMonth(input.month);
  const today = deps.clock.today();
  return inTransaction(deps.database, caller ? actorFor(caller) : SYSTEM_ACTOR, async (uow) => {
    const certs = rowsOf<{ caseId: string; program: string }>(await uow.tx.execute(sql`SELECT c.case_id, c.program FROM elig_certification c
      WHERE c.status IN ('active','renewal_pending') AND c.start_month <= ${month} AND c.end_month >= ${month}
        AND NOT EXISTS (SELECT 1 FROM elig_ledger_entry l WHERE l.case_id = c.case_id AND l.benefit_month = ${month} AND l.kind = 'issuance')
      ORDER BY c.case_id`));
    let issued = 0, totalCents = 0, recoupedCents = 0;
    for (const c of certs) {
      const g = governingFor(month, await decisionRepo.approvedCandidates(uow.tx, c.caseId));
      if (!g || !g.eligible || !g.amountCents || g.amountCents <= 0) continue;
      const e = await ledgerRepo.insert(uow.tx, { caseId: c.caseId, program: c.program, benefitMonth: month, kind: 'issuance', amountCents: g.amountCents, decisionId: null, determinationId: g.id, claimId: null, issuedOn: today, createdBy: caller?.principal.userId ?? null });
      record(uow, { action: 'benefit.issued', entityType: 'elig_ledger_entry', row: e as any, caseId: c.caseId });
      issued++;
      totalCents += g.amountCents;
      for (const claim of await claimRepo.forCase(uow.tx, c.caseId)) {
        const amount = recoupmentCents(g.amountCents, claim.claimType, claim.balanceCents);
        if (amount <= 0) continue;
        const r = await ledgerRepo.insert(uow.tx, { caseId: c.caseId, program: c.program, benefitMonth: month, kind: 'reduction', amountCents: amount, decisionId: null, determinationId: g.id, claimId: claim.id, issuedOn: today, createdBy: caller?.principal.userId ?? null });
        await claimRepo.insertTxn(uow.tx, { claimId: claim.id, kind: 'recoupment', amountCents: amount, onDate: today, note: `allotment reduction ${input.month}`, createdBy: caller?.principal.userId ?? null });
        record(uow, { action: 'claim.recouped', entityType: 'elig_ledger_entry', row: r as any, caseId: c.caseId });
        recoupedCents += amount;
        break; // one claim collected at a time
      }
    }
    return { month: input.month, casesConsidered: certs.length, issued, totalCents, recoupedCents };
  });
}

/** The EBT/payment file's columns, in order (documented in the README). */
export const ISSUANCE_CSV_COLUMNS = ['record_type', 'ledger_entry_id', 'case_id', 'application_number', 'payee_person_id', 'program', 'benefit_month', 'entry_kind', 'gross_cents', 'reduction_cents', 'net_cents', 'net_amount', 'issue_date'] as const;

function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const exportIssuanceInput = z.strictObject({ month: monthString.describe('Entries issued in this calendar month (YYYY-MM) and not yet exported') });

/** Builds the issuance file for the EBT processor: entries issued in the month not yet in any file; each entry goes out once. */
export async function exportIssuance(caller: Caller, raw: unknown, deps: EligibilityDeps) {
  const input = parseInput(exportIssuanceInput, raw);
  const first = parseMonth(input.month);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const rows = await ledgerRepo.unexported(uow.tx, first, lastDayOfMonth(first));
    const reductions = rowsOf<{ caseId: string; benefitMonth: string; amountCents: number }>(await uow.tx.execute(sql`SELECT case_id, benefit_month, sum(amount_cents)::int AS amount_cents
      FROM elig_ledger_entry WHERE kind = 'reduction' AND issued_on BETWEEN ${first} AND ${lastDayOfMonth(first)} GROUP BY case_id, benefit_month`));
    const red = new Map(reductions.map((r) => [`${r.caseId}|${r.benefitMonth}`, r.amountCents]));
    const lines = [ISSUANCE_CSV_COLUMNS.join(',')];
    let total = 0;
    for (const r of rows) {
      const reduction = r.kind === 'issuance' ? (red.get(`${r.caseId}|${r.benefitMonth}`) ?? 0) : 0;
      const net = r.amountCents - reduction;
      total += net;
      lines.push([
        'D', r.id, r.caseId, r.applicationNumber, r.primaryPersonId, r.program, r.benefitMonth.slice(0, 7), r.kind, r.amountCents, reduction, net, (net / 100).toFixed(2), r.issuedOn,
      ].map(csvField).join(','));
    }
    lines.push(['T', rows.length, total, (total / 100).toFixed(2)].map(csvField).join(','));
    const csv = `${lines.join('\r\n')}\r\n`;
    const sha256 = createHash('sha256').update(csv).digest('hex');
    const exp = await ledgerRepo.insertExport(uow.tx, { issueMonth: first, lineCount: rows.length, totalCents: total, sha256, createdBy: caller.principal.userId, entryIds: rows.map((r) => r.id) });
    record(uow, { action: 'issuance.exported', entityType: 'elig_issuance_export', row: { id: exp.id, month: input.month, lineCount: rows.length, totalCents: total, sha256 } });
    return { exportId: exp.id, csv, lineCount: rows.length, totalCents: total, sha256 };
  });
}

export const repaymentInput = z.strictObject({
  amount: z.number().positive().max(1_000_000).describe('Dollars'),
  receivedOn: dateString,
  note: z.string().trim().max(500).optional(),
});

/** A payment toward an over-issuance claim (claim ledger). */
export async function recordRepayment(caller: Caller, claimId: string, raw: unknown, deps: EligibilityDeps) {
  const input = parseInput(repaymentInput, raw);
  const cents = Math.round(input.amount * 100);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const claim = await claimRepo.find(uow.tx, claimId);
    if (!claim) throw notFound('Claim', claimId);
    await openProgramCase(uow, caller, claim.caseId, deps);
    const current = (await claimRepo.forCase(uow.tx, claim.caseId)).find((c) => c.id === claim.id)!;
    if (cents > current.balanceCents) throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'amount', message: `more than the balance (${(current.balanceCents / 100).toFixed(2)})` }]);
    const txn = await claimRepo.insertTxn(uow.tx, { claimId, kind: 'repayment', amountCents: cents, onDate: input.receivedOn, note: input.note ?? null, createdBy: caller.principal.userId });
    record(uow, { action: 'claim.repaid', entityType: 'elig_claim_txn', row: txn as any, caseId: claim.caseId });
    return { claimId, balanceCents: current.balanceCents - cents };
  });
}
