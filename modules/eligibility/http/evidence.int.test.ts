import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type Agent, type TestApp } from '@hearth/server/testing';
import { household, registerPerson, settableClock } from '../test-support.js';

let t: TestApp;
let cm2: Agent, supervisor: Agent;
let appId: string, snapCaseId: string, parentKey: string;
const clock = settableClock('2025-11-03T16:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock });
  [cm2, supervisor] = await Promise.all([t.login('cm2'), t.login('supervisor')]);
  const parent = await registerPerson(cm2, 'Rosa', 'Quintero', '1990-03-14');
  const child = await registerPerson(cm2, 'Mateo', 'Quintero', '2017-06-02');
  const r = await cm2.post('/api/eligibility/applications', {
    unitId: t.units.north, programs: ['snap', 'medicaid'], household: household(parent, child),
    screening: { monthlyGrossIncome: 1800, liquidResources: 300, rentOrMortgage: 900, paysHeatingOrCooling: true },
  });
  expect(r.statusCode, r.body).toBe(201);
  appId = r.json().id;
  snapCaseId = r.json().programs.find((p: any) => p.program === 'snap').caseId;
  parentKey = r.json().members.find((m: any) => m.relationship === 'self').memberKey;
});
afterAll(async () => t?.close());

describe('evidence', () => {
  let incomeKey: string;

  it('records income with dates, source and verification status', async () => {
    const r = await cm2.post(`/api/eligibility/applications/${appId}/evidence`, {
      kind: 'earned_income', payload: { memberKey: parentKey, employer: 'Acme Foods', monthlyAmount: 1800 }, effectiveFrom: '2025-10-01', source: 'applicant_statement',
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ version: 1, amountCents: 180000, verification: 'unverified', effectiveTo: null });
    incomeKey = r.json().evidenceKey;
  });

  it('refuses a payload that does not fit its kind, with paths under payload', async () => {
    const r = await cm2.post(`/api/eligibility/applications/${appId}/evidence`, { kind: 'earned_income', payload: { memberKey: parentKey, monthlyAmount: -5 }, effectiveFrom: '2025-10-01', source: 'pay_stub' });
    expect(r.statusCode).toBe(400);
    expect(r.json().details[0].path).toBe('payload.monthlyAmount');
    const r2 = await cm2.post(`/api/eligibility/applications/${appId}/evidence`, { kind: 'earned_income', payload: { memberKey: '00000000-0000-4000-8000-000000000000', monthlyAmount: 5 }, effectiveFrom: '2025-10-01', source: 'pay_stub' });
    expect(r2.json().details).toEqual([{ path: 'payload.memberKey', message: 'not a household member of this application' }]);
  });

  it('keeps history: a correction is a new version; the list can show what was known on a date', async () => {
    clock.set('2025-11-05T16:00:00Z');
    [cm2, supervisor] = await Promise.all([t.login('cm2'), t.login('supervisor')]);
    const v2 = await cm2.post(`/api/eligibility/evidence/${incomeKey}/versions`, { payload: { memberKey: parentKey, employer: 'Acme Foods', monthlyAmount: 2100 }, reason: 'pay stub shows more hours' });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json()).toMatchObject({ version: 2, amountCents: 210000 });
    const now = await cm2.get(`/api/eligibility/applications/${appId}/evidence`);
    expect(now.json().items.find((i: any) => i.evidenceKey === incomeKey).amountCents).toBe(210000);
    const then = await cm2.get(`/api/eligibility/applications/${appId}/evidence?knownOn=2025-11-03`);
    expect(then.json().items.find((i: any) => i.evidenceKey === incomeKey).amountCents).toBe(180000);
    const hist = await cm2.get(`/api/eligibility/applications/${appId}/evidence?history=true`);
    expect(hist.json().items.filter((i: any) => i.evidenceKey === incomeKey).map((i: any) => i.version)).toEqual([1, 2]);
    // The table refuses edits even from SQL.
    await expect(t.database.db.execute(sql`UPDATE elig_evidence SET amount_cents = 1 WHERE evidence_key = ${incomeKey}`)).rejects.toSatisfy((e: any) => /append-only/.test(String(e?.cause?.message ?? e?.message)));
  });

  it('filters to the items in force in a benefit month', async () => {
    const r = await cm2.post(`/api/eligibility/applications/${appId}/evidence`, {
      kind: 'expense', payload: { expenseType: 'rent', monthlyAmount: 900 }, effectiveFrom: '2025-09-01', effectiveTo: '2025-10-31', source: 'lease', verification: 'verified',
    });
    expect(r.statusCode, r.body).toBe(201);
    const nov = await cm2.get(`/api/eligibility/applications/${appId}/evidence?month=2025-11`);
    expect(nov.json().items.some((i: any) => i.evidenceKey === r.json().evidenceKey)).toBe(false);
    const oct = await cm2.get(`/api/eligibility/applications/${appId}/evidence?month=2025-10`);
    expect(oct.json().items.some((i: any) => i.evidenceKey === r.json().evidenceKey)).toBe(true);
  });

  describe('verification requests', () => {
    let requestId: string;

    it('needs at least 10 days for the household', async () => {
      const r = await cm2.post(`/api/eligibility/applications/${appId}/verification-requests`, { item: 'a pay stub', evidenceKey: incomeKey, dueOn: '2025-11-10' });
      expect(r.statusCode).toBe(400);
      expect(r.json().details[0].path).toBe('dueOn');
    });

    it('asks for proof with a due date and queues the verification-request notice', async () => {
      const r = await cm2.post(`/api/eligibility/applications/${appId}/verification-requests`, { item: 'a pay stub from Acme Foods for October', evidenceKey: incomeKey, programs: ['snap'] });
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json()).toMatchObject({ requestedOn: '2025-11-05', dueOn: '2025-11-15', status: 'open', programs: ['snap'] });
      requestId = r.json().id;
      const n = await t.database.db.execute(sql`SELECT kind, payload FROM elig_notice_request WHERE id = ${r.json().noticeRequestId}`);
      expect(n.rows[0]).toMatchObject({ kind: 'verification_request' });
      const ev = await cm2.get(`/api/eligibility/applications/${appId}/evidence`);
      expect(ev.json().items.find((i: any) => i.evidenceKey === incomeKey).verification).toBe('requested');
    });

    it('after the due date the sweep proposes the denial the rules require and raises a task — never silently', async () => {
      const early = await supervisor.post('/api/eligibility/sweeps/verifications', { asOf: '2025-11-15' });
      expect(early.json()).toMatchObject({ missed: 0 });
      const r = await supervisor.post('/api/eligibility/sweeps/verifications', { asOf: '2025-11-16' });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json()).toMatchObject({ missed: 1, denialsProposed: 1, tasksCreated: 1 });
      const d = await t.database.db.execute(sql`SELECT program, status, outcome, reason_code, summary FROM elig_decision WHERE case_id = ${snapCaseId}`);
      expect(d.rows).toHaveLength(1);
      expect(d.rows[0]).toMatchObject({ program: 'snap', status: 'proposed', outcome: 'deny', reason_code: 'VERIFICATION_NOT_PROVIDED' });
      expect((d.rows[0] as any).summary).toContain('no earlier than 2025-12-03'); // day 30 from filing on 2025-11-03
      const tasks = await t.database.db.execute(sql`SELECT title, priority, assignee_id FROM case_task WHERE case_id = ${snapCaseId}`);
      expect(tasks.rows[0]).toMatchObject({ priority: 'urgent', assignee_id: t.staff.cm2.id });
      const again = await supervisor.post('/api/eligibility/sweeps/verifications', { asOf: '2025-11-17' });
      expect(again.json()).toMatchObject({ missed: 0, denialsProposed: 0 });
    });

    it('records proof that arrives late: the request closes and the item is verified', async () => {
      const r = await cm2.post(`/api/eligibility/verification-requests/${requestId}/receive`, { source: 'pay_stub' });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json().status).toBe('received');
      const ev = await cm2.get(`/api/eligibility/applications/${appId}/evidence`);
      expect(ev.json().items.find((i: any) => i.evidenceKey === incomeKey)).toMatchObject({ verification: 'verified', source: 'pay_stub' });
    });
  });
});
