import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type Agent, type TestApp } from '@hearth/server/testing';
import { household, registerPerson, settableClock } from '../test-support.js';

let t: TestApp;
let cm2: Agent, supervisor: Agent;
let appId: string, caseId: string, incomeKey: string, parentKey: string;
const clock = settableClock('2025-11-03T16:00:00Z');

async function at(iso: string) {
  clock.set(iso);
  [cm2, supervisor] = await Promise.all([t.login('cm2'), t.login('supervisor')]);
}
async function ledgerRows() {
  return (await t.database.db.execute(sql`SELECT benefit_month, kind, amount_cents FROM elig_ledger_entry WHERE case_id = ${caseId} ORDER BY benefit_month, created_at`)).rows as Array<{ benefit_month: string; kind: string; amount_cents: number }>;
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  await at('2025-11-03T16:00:00Z');
  const parent = await registerPerson(cm2, 'Rosa', 'Quintero', '1990-03-14');
  const child = await registerPerson(cm2, 'Mateo', 'Quintero', '2017-06-02');
  const r = await cm2.post('/api/eligibility/applications', {
    unitId: t.units.north, programs: ['snap'], household: household(parent, child),
    screening: { monthlyGrossIncome: 1200, liquidResources: 300, rentOrMortgage: 900, paysHeatingOrCooling: true },
  });
  appId = r.json().id;
  caseId = r.json().programs[0].caseId;
  parentKey = r.json().members.find((m: any) => m.relationship === 'self').memberKey;
  const inc = await cm2.post(`/api/eligibility/applications/${appId}/evidence`, { kind: 'earned_income', payload: { memberKey: parentKey, monthlyAmount: 1200 }, effectiveFrom: '2025-10-01', source: 'pay_stub', verification: 'verified' });
  incomeKey = inc.json().evidenceKey;
  await cm2.post(`/api/eligibility/applications/${appId}/evidence`, { kind: 'expense', payload: { expenseType: 'rent', monthlyAmount: 900 }, effectiveFrom: '2025-01-01', source: 'lease', verification: 'verified' });
  await cm2.post(`/api/eligibility/applications/${appId}/evidence`, { kind: 'expense', payload: { expenseType: 'heating_cooling', monthlyAmount: 80 }, effectiveFrom: '2025-01-01', source: 'utility_bill' });
  await at('2025-11-12T16:00:00Z');
  const d = await cm2.post(`/api/eligibility/cases/${caseId}/determinations`, {});
  expect(d.statusCode, d.body).toBe(201);
  expect(d.json().status).toBe('approved');
});
afterAll(async () => t?.close());

describe('benefits ledger', () => {
  it('issues a month once for every active certification (a rerun issues nothing)', async () => {
    await at('2025-12-01T16:00:00Z');
    const r = await supervisor.post('/api/eligibility/issuance/run', { month: '2025-12' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ issued: 1, totalCents: 54300 });
    expect((await supervisor.post('/api/eligibility/issuance/run', { month: '2025-12' })).json()).toMatchObject({ issued: 0 });
    expect(await ledgerRows()).toEqual([
      { benefit_month: '2025-11-01', kind: 'issuance', amount_cents: 50600 },
      { benefit_month: '2025-12-01', kind: 'issuance', amount_cents: 54300 },
    ]);
  });
});

describe('changes', () => {
  it('a timely reported raise: old against new per month, the reduction only after the 10-day advance notice', async () => {
    await at('2025-12-05T16:00:00Z');
    const r = await cm2.post(`/api/eligibility/cases/${caseId}/changes`, {
      kind: 'income', description: 'More hours at Acme', effectiveOn: '2025-12-01',
      // A new amount from a date: the old item ends the day before, a new item starts (history stays as it was).
      revise: [{ evidenceKey: incomeKey, effectiveTo: '2025-11-30', reason: 'hours changed from December' }],
      add: [{ kind: 'earned_income', payload: { memberKey: parentKey, employer: 'Acme Foods', monthlyAmount: 1800 }, effectiveFrom: '2025-12-01', source: 'pay_stub', verification: 'verified' }],
    });
    expect(r.statusCode, r.body).toBe(201);
    const c = r.json();
    expect(c.change.adverse).toBe(true);
    expect(c.advanceNotice).toMatchObject({ noticePeriodEndsOn: '2025-12-15', effectiveMonth: '2026-01' });
    expect(c.comparison.map((m: any) => [m.month, m.oldCents, m.action])).toEqual([['2025-12', 54300, 'no_change'], ['2026-01', 54300, 'issue_new']]);
    const newJan = c.comparison[1].newCents;
    expect(newJan).toBeLessThan(54300);
    expect(c.decision.status).toBe('approved');
    const n = await t.database.db.execute(sql`SELECT kind, effective_on FROM elig_notice_request WHERE decision_id = ${c.decision.id}`);
    expect(n.rows[0]).toEqual({ kind: 'adverse_action', effective_on: '2026-01-01' });
    await at('2026-01-02T16:00:00Z');
    await supervisor.post('/api/eligibility/issuance/run', { month: '2026-01' });
    expect((await ledgerRows()).at(-1)).toEqual({ benefit_month: '2026-01-01', kind: 'issuance', amount_cents: newJan });
  });

  it('a drop in income for a month already issued gives a supplement', async () => {
    await at('2026-01-05T16:00:00Z');
    const before = (await ledgerRows()).at(-1)!.amount_cents;
    const dec = await cm2.get(`/api/eligibility/applications/${appId}/evidence?month=2025-12`);
    const acme = dec.json().items.find((i: any) => i.kind === 'earned_income' && i.amountCents === 180000);
    const r = await cm2.post(`/api/eligibility/cases/${caseId}/changes`, {
      kind: 'income', description: 'Hours cut', effectiveOn: '2026-01-01',
      revise: [{ evidenceKey: acme.evidenceKey, effectiveTo: '2025-12-31', reason: 'employer letter: hours cut from January' }],
      add: [{ kind: 'earned_income', payload: { memberKey: parentKey, employer: 'Acme Foods', monthlyAmount: 600 }, effectiveFrom: '2026-01-01', source: 'employer_statement', verification: 'verified' }],
    });
    expect(r.statusCode, r.body).toBe(201);
    const jan = r.json().comparison.find((m: any) => m.month === '2026-01');
    expect(jan).toMatchObject({ paidCents: before, action: 'supplement' });
    expect(jan.amountCents).toBe(jan.newCents - before);
    expect(r.json().change.adverse).toBe(false);
    expect((await ledgerRows()).at(-1)).toEqual({ benefit_month: '2026-01-01', kind: 'supplement', amount_cents: jan.amountCents });
  });

  it('a change reported late makes an over-issuance claim for months already paid; repayments and recoupment reduce its balance; the EBT file nets it', async () => {
    await at('2026-01-20T16:00:00Z');
    const r = await cm2.post(`/api/eligibility/cases/${caseId}/changes`, {
      kind: 'income', description: 'Second job at Beta Co since December, reported late', effectiveOn: '2025-12-01', reportedOn: '2026-01-20',
      add: [{ kind: 'earned_income', payload: { memberKey: parentKey, employer: 'Beta Co', monthlyAmount: 900 }, effectiveFrom: '2025-12-01', source: 'employer_statement', verification: 'verified' }],
    });
    expect(r.statusCode, r.body).toBe(201);
    // December counts from the month the change would have taken effect had it been reported on time: January.
    expect(r.json().comparison.find((m: any) => m.month === '2025-12').action).toBe('no_change');
    const jan = r.json().comparison.find((m: any) => m.month === '2026-01');
    expect(jan.action).toBe('overissued');
    expect(r.json().overissuedCents).toBe(jan.paidCents - jan.newCents);
    const ledger = await cm2.get(`/api/eligibility/cases/${caseId}/ledger`);
    expect(ledger.statusCode, ledger.body).toBe(200);
    const claim = ledger.json().claims[0];
    expect(claim).toMatchObject({ claimType: 'IHE', balanceCents: r.json().overissuedCents, months: [{ month: '2026-01', amountCents: r.json().overissuedCents }] });
    const pay = await cm2.post(`/api/eligibility/claims/${claim.id}/repayments`, { amount: 5, receivedOn: '2026-01-20' });
    expect(pay.statusCode, pay.body).toBe(201);
    expect(pay.json().balanceCents).toBe(claim.balanceCents - 500);
    expect((await cm2.post(`/api/eligibility/claims/${claim.id}/repayments`, { amount: 100000, receivedOn: '2026-01-20' })).statusCode).toBe(400);
    await at('2026-02-02T16:00:00Z');
    const feb = await supervisor.post('/api/eligibility/issuance/run', { month: '2026-02' });
    expect(feb.json().recoupedCents).toBeGreaterThanOrEqual(Math.min(1000, claim.balanceCents - 500));
    const csv = await supervisor.post('/api/eligibility/issuance/export', { month: '2026-02' });
    expect(csv.statusCode, csv.body).toBe(200);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('record_type,ledger_entry_id,case_id,application_number,payee_person_id,program,benefit_month,entry_kind,gross_cents,reduction_cents,net_cents,net_amount,issue_date');
    const d = lines[1]!.split(',');
    expect(d[0]).toBe('D');
    expect(d[6]).toBe('2026-02');
    expect(Number(d[10])).toBe(Number(d[8]) - Number(d[9]));
    expect(Number(d[9])).toBe(feb.json().recoupedCents);
    expect(lines.at(-1)).toBe(`T,1,${d[10]},${(Number(d[10]) / 100).toFixed(2)}`);
    const again = await supervisor.post('/api/eligibility/issuance/export', { month: '2026-02' });
    expect(again.body.trim().split('\r\n')).toHaveLength(2); // header and an empty trailer: each entry goes out once
  });
});
