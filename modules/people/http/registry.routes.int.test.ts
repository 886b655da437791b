import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type Agent, type TestApp } from '@hearth/server/testing';
import { verifyAuditChain } from '@hearth/platform';

/**
 * The registry through the composed server: the cases module's merge participant is wired by the composition
 * root, so a case, its participants and its notes follow a merge and come back on unmerge.
 */
let t: TestApp;
let cm: Agent;
let supervisor: Agent;

async function register(body: Record<string, unknown>): Promise<string> {
  let r = await cm.post('/api/people', body);
  if (r.statusCode === 409) {
    const ids = r.json().data.candidates.map((c: { person: { id: string } }) => c.person.id);
    r = await cm.post('/api/people', { ...body, confirmedNotDuplicate: true, reviewedCandidateIds: ids, notDuplicateReason: 'test fixture: a different person' });
  }
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
}

beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('cm2');
  supervisor = await t.login('supervisor');
});
afterAll(async () => t?.close());

describe('search before create over HTTP', () => {
  it('answers 409 with the likely matches and their explanation, then 201 with a reason, which is audited', async () => {
    const first = await register({ firstName: 'Elizabeth', lastName: 'Esquibel', dob: '1979-12-01', ssn: '944-10-2020' });
    const again = await cm.post('/api/people', { firstName: 'Beth', lastName: 'Esquibel', dob: '1979-12-01' });
    expect(again.statusCode).toBe(409);
    const body = again.json();
    expect(body.code).toBe('DUPLICATE_SUSPECTED');
    expect(body.data.candidates[0].person.id).toBe(first);
    expect(body.data.candidates[0].match.comparisons.find((c: { field: string }) => c.field === 'givenName').level).toBe('nickname');
    const noReason = await cm.post('/api/people', { firstName: 'Beth', lastName: 'Esquibel', dob: '1979-12-01', confirmedNotDuplicate: true, reviewedCandidateIds: [first] });
    expect(noReason.statusCode).toBe(409);
    expect(noReason.json().details).toEqual([{ path: 'notDuplicateReason', message: expect.stringContaining('at least 10') }]);
    const ok = await cm.post('/api/people', { firstName: 'Beth', lastName: 'Esquibel', dob: '1979-12-01', confirmedNotDuplicate: true, reviewedCandidateIds: [first], notDuplicateReason: 'Mother and daughter, same name' });
    expect(ok.statusCode).toBe(201);
  });

  it('searches with partial input and says which fields agreed', async () => {
    const r = await cm.get('/api/people/search?q=esquibel&birthYear=1979');
    expect(r.statusCode).toBe(200);
    expect(r.json().results[0].reasons).toContainEqual({ field: 'dob', agreement: 'exact' });
    expect(r.json().results[0].match.probability).toBeGreaterThan(0);
    const bad = await cm.get('/api/people/search?q=esquibel&birthYear=nineteen');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].path).toContain('birthYear');
  });
});

describe('merge and unmerge with cases', () => {
  let survivor: string;
  let dup: string;
  let caseId: string;
  let mergeId: string;

  beforeAll(async () => {
    survivor = await register({ firstName: 'Francisco', lastName: 'Vialpando', dob: '1991-06-15' });
    dup = await register({ firstName: 'Frank', lastName: 'Vialpando', dob: '1991-06-15', ssn: '955-66-7788' });
    const c = await cm.post('/api/cases', { programCode: 'snap', unitId: t.units.north, primaryPersonId: dup, complexity: 2 });
    expect(c.statusCode, c.body).toBe(201);
    caseId = c.json().id;
    const note = await cm.post(`/api/cases/${caseId}/notes`, { contactType: 'phone', contactOn: '2026-01-05', participantIds: [dup], narrative: 'Called about the interview' });
    expect(note.statusCode, note.body).toBe(201);
  });

  it('refuses a bad merge body with field paths and writes nothing', async () => {
    const r = await cm.post('/api/people/merges', { survivorId: survivor, mergedId: dup, values: { dob: 'theirs' }, reason: 'ok', colour: 'red' });
    expect(r.statusCode).toBe(400);
    const paths = r.json().details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.values.dob', 'body.reason']));
    expect((await t.database.db.execute(sql`SELECT 1 FROM person_merge`)).rows).toHaveLength(0);
  });

  it('moves the case, its participation and the note to the survivor; the old record redirects', async () => {
    const r = await cm.post('/api/people/merges', { survivorId: survivor, mergedId: dup, values: { ssn: 'merged' }, reason: 'Frank is Francisco: same DOB and SSN card' });
    expect(r.statusCode, r.body).toBe(201);
    mergeId = r.json().merge.id;
    expect(r.json().merge.moved).toMatchObject({ 'cases.cases': 1, 'cases.participants': 1, 'cases.notes': 1 });
    const kase = await cm.get(`/api/cases/${caseId}`);
    expect(kase.json().primaryPersonId ?? kase.json().primaryPerson?.id).toBe(survivor);
    const notes = await t.database.db.execute<{ participant_ids: string[] | string }>(sql`SELECT participant_ids FROM case_note WHERE case_id = ${caseId}`);
    expect(String(notes.rows[0]!.participant_ids)).toContain(survivor);
    const old = await cm.get(`/api/people/${dup}`);
    expect(old.statusCode).toBe(200);
    expect(old.json().mergedInto).toBe(survivor);
    const write = await cm.post(`/api/people/${dup}/aliases`, { firstName: 'Paco', lastName: 'Vialpando' });
    expect(write.statusCode).toBe(409);
    expect(write.json().data.mergedInto).toBe(survivor);
  });

  it('unmerges: the case goes back with a note added after the merge; what was added to the survivor stays', async () => {
    await cm.post(`/api/people/${survivor}/aliases`, { kind: 'nickname', firstName: 'Paco', lastName: 'Vialpando' });
    await cm.post(`/api/people/${survivor}/addresses`, { line1: '5 Pine St', city: 'Taos', state: 'NM', postalCode: '87571', fromDate: '2026-02-01' });
    const late = await cm.post(`/api/cases/${caseId}/notes`, { contactType: 'in_person', contactOn: '2026-02-10', narrative: 'Came in after the merge' });
    expect(late.statusCode, late.body).toBe(201);
    const merges = await cm.get(`/api/people/${survivor}/merges`);
    expect(merges.json().items.map((m: { id: string }) => m.id)).toEqual([mergeId]);
    const r = await cm.post(`/api/people/merges/${mergeId}/undo`, { reason: 'Different people: Frank is the father' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().restored.id).toBe(dup);
    const kase = await cm.get(`/api/cases/${caseId}`);
    expect(kase.json().primaryPersonId ?? kase.json().primaryPerson?.id).toBe(dup);
    const notes = await t.database.db.execute<{ narrative: string; participant_ids: string[] | string }>(sql`SELECT narrative, participant_ids FROM case_note WHERE case_id = ${caseId} ORDER BY contact_on`);
    expect(notes.rows.map((n) => n.narrative)).toEqual(['Called about the interview', 'Came in after the merge']);
    expect(String(notes.rows[0]!.participant_ids)).toContain(dup);
    const parts = await t.database.db.execute<{ person_id: string }>(sql`SELECT person_id FROM case_participant WHERE case_id = ${caseId}`);
    expect(parts.rows.map((p) => p.person_id)).toEqual([dup]);
    const s = (await cm.get(`/api/people/${survivor}`)).json();
    expect(s.aliases.map((a: { firstName: string }) => a.firstName)).toEqual(['Paco']);
    expect(s.addresses.map((a: { line1: string }) => a.line1)).toEqual(['5 Pine St']);
    expect(s.ssnLast4).toBeNull();
    const d = (await cm.get(`/api/people/${dup}`)).json();
    expect(d).toMatchObject({ mergedInto: null, ssnLast4: '7788', firstName: 'Frank' });
    expect((await verifyAuditChain(t.database)).ok).toBe(true);
  });
});

describe('duplicate review queue and job over HTTP', () => {
  it('starts a run (jobs.run), shows progress at /api/jobs, and lists pairs for review', async () => {
    // A duplicate that search-before-create could not see: registered unlike, corrected later.
    const a = await register({ firstName: 'Maximiliano', lastName: 'Trujeque', dob: '1966-02-27', ssn: '966-12-3434' });
    const b = await register({ firstName: 'Zebulon', lastName: 'Trujeque', dob: '2010-10-10' });
    expect((await cm.patch(`/api/people/${b}`, { firstName: 'Maximiliano', dob: '1966-02-27', ssn: '966-12-3434', recordFormerName: false })).statusCode).toBe(200);
    expect((await cm.post('/api/registry/duplicate-runs', {})).statusCode).toBe(403);
    const start = await supervisor.post('/api/registry/duplicate-runs', {});
    expect(start.statusCode, start.body).toBe(202);
    const runId = start.json().runId;
    await t.ctx.jobs.runNow(runId);
    const run = (await supervisor.get(`/api/jobs/${runId}`)).json();
    expect(run).toMatchObject({ status: 'completed', jobName: 'people.detect-duplicates' });
    expect(run.done).toBe(run.total);
    const queue = await cm.get('/api/registry/pairs?limit=10');
    expect(queue.statusCode).toBe(200);
    for (const p of queue.json().items) {
      expect(p.explanation.length).toBeGreaterThan(0);
      expect(p.a.id).toBe(p.personAId);
    }
    const mine = await cm.get(`/api/registry/pairs?personId=${a}`);
    expect(mine.json().items.map((p: { personAId: string; personBId: string }) => [p.personAId, p.personBId].sort().join('|'))).toEqual([[a, b].sort().join('|')]);
    expect((await cm.get('/api/registry/pairs?personId=nope')).statusCode).toBe(400);
    const bad = await cm.post(`/api/registry/pairs/${'0'.repeat(8)}-0000-4000-8000-000000000000/decision`, { decision: 'maybe' });
    expect(bad.statusCode).toBe(400);
  });
});
