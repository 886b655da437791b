import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type Agent, type TestApp } from '@hearth/server/testing';
import { household, registerPerson, settableClock } from '../test-support.js';

let t: TestApp;
let cm2: Agent, auditor: Agent, other: Agent;
let parentId: string, childId: string;
// Monday 2025-11-03, 09:00 in Denver.
const clock = settableClock('2025-11-03T16:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock });
  [cm2, auditor, other] = await Promise.all([t.login('cm2'), t.login('auditor'), t.login('cm2Other')]);
  parentId = await registerPerson(cm2, 'Rosa', 'Quintero', '1990-03-14');
  childId = await registerPerson(cm2, 'Mateo', 'Quintero', '2017-06-02');
});
afterAll(async () => t?.close());

const screening = { monthlyGrossIncome: 100, liquidResources: 50, rentOrMortgage: 900, paysHeatingOrCooling: true };

describe('applications', () => {
  it('takes one application for SNAP, TANF and Medicaid: one case per program, clocks from the filing date, expedited SNAP', async () => {
    const r = await cm2.post('/api/eligibility/applications', {
      unitId: t.units.north, programs: ['snap', 'tanf', 'medicaid'], filedOn: '2025-11-01', household: household(parentId, childId), screening,
    });
    expect(r.statusCode, r.body).toBe(201);
    const app = r.json();
    expect(app).toMatchObject({ status: 'registered', filedOn: '2025-11-01', expedited: true });
    expect(app.programs).toHaveLength(3);
    const byProgram = Object.fromEntries(app.programs.map((p: any) => [p.program, p]));
    expect(byProgram.snap.clocks.map((c: any) => [c.typeCode, c.dueOn]).sort()).toEqual([['snap_expedited_7', '2025-11-08'], ['snap_processing_30', '2025-12-01']]);
    expect(byProgram.medicaid.clocks.map((c: any) => [c.typeCode, c.dueOn])).toEqual([['medicaid_processing_45', '2025-12-16']]);
    expect(byProgram.tanf.clocks.map((c: any) => [c.typeCode, c.dueOn])).toEqual([['tanf_co_processing_45', '2025-12-16']]);
    // The SNAP case exists in the cases module with both members as participants and the clocks running.
    const c = await cm2.get(`/api/cases/${byProgram.snap.caseId}`);
    expect(c.statusCode, c.body).toBe(200);
    expect(c.json().programCode).toBe('snap');
    const members = await cm2.get(`/api/eligibility/applications/${app.id}`);
    expect(members.json().members.map((m: any) => m.personId).sort()).toEqual([parentId, childId].sort());
  });

  it('does not expedite a household with income and resources above the limits', async () => {
    const r = await cm2.post('/api/eligibility/applications', {
      unitId: t.units.north, programs: ['snap'], household: household(parentId, childId), screening: { ...screening, monthlyGrossIncome: 2400, liquidResources: 800, rentOrMortgage: 700 },
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().expedited).toBe(false);
    expect(r.json().programs[0].clocks.map((c: any) => c.typeCode)).toEqual(['snap_processing_30']);
  });

  it('writes nothing when any part fails (a person who does not exist: no application, no case, no clock)', async () => {
    const before = await t.database.db.execute(sql`SELECT (SELECT count(*) FROM elig_application)::int AS a, (SELECT count(*) FROM "case")::int AS c, (SELECT count(*) FROM case_clock)::int AS k`);
    const r = await cm2.post('/api/eligibility/applications', {
      unitId: t.units.north, programs: ['snap', 'medicaid'], household: [household(parentId, childId)[0], { ...household(parentId, childId)[1], personId: '00000000-0000-4000-8000-000000000000' }], screening,
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().details[0].path).toBe('personId');
    const after = await t.database.db.execute(sql`SELECT (SELECT count(*) FROM elig_application)::int AS a, (SELECT count(*) FROM "case")::int AS c, (SELECT count(*) FROM case_clock)::int AS k`);
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('answers bad input with 400 and field paths, never 500', async () => {
    const r = await cm2.post('/api/eligibility/applications', { unitId: t.units.north, programs: ['wic'], household: [], screening, extra: 1 });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('VALIDATION');
    const future = await cm2.post('/api/eligibility/applications', { unitId: t.units.north, programs: ['snap'], filedOn: '2030-01-01', household: household(parentId, childId), screening });
    expect(future.statusCode).toBe(400);
    expect(future.json().details).toEqual([{ path: 'filedOn', message: 'cannot be in the future' }]);
  });

  it('refuses writes to roles without case.write and reads outside the caseload', async () => {
    expect((await auditor.post('/api/eligibility/applications', {})).statusCode).toBe(403);
    const list = await cm2.post('/api/eligibility/applications', { unitId: t.units.north, programs: ['medicaid'], household: household(parentId, childId), screening });
    const r = await other.get(`/api/eligibility/applications/${list.json().id}`);
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('BREAK_GLASS_REQUIRED');
  });
});

describe('online applications', () => {
  const body = {
    programs: ['snap', 'medicaid'], language: 'es',
    household: [{ firstName: 'Ana', lastName: 'Luna', dob: '1988-01-09', relationship: 'self' }, { firstName: 'Sofía', lastName: 'Luna', dob: '2019-05-05', relationship: 'child' }],
    screening: { monthlyGrossIncome: 0, liquidResources: 20, rentOrMortgage: 650, paysHeatingOrCooling: false },
    signature: { name: 'Ana Luna', agreed: true },
  };

  it('accepts an application with no sign-in; after hours on a Friday it is filed the next business day', async () => {
    clock.set('2025-11-08T01:30:00Z'); // Friday 2025-11-07, 18:30 in Denver
    const r = await t.anonymous().post('/api/eligibility/public/applications', body);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ filedOn: '2025-11-10', applicationNumber: expect.stringMatching(/^A\d+$/) });
    expect(r.json().message.es).toContain('Recibimos su solicitud');
    clock.set('2025-11-10T16:00:00Z');
    cm2 = await t.login('cm2'); // the clock jumped past the session's idle limit
  });

  it('answers mistakes in plain language with the field path', async () => {
    const r = await t.anonymous().post('/api/eligibility/public/applications', { ...body, household: [{ ...body.household[0], dob: '9/1/88' }], signature: { name: 'Ana Luna', agreed: false } });
    expect(r.statusCode).toBe(400);
    const details = r.json().details as Array<{ path: string; message: string }>;
    expect(details).toEqual(expect.arrayContaining([
      { path: 'body.household.0.dob', message: 'Please enter the date of birth as YYYY-MM-DD, for example 1990-04-25.' },
      { path: 'body.signature.agreed', message: 'Please confirm that the answers are true.' },
    ]));
  });

  it('is registered by a worker: members linked, cases opened and clocks started from the filing date', async () => {
    const r = await t.anonymous().post('/api/eligibility/public/applications', body);
    expect(r.statusCode, r.body).toBe(201);
    const queue = await cm2.get('/api/eligibility/applications');
    expect(queue.statusCode, queue.body).toBe(200);
    const item = queue.json().items.find((i: any) => i.applicationNumber === r.json().applicationNumber);
    expect(item).toMatchObject({ filedOn: '2025-11-10', expedited: true, householdSize: 2 });
    const detail = await cm2.get(`/api/eligibility/applications/${item.id}`);
    const self = detail.json().members.find((m: any) => m.relationship === 'self');
    const ana = await registerPerson(cm2, 'Ana', 'Luna', '1988-01-09');
    clock.set('2025-11-12T16:00:00Z');
    cm2 = await t.login('cm2');
    const reg = await cm2.post(`/api/eligibility/applications/${item.id}/register`, { unitId: t.units.north, people: [{ memberKey: self.memberKey, personId: ana }] });
    expect(reg.statusCode, reg.body).toBe(200);
    const snap = reg.json().programs.find((p: any) => p.program === 'snap');
    expect(snap.clocks.find((c: any) => c.typeCode === 'snap_processing_30').dueOn).toBe('2025-12-10');
    expect(snap.clocks.find((c: any) => c.typeCode === 'snap_expedited_7').dueOn).toBe('2025-11-17');
    expect((await cm2.post(`/api/eligibility/applications/${item.id}/register`, { unitId: t.units.north, people: [{ memberKey: self.memberKey, personId: ana }] })).statusCode).toBe(409);
  });
});
