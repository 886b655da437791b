import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type Agent, type TestApp } from '@hearth/server/testing';
import { household, registerPerson, settableClock } from '../test-support.js';

let t: TestApp;
let cm2: Agent, supervisor: Agent, auditor: Agent;
let appId: string, snapCaseId: string, parentKey: string;
const clock = settableClock('2025-11-03T16:00:00Z');

async function at(iso: string) {
  clock.set(iso);
  [cm2, supervisor, auditor] = await Promise.all([t.login('cm2'), t.login('supervisor'), t.login('auditor')]);
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  await at('2025-11-03T16:00:00Z');
  const parent = await registerPerson(cm2, 'Rosa', 'Quintero', '1958-03-14');
  const child = await registerPerson(cm2, 'Mateo', 'Quintero', '2017-06-02');
  const r = await cm2.post('/api/eligibility/applications', {
    unitId: t.units.north, programs: ['snap', 'medicaid'], household: household(parent, child).map((m, i) => (i === 0 ? { ...m, dob: '1958-03-14' } : m)),
    screening: { monthlyGrossIncome: 1200, liquidResources: 300, rentOrMortgage: 900, paysHeatingOrCooling: true },
  });
  appId = r.json().id;
  snapCaseId = r.json().programs.find((p: any) => p.program === 'snap').caseId;
  parentKey = r.json().members.find((m: any) => m.relationship === 'self').memberKey;
  await cm2.post(`/api/eligibility/applications/${appId}/evidence`, { kind: 'earned_income', payload: { memberKey: parentKey, monthlyAmount: 1200 }, effectiveFrom: '2025-10-01', source: 'pay_stub', verification: 'verified' });
  await cm2.post(`/api/eligibility/applications/${appId}/evidence`, { kind: 'expense', payload: { expenseType: 'rent', monthlyAmount: 900 }, effectiveFrom: '2025-01-01', source: 'lease', verification: 'verified' });
  await at('2025-11-12T16:00:00Z');
  const d = await cm2.post(`/api/eligibility/cases/${snapCaseId}/determinations`, {});
  expect(d.statusCode, d.body).toBe(201);
});
afterAll(async () => t?.close());

describe('reports', () => {
  it('timeliness: share of SNAP applications decided within 30 days (7 expedited)', async () => {
    const r = await supervisor.get('/api/eligibility/reports/timeliness?from=2025-11-01&to=2025-11-30');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ decided: 1, within30: { count: 1, of: 1, percent: 100 } });
  });

  it('pending applications by age, caseload and benefits by month', async () => {
    const p = await supervisor.get('/api/eligibility/reports/pending');
    expect(p.json().programs.find((x: any) => x.program === 'medicaid')).toMatchObject({ total: 1, counts: { '8-15': 1 } });
    const c = await supervisor.get('/api/eligibility/reports/caseload?from=2025-11&to=2025-12');
    const snapNov = c.json().series.find((s: any) => s.program === 'snap' && s.month === '2025-11');
    const issued = await t.database.db.execute(sql`SELECT coalesce(sum(amount_cents), 0)::int AS s FROM elig_ledger_entry WHERE case_id = ${snapCaseId} AND benefit_month = '2025-11-01'`);
    expect(snapNov).toEqual({ program: 'snap', month: '2025-11', cases: 1, benefitsCents: (issued.rows[0] as any).s });
    expect((await cm2.get('/api/eligibility/reports/pending')).statusCode).toBe(403);
  });
});

describe('hearing packet', () => {
  it('gathers evidence as it stood, the determination with trace and rules version, notices and logs; renders one PDF', async () => {
    const r = await auditor.post(`/api/eligibility/cases/${snapCaseId}/packet-data`, { asOf: '2025-11-12', purpose: 'state_hearing' });
    expect(r.statusCode, r.body).toBe(200);
    const p = r.json();
    expect(p.evidence.map((e: any) => e.item)).toEqual(expect.arrayContaining(['Earned income', 'Expense (rent)']));
    expect(p.determinations.length).toBeGreaterThan(0);
    expect(p.determinations[0].trace.map((s: any) => s.id)).toContain('netIncome');
    expect(p.determinations[0].rulesVersion).toMatch(/\+/);
    expect(p.notices.map((n: any) => n.kind)).toContain('approval');
    expect(p.accessLog.length).toBeGreaterThan(0);
    const before = await auditor.post(`/api/eligibility/cases/${snapCaseId}/packet-data`, { asOf: '2025-11-04', purpose: 'state_hearing' });
    expect(before.json().determinations).toEqual([]);
    const pdf = await auditor.post(`/api/eligibility/cases/${snapCaseId}/packet`, { asOf: '2025-11-12', purpose: 'federal_qc_review' });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.slice(0, 5)).toBe('%PDF-');
  });
});

describe('legal resources and long-term care', () => {
  it('records trusts, insurance and transfers; counts resources; applies the 60-month look-back and the transfer penalty', async () => {
    for (const e of [
      { kind: 'transfer', payload: { memberKey: parentKey, transferredOn: '2024-06-15', asset: 'cash gift to nephew', fairMarketValue: 20000, compensationReceived: 0 }, effectiveFrom: '2024-06-15', source: 'bank_statement' },
      { kind: 'transfer', payload: { memberKey: parentKey, transferredOn: '2019-01-10', asset: 'old gift (outside the look-back)', fairMarketValue: 50000, compensationReceived: 0 }, effectiveFrom: '2019-01-10', source: 'bank_statement' },
      { kind: 'trust', payload: { memberKey: parentKey, trustType: 'irrevocable', corpus: 30000, reachableAmount: 10000, exemption: 'none', establishedOn: '2023-02-01' }, effectiveFrom: '2023-02-01', source: 'legal_document' },
      { kind: 'life_insurance', payload: { memberKey: parentKey, faceValue: 10000, cashSurrenderValue: 2500 }, effectiveFrom: '2020-01-01', source: 'legal_document' },
    ]) {
      const x = await cm2.post(`/api/eligibility/applications/${appId}/evidence`, e);
      expect(x.statusCode, x.body).toBe(201);
    }
    const r = await cm2.post(`/api/eligibility/applications/${appId}/ltc-assessment`, { institutionalizedOn: '2025-10-20' });
    expect(r.statusCode, r.body).toBe(200);
    const a = r.json();
    // Countable: reachable trust part $10,000 + insurance cash value $2,500 (face value over $1,500).
    expect(a.countableResourcesCents).toBe(1_000_000 + 250_000);
    // Transfers in the look-back: the $20,000 gift and the $20,000 unreachable trust part; the 2019 gift is outside it.
    expect(a.penalty.lookbackStart).toBe('2020-11-03');
    expect(a.penalty.uncompensatedCents).toBe(4_000_000);
    expect(a.penalty.divisorCents).toBe(947_995);
    expect(a.penalty.penaltyMonths).toBeCloseTo(40000 / 9479.95, 4);
    const given = await cm2.post(`/api/eligibility/applications/${appId}/ltc-assessment`, { institutionalizedOn: '2025-10-20', divisor: 10000 });
    expect(given.json().penalty).toMatchObject({ penaltyMonths: 4, divisorSource: 'given with the request' });
  });
});

describe('renewals', () => {
  it('raises the renewal in the month before the last, then a lapsed certification closes benefits with a notice', async () => {
    // The applicant is 67: every adult is elderly, so SNAP certifies for 24 months (7 CFR 273.10(f)(1)): Nov 2025 – Oct 2027.
    const cert0 = await t.database.db.execute(sql`SELECT start_month, end_month FROM elig_certification WHERE case_id = ${snapCaseId}`);
    expect(cert0.rows[0]).toEqual({ start_month: '2025-11-01', end_month: '2027-10-01' });
    await at('2027-08-31T16:00:00Z');
    expect((await supervisor.post('/api/eligibility/sweeps/renewals', {})).json().renewalsRaised).toBe(0);
    await at('2027-09-01T16:00:00Z');
    const r = await supervisor.post('/api/eligibility/sweeps/renewals', {});
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().renewalsRaised).toBe(1);
    const cert = await t.database.db.execute(sql`SELECT status, renewal_raised_on FROM elig_certification WHERE case_id = ${snapCaseId}`);
    expect(cert.rows[0]).toEqual({ status: 'renewal_pending', renewal_raised_on: '2027-09-01' });
    const notice = await t.database.db.execute(sql`SELECT payload FROM elig_notice_request WHERE case_id = ${snapCaseId} AND kind = 'renewal'`);
    expect((notice.rows[0] as any).payload).toMatchObject({ fileBy: '2027-10-15', citation: '7 CFR 273.14(b)(1), (c)(1)' });
    const tasks = await t.database.db.execute(sql`SELECT title FROM case_task WHERE case_id = ${snapCaseId} AND title LIKE 'Renewal due%'`);
    expect(tasks.rows).toHaveLength(1);
    expect((await supervisor.post('/api/eligibility/sweeps/renewals', {})).json().renewalsRaised).toBe(0);
    await at('2027-11-02T16:00:00Z');
    const l = await supervisor.post('/api/eligibility/sweeps/renewals', {});
    expect(l.json().lapsed).toBe(1);
    const after = await t.database.db.execute(sql`SELECT status FROM elig_certification WHERE case_id = ${snapCaseId}`);
    expect(after.rows[0]).toEqual({ status: 'lapsed' });
    const closure = await t.database.db.execute(sql`SELECT effective_on FROM elig_notice_request WHERE case_id = ${snapCaseId} AND kind = 'closure'`);
    expect(closure.rows[0]).toEqual({ effective_on: '2027-11-01' });
    const issue = await supervisor.post('/api/eligibility/issuance/run', { month: '2027-11' });
    expect(issue.json().issued).toBe(0);
  });
});
