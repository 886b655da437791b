import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type Agent, type TestApp } from '@hearth/server/testing';
import { dbMessage, household, registerPerson, settableClock } from '../test-support.js';

let t: TestApp;
let cm1: Agent, cm2: Agent, lead: Agent, auditor: Agent;
let appId: string, snapCaseId: string, medicaidCaseId: string, parentKey: string;
const clock = settableClock('2025-11-03T16:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock });
  [cm1, cm2] = await Promise.all([t.login('cm1'), t.login('cm2')]);
  const parent = await registerPerson(cm1, 'Rosa', 'Quintero', '1990-03-14');
  const child = await registerPerson(cm1, 'Mateo', 'Quintero', '2017-06-02');
  const r = await cm1.post('/api/eligibility/applications', {
    unitId: t.units.north, programs: ['snap', 'medicaid'], household: household(parent, child),
    screening: { monthlyGrossIncome: 1200, liquidResources: 300, rentOrMortgage: 900, paysHeatingOrCooling: true },
  });
  expect(r.statusCode, r.body).toBe(201);
  appId = r.json().id;
  snapCaseId = r.json().programs.find((p: any) => p.program === 'snap').caseId;
  medicaidCaseId = r.json().programs.find((p: any) => p.program === 'medicaid').caseId;
  parentKey = r.json().members.find((m: any) => m.relationship === 'self').memberKey;
  for (const e of [
    { kind: 'earned_income', payload: { memberKey: parentKey, employer: 'Acme Foods', monthlyAmount: 1200 }, effectiveFrom: '2025-10-01', source: 'pay_stub', verification: 'verified' },
    { kind: 'expense', payload: { expenseType: 'rent', monthlyAmount: 900 }, effectiveFrom: '2025-01-01', source: 'lease', verification: 'verified' },
    { kind: 'expense', payload: { expenseType: 'heating_cooling', monthlyAmount: 80 }, effectiveFrom: '2025-01-01', source: 'utility_bill', verification: 'verified' },
    { kind: 'resource', payload: { resourceType: 'bank_account', value: 300, liquid: true, countable: true }, effectiveFrom: '2025-11-01', source: 'bank_statement', verification: 'verified' },
  ]) {
    const x = await cm1.post(`/api/eligibility/applications/${appId}/evidence`, e);
    expect(x.statusCode, x.body).toBe(201);
  }
  clock.set('2025-11-12T16:00:00Z');
  [cm1, cm2, lead, auditor] = await Promise.all([t.login('cm1'), t.login('cm2'), t.login('lead'), t.login('auditor')]);
});
afterAll(async () => t?.close());

describe('determinations', () => {
  let decisionId: string;
  let novDeterminationId: string;

  it('evaluates each month from the evidence in force; a Case Manager I\'s decision waits for review and takes no effect', async () => {
    const r = await cm1.post(`/api/eligibility/cases/${snapCaseId}/determinations`, {});
    expect(r.statusCode, r.body).toBe(201);
    const d = r.json();
    expect(d).toMatchObject({ status: 'pending_review', outcome: 'approve', firstMonth: '2025-11', lastMonth: '2025-12', certification: { start: '2025-11', end: '2026-10' } });
    // November is prorated from the filing date (28 of 30 days, rounded down); December is the full allotment.
    expect(d.determinations.map((x: any) => [x.month, x.eligible, x.amountCents])).toEqual([['2025-11', true, 50600], ['2025-12', true, 54300]]);
    const nov = d.determinations[0];
    expect(nov.explanation.en.join('\n')).toMatch(/Gross monthly income: \$1,200\.00/);
    expect(nov.explanation.es.length).toBeGreaterThan(5);
    expect(nov.facts).toMatchObject({ state: 'CO', applicationDate: '2025-11-03', shelterCosts: 900, utilities: { heatingCooling: true } });
    expect(nov.rulesVersion).toMatch(/^\d{4}\.\d+\.\d+\+/);
    decisionId = d.id;
    novDeterminationId = nov.id;
    const ledger = await t.database.db.execute(sql`SELECT count(*)::int AS n FROM elig_ledger_entry WHERE case_id = ${snapCaseId}`);
    expect((ledger.rows[0] as any).n).toBe(0);
    const q = await lead.get('/api/reviews');
    expect(q.json().items.map((i: any) => i.id)).toContain(d.reviewId);
  });

  it('refuses approval by the submitter and by roles without review.decide', async () => {
    expect((await cm1.post(`/api/eligibility/decisions/${decisionId}/approve`, {})).statusCode).toBe(403);
    expect((await cm2.post(`/api/eligibility/decisions/${decisionId}/approve`, {})).statusCode).toBe(403);
  });

  it('takes effect when the lead approves: certification, issuance of months due, clocks met, approval notice with amounts and reasons', async () => {
    const r = await lead.post(`/api/eligibility/decisions/${decisionId}/approve`, { comment: 'Pay stub and lease checked' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'approved', approvedBy: t.staff.lead.id, submittedBy: t.staff.cm1.id });
    const cert = await t.database.db.execute(sql`SELECT start_month, end_month, status, amount_cents FROM elig_certification WHERE case_id = ${snapCaseId}`);
    expect(cert.rows[0]).toEqual({ start_month: '2025-11-01', end_month: '2026-10-01', status: 'active', amount_cents: 54300 });
    const ledger = await t.database.db.execute(sql`SELECT benefit_month, kind, amount_cents FROM elig_ledger_entry WHERE case_id = ${snapCaseId} ORDER BY benefit_month`);
    expect(ledger.rows).toEqual([{ benefit_month: '2025-11-01', kind: 'issuance', amount_cents: 50600 }]); // December is issued in December
    const clocks = await t.database.db.execute(sql`SELECT type_code, status FROM case_clock WHERE case_id = ${snapCaseId} ORDER BY type_code`);
    expect(clocks.rows.every((c: any) => c.status === 'met')).toBe(true);
    const n = await t.database.db.execute(sql`SELECT kind, payload FROM elig_notice_request WHERE decision_id = ${decisionId}`);
    expect(n.rows[0]).toMatchObject({ kind: 'approval' });
    const payload = (n.rows[0] as any).payload;
    expect(payload.months[0]).toMatchObject({ month: '2025-11', amountCents: 50600 });
    expect(payload.months[0].reasons.map((x: any) => x.code)).toContain('SNAP_ELIGIBLE');
    const app = await cm1.get(`/api/eligibility/applications/${appId}`);
    expect(app.json().programs.find((p: any) => p.program === 'snap')).toMatchObject({ status: 'approved', decidedOn: '2025-11-12' });
  });

  it('replays a stored determination from its stored facts and rules version and shows it matches', async () => {
    const r = await auditor.post(`/api/eligibility/determinations/${novDeterminationId}/replay`, {});
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ matches: true, sameRulesVersion: true, differences: [], stored: { amountCents: 50600 }, replayed: { amountCents: 50600 } });
  });

  it('keeps determinations immutable (the table refuses UPDATE and DELETE)', async () => {
    await expect(t.database.db.execute(sql`UPDATE elig_determination SET amount_cents = 1 WHERE id = ${novDeterminationId}`)).rejects.toSatisfy((e: any) => /append-only/.test(dbMessage(e)));
    await expect(t.database.db.execute(sql`DELETE FROM elig_determination WHERE id = ${novDeterminationId}`)).rejects.toSatisfy((e: any) => /append-only/.test(dbMessage(e)));
  });

  it('applies a Case Manager II\'s Medicaid decision at once, with per-person reasons', async () => {
    const r = await cm2.post(`/api/eligibility/cases/${medicaidCaseId}/determinations`, { firstMonth: '2025-11', lastMonth: '2025-11' });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ status: 'approved', outcome: 'approve', certification: { start: '2025-11', end: '2026-10' } });
    expect(r.json().determinations[0].reasons.map((x: any) => x.code)).toEqual(expect.arrayContaining(['MAGI_MEDICAID_parent', 'MAGI_MEDICAID_child6to18']));
    expect((await cm2.post(`/api/eligibility/cases/${medicaidCaseId}/determinations`, {})).statusCode).toBe(409);
  });

  it('answers months outside the rules\' coverage with 400, not 500', async () => {
    const p = await registerPerson(cm2, 'Ivan', 'Petrov', '1970-01-01');
    const a = await cm2.post('/api/eligibility/applications', { unitId: t.units.north, programs: ['snap'], household: [{ personId: p, firstName: 'Ivan', lastName: 'Petrov', dob: '1970-01-01', relationship: 'self' }], screening: { monthlyGrossIncome: 0, liquidResources: 0, rentOrMortgage: 0, paysHeatingOrCooling: false } });
    const r = await cm2.post(`/api/eligibility/cases/${a.json().programs[0].caseId}/determinations`, { firstMonth: '2025-11', lastMonth: '2026-12' });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('RULES_INPUT');
  });
});
